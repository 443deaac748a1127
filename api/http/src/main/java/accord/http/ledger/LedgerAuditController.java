package accord.http.ledger;

import accord.http.admin.AdminProblem;
import accord.http.admin.AdminRefused;
import accord.query.ledger.AuditReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ledger's self-audit for ADMIN: run it now, or read the last report. */
@RestController
@Tag(name = "Operations")
public class LedgerAuditController {

    private final LedgerAudits audits;

    LedgerAuditController(LedgerAudits audits) {
        this.audits = audits;
    }

    @Operation(operationId = "auditLedger", summary = "Run the ledger self-audit now",
            description = "Recomputes every leaf from its stored event and every signed root from the leaves, and "
                    + "checks every checkpoint's signature. Answers the report when it is done; 409 while another "
                    + "audit runs. A failed audit turns the ledger health DOWN.")
    @PostMapping("/admin/ledger/audit")
    public AuditReport auditLedger() {
        return audits.run().orElseThrow(() -> new AdminRefused(AdminProblem.AUDIT_IN_PROGRESS,
                "A ledger self-audit is already running; read its report at GET /admin/ledger/audit when it is done."));
    }

    @Operation(operationId = "findLedgerAudit", summary = "The last ledger self-audit's report")
    @GetMapping("/admin/ledger/audit")
    public AuditReport findLedgerAudit() {
        return audits.last().orElseThrow(() -> new AdminRefused(AdminProblem.NO_AUDIT_YET,
                "The ledger has not been audited since the service started; POST /admin/ledger/audit runs it now."));
    }
}
