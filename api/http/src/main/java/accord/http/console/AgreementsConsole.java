package accord.http.console;

import accord.http.problems.InvalidRequest;
import accord.http.search.AgreementListing;
import accord.http.search.AgreementSearchController;
import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console's first page: find an agreement. The filters are those of {@code GET /agreements},
 * read by the same code; a wrong one is shown next to its field, with the page answering 400.
 */
@Controller
class AgreementsConsole {

    private final AgreementSearchController search;

    AgreementsConsole(AgreementSearchController search) {
        this.search = search;
    }

    @GetMapping("/console")
    String agreements(@RequestParam(required = false) String party, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status, @RequestParam(required = false) String scopeArea,
            @RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
            Model model, HttpServletResponse response) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("party", party);
        filters.put("kind", kind);
        filters.put("status", status);
        filters.put("scopeArea", scopeArea);
        filters.put("q", q);
        model.addAttribute("filters", filters);
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("cursor", cursor);
        try {
            AgreementListing page = search.listAgreements(party, kind, status, scopeArea, q, null, null, cursor, null)
                    .getBody();
            model.addAttribute("agreements", page.items());
            if (page.next() != null) {
                UriComponentsBuilder next = UriComponentsBuilder.fromPath("/console");
                filters.forEach((name, value) -> next.queryParamIfPresent(name,
                        Optional.ofNullable(value).filter(text -> !text.isBlank())));
                model.addAttribute("nextPage", next.queryParam("cursor", page.next()).encode().build().toUriString());
            }
        } catch (InvalidRequest invalid) {
            response.setStatus(invalid.problem().status().value());
            model.addAttribute("problem", ShownProblem.of(invalid));
        }
        return "console/agreements";
    }
}
