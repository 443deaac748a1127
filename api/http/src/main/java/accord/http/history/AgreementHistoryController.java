package accord.http.history;

import accord.http.agreements.AgreementIds;
import accord.http.agreements.AgreementReader;
import accord.http.agreements.AgreementStateController;
import accord.http.agreements.EventStreams;
import accord.http.agreements.QueryParameters;
import accord.http.problems.InvalidRequest;
import accord.http.problems.RequestProblem;
import accord.messages.agreement.OccurredOn;
import accord.messages.queries.AgreementDiff;
import accord.messages.queries.AgreementHistory;
import accord.messages.queries.AgreementState;
import accord.messages.queries.DiffAgreement;
import accord.messages.queries.FindAgreementHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves an agreement's history and the difference between two of its versions. */
@RestController
@Tag(name = "Auditing", description = "Everything that ever happened to an agreement, and what changed when.")
public class AgreementHistoryController {

    private static final int MOST_TYPES = 50;
    private static final java.util.regex.Pattern EVENT_NAME = java.util.regex.Pattern.compile("[A-Z][A-Za-z0-9]{0,99}");

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final QueryGateway queries;
    private final AgreementReader reader;
    private final EventStreams streams;

    AgreementHistoryController(QueryGateway queries, AgreementReader reader, EventStreams streams) {
        this.queries = queries;
        this.reader = reader;
        this.streams = streams;
    }

    @Operation(operationId = "findAgreementHistory", summary = "Find an agreement's history",
            description = "Every event of the agreement in version order: its ledger position, version, type, "
                    + "world date (occurredOn, with precision), recording instant, who recorded it, its sources, "
                    + "correlation and causation ids, its payload, and corrects / correctedBy, which link a "
                    + "correction and the event it corrects. Filters combine: type (repeatable), recordedFrom / "
                    + "recordedTo (instants, inclusive), occurredFrom / occurredTo (world dates at any precision; "
                    + "an event matches when its date may lie in the range). Pages hold up to limit entries "
                    + "(default 100, at most 1000); next is the cursor of the following page, passed as after, "
                    + "and null on the last page. The history is eventually consistent: it shows a new event a "
                    + "moment after the command.")
    @GetMapping("/agreements/{id}/history")
    public AgreementHistory findAgreementHistory(@PathVariable String id,
            @Parameter(description = "only events of these types, e.g. SiteAnnounced; repeatable")
            @RequestParam(required = false) List<String> type,
            @Parameter(description = "only events recorded at or after this instant")
            @RequestParam(required = false) Instant recordedFrom,
            @Parameter(description = "only events recorded at or before this instant")
            @RequestParam(required = false) Instant recordedTo,
            @Parameter(description = "only events whose world date may lie on or after this date")
            @RequestParam(required = false) String occurredFrom,
            @Parameter(description = "only events whose world date may lie on or before this date")
            @RequestParam(required = false) String occurredTo,
            @Parameter(description = "the cursor: only events after this version")
            @RequestParam(required = false) Long after,
            @Parameter(description = "at most this many entries, 1 to 1000; 100 when not given")
            @RequestParam(required = false) Integer limit) {
        if (!AgreementIds.isValid(id)) {
            throw InvalidRequest.agreementId(id);
        }
        if (after != null && after < 0) {
            throw QueryParameters.invalid("after", "OUT_OF_RANGE", "must be 0 or more");
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw QueryParameters.invalid("limit", "OUT_OF_RANGE", "must be between 1 and " + MAX_LIMIT);
        }
        if (recordedFrom != null && recordedTo != null && recordedFrom.isAfter(recordedTo)) {
            throw QueryParameters.invalid("recordedFrom", "OUT_OF_RANGE", "must not be after recordedTo");
        }
        OccurredOn from = occurredFrom == null ? null : QueryParameters.worldDate("occurredFrom", occurredFrom);
        OccurredOn to = occurredTo == null ? null : QueryParameters.worldDate("occurredTo", occurredTo);
        if (from != null && to != null && to.isCertainlyBefore(from)) {
            throw QueryParameters.invalid("occurredFrom", "OUT_OF_RANGE", "must not be after occurredTo");
        }
        List<String> types = type == null ? List.of() : type.stream().filter(t -> !t.isBlank()).toList();
        if (types.size() > MOST_TYPES || types.stream().anyMatch(t -> !EVENT_NAME.matcher(t).matches())) {
            throw QueryParameters.invalid("type", "INVALID_VALUE",
                    "must be at most " + MOST_TYPES + " event names such as SiteAnnounced");
        }
        FindAgreementHistory query = new FindAgreementHistory(id, types, recordedFrom, recordedTo, from, to, after,
                limit == null ? DEFAULT_LIMIT : limit);
        Optional<AgreementHistory> history = queries.query(query,
                ResponseTypes.optionalInstanceOf(AgreementHistory.class)).join();
        if (history.isPresent()) {
            return history.get();
        }
        if (!streams.exists(id)) {
            throw AgreementStateController.unknown(id);
        }
        return new AgreementHistory(id, List.of(), null);
    }

    @Operation(operationId = "diffAgreement", summary = "Compare two versions of an agreement",
            description = "Which facts (top-level fields of the agreement's state) differ between the state as of "
                    + "fromVersion and the state as of toVersion (both as asOfVersion reads answer them), and which "
                    + "events in between changed them. A list fact names the elements added and removed; any "
                    + "other fact its value before and after. 400 when fromVersion is after toVersion or either "
                    + "is not a version of the agreement.")
    @GetMapping("/agreements/{id}/diff")
    public ResponseEntity<AgreementDiff> diffAgreement(@PathVariable String id,
            @Parameter(description = "the earlier version") @RequestParam long fromVersion,
            @Parameter(description = "the later version") @RequestParam long toVersion) {
        if (!AgreementIds.isValid(id)) {
            throw InvalidRequest.agreementId(id);
        }
        if (fromVersion < 0) {
            throw QueryParameters.invalid("fromVersion", "OUT_OF_RANGE", "must be 0 or more");
        }
        if (fromVersion > toVersion) {
            throw QueryParameters.invalid("fromVersion", "OUT_OF_RANGE", "must not be after toVersion");
        }
        AgreementState now = reader.find(id, toVersion).orElseThrow(() -> AgreementStateController.unknown(id));
        if (now.version() < toVersion) {
            throw QueryParameters.invalid("toVersion", "OUT_OF_RANGE",
                    "the agreement has no version " + toVersion + "; its last is " + now.version());
        }
        DiffAgreement query = new DiffAgreement(id, fromVersion, toVersion);
        Optional<AgreementDiff> diff = reader.waitFor(() -> queries.query(query,
                ResponseTypes.optionalInstanceOf(AgreementDiff.class)).join(), Optional::isPresent);
        return diff.map(ResponseEntity::ok).orElseThrow(() -> new InvalidRequest(RequestProblem.SERVICE_UNAVAILABLE,
                "The history has not yet caught up with version " + toVersion + "; try again in a moment.",
                List.of()));
    }
}
