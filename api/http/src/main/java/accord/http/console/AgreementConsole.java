package accord.http.console;

import accord.http.agreements.AgreementReader;
import accord.http.agreements.AgreementStateController;
import accord.http.history.AgreementHistoryController;
import accord.http.platform.security.Role;
import accord.messages.feed.EventType;
import accord.messages.queries.AgreementDiff;
import accord.messages.queries.AgreementState;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One agreement in the console: its page (the state laid out for reading, the timeline, the version
 * slider, the diff form and, for clerks, the recording forms) and the fragments the page's script
 * fetches: the state as of a version, the diff of two versions, and the timeline entries after a
 * version. Page and fragments are rendered by the same templates; the data comes from the same
 * components as {@code GET /agreements/{id}}, its history and its diff.
 */
@Controller
@RequestMapping("/console/agreements/{id}")
class AgreementConsole {

    private final AgreementReader reader;
    private final AgreementStateController states;
    private final AgreementHistoryController histories;
    private final Timelines timelines;

    AgreementConsole(AgreementReader reader, AgreementStateController states, AgreementHistoryController histories,
            Timelines timelines) {
        this.reader = reader;
        this.states = states;
        this.histories = histories;
        this.timelines = timelines;
    }

    @GetMapping
    String agreement(@PathVariable String id, Authentication user, Model model) {
        ConsoleParameters.agreementId(id);
        AgreementState state = reader.find(id, null).orElseThrow(() -> AgreementStateController.unknown(id));
        List<TimelineEntry> timeline = timelines.of(id);
        // The read side's projections catch up independently; the page shows the state of the
        // timeline's last event, so the slider, the timeline and the state agree.
        long shown = timeline.isEmpty() ? state.version() : timeline.get(timeline.size() - 1).event().version();
        if (shown != state.version()) {
            state = asOf(id, shown);
        }
        model.addAttribute("state", state);
        model.addAttribute("origins", FactOrigins.of(timeline, state.version()));
        model.addAttribute("timeline", timeline);
        model.addAttribute("lastPosition", timeline.stream().mapToLong(entry -> entry.event().position()).max()
                .orElse(-1));
        model.addAttribute("eventTypes", EventType.all().stream().map(EventType::cloudEventType)
                .collect(Collectors.joining(" ")));
        model.addAttribute("clerk", user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + Role.CLERK.name())));
        return "console/agreement";
    }

    @GetMapping("/state")
    String state(@PathVariable String id, @RequestParam(required = false) String asOfVersion, Model model) {
        ConsoleParameters.agreementId(id);
        Long version = ConsoleParameters.version("asOfVersion", asOfVersion);
        AgreementState state = version == null
                ? reader.find(id, null).orElseThrow(() -> AgreementStateController.unknown(id))
                : asOf(id, version);
        model.addAttribute("state", state);
        model.addAttribute("origins", FactOrigins.of(timelines.of(id), state.version()));
        model.addAttribute("asOf", version != null);
        return "console/state :: state";
    }

    @GetMapping("/diff")
    String diff(@PathVariable String id, @RequestParam(required = false) String fromVersion,
            @RequestParam(required = false) String toVersion, Model model) {
        ConsoleParameters.agreementId(id);
        long from = ConsoleParameters.requiredVersion("fromVersion", fromVersion);
        long to = ConsoleParameters.requiredVersion("toVersion", toVersion);
        AgreementDiff diff = histories.diffAgreement(id, from, to).getBody();
        model.addAttribute("diff", diff);
        model.addAttribute("changes", diff.changes().stream().map(DiffRow::of).toList());
        return "console/diff :: diff";
    }

    @GetMapping("/timeline")
    String timeline(@PathVariable String id, @RequestParam(required = false) String after,
            @RequestParam(required = false) String atLeast, Model model) {
        ConsoleParameters.agreementId(id);
        long last = ConsoleParameters.requiredVersion("after", after);
        Long wanted = ConsoleParameters.version("atLeast", atLeast);
        model.addAttribute("timeline", timelines.after(id, last, wanted == null ? last : wanted));
        return "console/timeline :: entries";
    }

    private AgreementState asOf(String id, long version) {
        return states.findAgreement(id, null, version, null, null).getBody();
    }
}
