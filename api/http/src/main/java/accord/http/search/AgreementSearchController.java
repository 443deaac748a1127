package accord.http.search;

import accord.messages.queries.AgreementPage;
import accord.messages.queries.ListAgreements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists the agreements that pass the filters asked for, a page at a time, from the read side. */
@RestController
@Tag(name = "Searching", description = "Finding agreements by party, kind, status, scope area, text and dates.")
public class AgreementSearchController {

    private final QueryGateway queries;

    AgreementSearchController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(operationId = "listAgreements", summary = "Search and list agreements",
            description = "Answers one page of the agreements that pass every filter given; a filter left out does "
                    + "not filter. The page is sorted by agreement id, ascending, in code-point order, so the order is "
                    + "stable while agreements are recorded. When more agreements follow, `next` holds an opaque "
                    + "cursor and the `Link` header a `rel=\"next\"` link to the next page; pass the cursor back "
                    + "unchanged with the same filters. `party` matches a party code, `scopeArea` a whole scope area, "
                    + "both ignoring case. `q` matches agreements whose id, title, party codes and names, statement "
                    + "texts or speakers' names contain every word of it, as case-insensitive substrings. "
                    + "`occurredFrom` and `occurredTo` take a date at any precision (2025, 2025-09, 2025-09-22): an "
                    + "agreement matches when any of its facts can have happened in the range, that is when the span "
                    + "from the earliest to the latest day of its facts overlaps it. The read side is eventually "
                    + "consistent: an agreement appears a moment after the command that recorded it.")
    @GetMapping("/agreements")
    public ResponseEntity<AgreementListing> listAgreements(
            @Parameter(description = "a party code, for example US or BLACKROCK (any case)")
            @RequestParam(required = false) String party,
            @Parameter(description = "the kind: MOU, BILATERAL_AGREEMENT, DEAL, TRADE_ARRANGEMENT, JOINT_STATEMENT")
            @RequestParam(required = false) String kind,
            @Parameter(description = "the status: PROPOSED, SCHEDULED, SIGNED, IN_IMPLEMENTATION, SUSPENDED, "
                    + "TERMINATED, EXPIRED, SUPERSEDED")
            @RequestParam(required = false) String status,
            @Parameter(description = "a whole scope area, for example quantum computing (any case)")
            @RequestParam(required = false) String scopeArea,
            @Parameter(description = "words that must all occur in the id, title, parties or statements (any case), "
                    + "at most 10 words and 200 characters")
            @RequestParam(required = false) String q,
            @Parameter(description = "the first day of the range, at any precision: 2025, 2025-09 or 2025-09-22 "
                    + "(a month or year stands for its first day)")
            @RequestParam(required = false) String occurredFrom,
            @Parameter(description = "the last day of the range, at any precision: 2025, 2025-09 or 2025-09-22 "
                    + "(a month or year stands for its last day)")
            @RequestParam(required = false) String occurredTo,
            @Parameter(description = "the next cursor of the page before; absent for the first page")
            @RequestParam(required = false) String cursor,
            @Parameter(description = "how many agreements at most, from 1 to 500; 50 when absent")
            @RequestParam(required = false) String limit) {
        ListAgreements query = SearchParameters.read(party, kind, status, scopeArea, q, occurredFrom, occurredTo,
                cursor, limit);
        AgreementPage page = queries.query(query, AgreementPage.class).join();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.nextCursor() != null) {
            answer.header(HttpHeaders.LINK, "<" + nextPage(query, page.nextCursor()) + ">; rel=\"next\"");
        }
        return answer.body(new AgreementListing(page.items(), page.nextCursor()));
    }

    // Form-encoded by hand: UriComponentsBuilder leaves '+' as is, which a server reads as a space.
    private static String nextPage(ListAgreements query, String next) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("party", query.party());
        parameters.put("kind", query.kind());
        parameters.put("status", query.status());
        parameters.put("scopeArea", query.scopeArea());
        parameters.put("q", query.text());
        parameters.put("occurredFrom", query.occurredFrom());
        parameters.put("occurredTo", query.occurredTo());
        parameters.put("cursor", next);
        parameters.put("limit", query.limit());
        return parameters.entrySet().stream()
                .filter(parameter -> parameter.getValue() != null)
                .map(parameter -> parameter.getKey() + "="
                        + URLEncoder.encode(String.valueOf(parameter.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "/agreements?", ""));
    }
}
