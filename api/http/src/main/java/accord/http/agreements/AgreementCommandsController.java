package accord.http.agreements;

import accord.http.problems.InvalidRequest;
import accord.messages.recording.Recorded;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.Collections;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One POST per command. Every success answers {@link Receipt} with {@code ETag: "<version>"};
 * refusals and invalid input answer problem details (see {@code accord.http.problems}). A command
 * sent with {@code If-Match} is recorded only when the agreement is at that version ({@link IfMatch}),
 * checked where the command is handled; otherwise it answers 412 VERSION_MISMATCH.
 */
@RestController
@RequestMapping("/agreements")
@Tag(name = "Recording", description = "Clerks record what happens to an agreement; every change is an immutable event.")
public class AgreementCommandsController {

    private final Recorder recorder;
    private final EventStreams streams;

    AgreementCommandsController(Recorder recorder, EventStreams streams) {
        this.recorder = recorder;
        this.streams = streams;
    }

    @Operation(operationId = "proposeAgreement", summary = "Propose an agreement",
            description = "Creates the agreement in status PROPOSED. The id in the body is optional: a URL-safe slug "
                    + "chosen by the clerk; when it is absent one is generated from the title with a short random suffix.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> proposeAgreement(@Valid @RequestBody ProposeAgreementBody body,
            Principal clerk, HttpServletRequest request) {
        String id = body.id() != null ? body.id() : AgreementIds.generateFrom(body.title());
        return recorded(HttpStatus.CREATED, id, body, clerk, request);
    }

    @Operation(operationId = "signMoU", summary = "Sign an MoU",
            description = "Records the signing of a memorandum of understanding. Creates the agreement as a signed MoU "
                    + "when it does not exist yet (201, with title and parties required), otherwise signs the existing one (200).")
    @PostMapping(path = "/{id}/sign-mou", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> signMoU(@PathVariable String id, @Valid @RequestBody SignMoUBody body,
            Principal clerk, HttpServletRequest request) {
        checkId(id);
        // A concurrent first signing can make this answer 200 where 201 would be exact; the record is right either way.
        HttpStatus status = streams.exists(id) ? HttpStatus.OK : HttpStatus.CREATED;
        return recorded(status, id, body, clerk, request);
    }

    @Operation(operationId = "scheduleSigning", summary = "Schedule the signing", description = "Records when, where and by whom the agreement is to be signed. Scheduling again reschedules.")
    @PostMapping(path = "/{id}/schedule-signing", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> scheduleSigning(@PathVariable String id, @Valid @RequestBody ScheduleSigningBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "signAgreement", summary = "Sign the agreement", description = "Records the signing of a proposed or scheduled agreement. Every signatory must represent a party of the agreement.")
    @PostMapping(path = "/{id}/sign-agreement", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> signAgreement(@PathVariable String id, @Valid @RequestBody SignAgreementBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "formTaskForce", summary = "Form a task force", description = "Records that a task force was formed to implement a signed agreement.")
    @PostMapping(path = "/{id}/form-task-force", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> formTaskForce(@PathVariable String id, @Valid @RequestBody FormTaskForceBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "announceSite", summary = "Announce the site", description = "Records that the site of a signed agreement's project was announced. A second site needs an amendment first.")
    @PostMapping(path = "/{id}/announce-site", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> announceSite(@PathVariable String id, @Valid @RequestBody AnnounceSiteBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "announceCapacity", summary = "Announce the capacity", description = "Records that the capacity of a signed agreement's project was announced. Announcing it again needs an amendment first.")
    @PostMapping(path = "/{id}/announce-capacity", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> announceCapacity(@PathVariable String id, @Valid @RequestBody AnnounceCapacityBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "addScopeAreas", summary = "Add scope areas", description = "Records further areas the agreement covers; at least one must be new.")
    @PostMapping(path = "/{id}/add-scope-areas", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> addScopeAreas(@PathVariable String id, @Valid @RequestBody AddScopeAreasBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "recordCommitment", summary = "Record a commitment", description = "Records a commitment made under the agreement, by one party or jointly.")
    @PostMapping(path = "/{id}/record-commitment", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> recordCommitment(@PathVariable String id, @Valid @RequestBody RecordCommitmentBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "recordStatement", summary = "Record a statement", description = "Records a public statement about the agreement.")
    @PostMapping(path = "/{id}/record-statement", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> recordStatement(@PathVariable String id, @Valid @RequestBody RecordStatementBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "recordMilestone", summary = "Record a milestone", description = "Records any other milestone in the agreement's life.")
    @PostMapping(path = "/{id}/record-milestone", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> recordMilestone(@PathVariable String id, @Valid @RequestBody RecordMilestoneBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "linkAgreements", summary = "Link to another agreement", description = "Records how this agreement relates to another one.")
    @PostMapping(path = "/{id}/link-agreements", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> linkAgreements(@PathVariable String id, @Valid @RequestBody LinkAgreementsBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "amendAgreement", summary = "Amend the agreement", description = "Records an amendment to a signed agreement.")
    @PostMapping(path = "/{id}/amend", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> amendAgreement(@PathVariable String id, @Valid @RequestBody AmendAgreementBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "suspendAgreement", summary = "Suspend the agreement", description = "Records that a live agreement was suspended.")
    @PostMapping(path = "/{id}/suspend", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> suspendAgreement(@PathVariable String id, @Valid @RequestBody SuspendAgreementBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "resumeAgreement", summary = "Resume the agreement", description = "Records that a suspended agreement resumed; it returns to the status it had before.")
    @PostMapping(path = "/{id}/resume", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> resumeAgreement(@PathVariable String id, @Valid @RequestBody ResumeAgreementBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "terminateAgreement", summary = "End the agreement", description = "Records that the agreement was terminated, expired or was superseded.")
    @PostMapping(path = "/{id}/terminate", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> terminateAgreement(@PathVariable String id, @Valid @RequestBody TerminateAgreementBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    @Operation(operationId = "correctRecord", summary = "Correct an earlier record", description = "Corrects an earlier event with a new event that names it and says why; nothing is edited in place.")
    @PostMapping(path = "/{id}/correct-record", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> correctRecord(@PathVariable String id, @Valid @RequestBody CorrectRecordBody body,
            Principal clerk, HttpServletRequest request) {
        return recorded(HttpStatus.OK, id, body, clerk, request);
    }

    private ResponseEntity<Receipt> recorded(HttpStatus status, String id, AgreementRequest body, Principal clerk,
            HttpServletRequest request) {
        checkId(id);
        if (clerk == null) {
            throw new AuthenticationCredentialsNotFoundException("Nothing is recorded anonymously.");
        }
        String expectedVersion = IfMatch.expectedVersion(Collections.list(request.getHeaders(IfMatch.HEADER)));
        Recorded recorded = recorder.record(body.toCommand(id), clerk.getName(),
                CorrelationIdFilter.correlationIdOf(request), expectedVersion);
        Receipt receipt = new Receipt(recorded.agreementId(), recorded.version(),
                streams.position(recorded.agreementId(), recorded.version()));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).eTag(Long.toString(recorded.version()));
        if (status == HttpStatus.CREATED) {
            answer.location(URI.create("/agreements/" + recorded.agreementId()));
        }
        return answer.body(receipt);
    }

    private static void checkId(String id) {
        if (!AgreementIds.isValid(id)) {
            throw InvalidRequest.agreementId(id);
        }
    }
}
