package accord.http.agreements;

import accord.http.problems.InvalidRequest;
import accord.messages.agreement.OccurredOn;
import accord.messages.queries.AgreementState;
import accord.messages.queries.FindAgreementAsOf;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves an agreement's state from the read side, now or as it stood earlier, with its version as ETag. */
@RestController
@Tag(name = "Reading", description = "The state of an agreement, rebuilt from its events by the read side.")
public class AgreementStateController {

    private final AgreementReader reader;
    private final QueryGateway queries;

    AgreementStateController(AgreementReader reader, QueryGateway queries) {
        this.reader = reader;
        this.queries = queries;
    }

    @Operation(operationId = "findAgreement", summary = "Find an agreement, now or as it stood earlier",
            description = "Answers the agreement's current state with ETag \"<version>\". Each fact carries the version "
                    + "and ledger position of the event it came from; linkedFrom lists the links other agreements "
                    + "recorded to this one. The read side is eventually consistent: it catches up a moment after "
                    + "a command. To read your own write, pass the version the command answered as minVersion; the "
                    + "request then waits (up to 5 seconds) until the read side has reached it. If it has not by "
                    + "then, the latest state is answered, and its version and ETag show that it is older.\n\n"
                    + "Time travel: give at most one of asOfVersion, asRecordedAt and asOccurredOn (400 otherwise). "
                    + "asOfVersion=N answers the state right after version N, with the corrections recorded up to "
                    + "N applied (400 when the agreement has no version N). asRecordedAt=<instant> answers what "
                    + "was recorded at that instant: a correction recorded later is not applied, so it shows what "
                    + "was believed then. asOccurredOn=<date> (2025-09-22, 2025-09 or 2025) folds, in version "
                    + "order, the events whose world date is not certainly after that date, with every correction "
                    + "recorded up to now applied. linkedFrom of a past state holds the links recorded by then "
                    + "(by its last event's recording instant, or by asRecordedAt). A past state's ETag is its "
                    + "version; 404 when the agreement did not exist at that point.")
    @GetMapping("/agreements/{id}")
    public ResponseEntity<AgreementState> findAgreement(@PathVariable String id,
            @Parameter(description = "wait until the state has at least this version")
            @RequestParam(required = false) Long minVersion,
            @Parameter(description = "the state right after this version")
            @RequestParam(required = false) Long asOfVersion,
            @Parameter(description = "the state as recorded at this instant, e.g. 2025-09-23T08:15:30Z")
            @RequestParam(required = false) Instant asRecordedAt,
            @Parameter(description = "the state as of this world date, at any precision: 2025-09-22, 2025-09 or 2025")
            @RequestParam(required = false) String asOccurredOn) {
        if (!AgreementIds.isValid(id)) {
            throw InvalidRequest.agreementId(id);
        }
        if (minVersion != null && minVersion < 0) {
            throw QueryParameters.invalid("minVersion", "OUT_OF_RANGE", "must be 0 or more");
        }
        long points = Stream.of(asOfVersion, asRecordedAt, asOccurredOn).filter(point -> point != null).count();
        if (points > 1) {
            throw QueryParameters.invalid("asOfVersion", "CONFLICTING_PARAMETERS",
                    "give at most one of asOfVersion, asRecordedAt and asOccurredOn");
        }
        AgreementState state = points == 0
                ? reader.find(id, minVersion).orElseThrow(() -> unknown(id))
                : findAsOf(id, asOfVersion, asRecordedAt, asOccurredOn);
        return ResponseEntity.ok().eTag(Long.toString(state.version())).body(state);
    }

    private AgreementState findAsOf(String id, Long asOfVersion, Instant asRecordedAt, String asOccurredOn) {
        OccurredOn occurredOn = asOccurredOn == null ? null : QueryParameters.worldDate("asOccurredOn", asOccurredOn);
        if (asOfVersion != null) {
            if (asOfVersion < 0) {
                throw QueryParameters.invalid("asOfVersion", "OUT_OF_RANGE", "must be 0 or more");
            }
            AgreementState now = reader.find(id, asOfVersion).orElseThrow(() -> unknown(id));
            if (now.version() < asOfVersion) {
                throw QueryParameters.invalid("asOfVersion", "OUT_OF_RANGE",
                        "the agreement has no version " + asOfVersion + "; its last is " + now.version());
            }
        }
        FindAgreementAsOf query = new FindAgreementAsOf(id, asOfVersion, asRecordedAt, occurredOn);
        Optional<AgreementState> state = reader.waitFor(() -> queries.query(query,
                ResponseTypes.optionalInstanceOf(AgreementState.class)).join(),
                answer -> answer.isPresent() || asOfVersion == null);
        return state.orElseThrow(() -> new AgreementRefused(ErrorCode.UNKNOWN_AGREEMENT,
                "The agreement '" + id + "' had no recorded state at that point; check the id and the point."));
    }

    /** @return the refusal of an id no agreement has */
    public static AgreementRefused unknown(String id) {
        return new AgreementRefused(ErrorCode.UNKNOWN_AGREEMENT, "There is no agreement with the id '" + id
                + "'; check the id.");
    }
}
