package accord.http.agreements;

import accord.http.problems.FieldProblem;
import accord.http.problems.InvalidRequest;
import accord.http.problems.RequestProblem;
import accord.messages.queries.AgreementState;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves an agreement's current state from the read side, with its version as ETag. */
@RestController
@Tag(name = "Reading", description = "The current state of an agreement, rebuilt from its events by the read side.")
public class AgreementStateController {

    private final AgreementReader reader;

    AgreementStateController(AgreementReader reader) {
        this.reader = reader;
    }

    @Operation(operationId = "findAgreement", summary = "Find an agreement",
            description = "Answers the agreement's current state with ETag \"<version>\". The read side is eventually "
                    + "consistent: it catches up a moment after a command. To read your own write, pass the version "
                    + "the command answered as minVersion; the request then waits (up to 5 seconds) until the read "
                    + "side has reached it. If it has not by then, the latest state is answered, and its version and "
                    + "ETag show that it is older.")
    @GetMapping("/agreements/{id}")
    public ResponseEntity<AgreementState> findAgreement(@PathVariable String id,
            @Parameter(description = "wait until the state has at least this version")
            @RequestParam(required = false) Long minVersion) {
        if (!AgreementIds.isValid(id)) {
            throw InvalidRequest.agreementId(id);
        }
        if (minVersion != null && minVersion < 0) {
            throw new InvalidRequest(RequestProblem.VALIDATION_FAILED, "The request has an invalid parameter.",
                    List.of(new FieldProblem("minVersion", "OUT_OF_RANGE", "must be 0 or more")));
        }
        AgreementState state = reader.find(id, minVersion)
                .orElseThrow(() -> new AgreementRefused(ErrorCode.UNKNOWN_AGREEMENT,
                        "There is no agreement with the id '" + id + "'; check the id."));
        return ResponseEntity.ok().eTag(Long.toString(state.version())).body(state);
    }
}
