package accord.http.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import accord.http.AccordApplication;
import accord.http.agreements.AgreementAction;
import accord.http.agreements.AgreementRequest;
import accord.http.agreements.CorrectRecordBody;
import accord.http.agreements.SourceBody;
import accord.http.demo.SeedAgreements;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUser;
import accord.http.testsupport.TestUsers;
import accord.messages.agreement.OccurredOn;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The auditors' console in Debian's Chromium, on the demo: find an agreement, read its state and
 * timeline, move the version slider, compare two versions, see a live event arrive, record as a
 * clerk (problems next to their fields, a stale version refused), and no serious or critical axe-core
 * violation on a wide or a 375 px screen. With {@code -Daccord.console.screenshots=<dir>} it also
 * saves the screenshots the documentation shows.
 */
@SpringBootTest(classes = AccordApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ConsoleDemo.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The screenshots come first, so they show the demo as it starts, before other tests record.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolePagesIT {

    private static final String MOU = SeedAgreements.KOREA_BLACKROCK_MOU;
    /** The MoU's last version in the demo: signed, the signing attended, two statements, the task force promised. */
    private static final long MOU_DEMO_VERSION = 4;
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    private ConsoleBrowser browser;
    private ServiceClient service;

    @BeforeAll
    void openTheBrowserOnTheDemo() throws Exception {
        service = new ServiceClient(port, json);
        for (String id : List.of(MOU, SeedAgreements.KOREA_US_TECHNOLOGY_PROSPERITY_DEAL,
                SeedAgreements.US_AI_CHIP_EXPORTS_TO_CHINA)) {
            HttpResponse<String> state = service.get(TestUsers.AUDITOR, "/agreements/" + id + "?minVersion=1");
            assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
        }
        browser = new ConsoleBrowser(port);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theListShowsEveryDemoAgreementWithItsStatusAndLastChange() {
        Page page = browser.as(TestUsers.AUDITOR);
        page.navigate("/console");

        for (String id : List.of(MOU, SeedAgreements.KOREA_US_TECHNOLOGY_PROSPERITY_DEAL,
                SeedAgreements.US_AI_CHIP_EXPORTS_TO_CHINA)) {
            assertThat(page.locator("tr[data-agreement-id='" + id + "']")).hasCount(1);
        }
        Locator mou = page.locator("tr[data-agreement-id='" + MOU + "']");
        assertThat(mou.locator("th a")).hasText("Hyperscale AI data centre");
        assertThat(mou.locator("td[data-label='Status']")).hasText("SIGNED");
        assertThat(mou.locator("td[data-label='Last change']")).containsText("version");
        assertThat(mou.locator("td[data-label='Last change'] time")).hasAttribute("datetime", Pattern.compile("^\\d{4}-"));

        mou.locator("th a").click();
        assertThat(page).hasURL(Pattern.compile("/console/agreements/" + MOU + "$"));
        assertThat(page.locator("h1")).hasText("Hyperscale AI data centre");
    }

    @Test
    void theListFiltersByPartyKindStatusScopeAreaAndText() {
        Page page = browser.as(TestUsers.AUDITOR);
        page.navigate("/console");
        page.getByLabel("Party").fill("blackrock");
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("table.agreements tbody tr")).hasCount(1);
        assertThat(page.locator("tr[data-agreement-id='" + MOU + "']")).isVisible();

        page.navigate("/console?kind=DEAL");
        assertThat(page.locator("table.agreements tbody tr")).hasCount(1);
        assertThat(page.locator("tr[data-agreement-id='" + SeedAgreements.KOREA_US_TECHNOLOGY_PROSPERITY_DEAL + "']"))
                .isVisible();
        assertThat(page.getByLabel("Kind")).hasValue("DEAL");

        page.navigate("/console?status=SCHEDULED&scopeArea=quantum+computing");
        assertThat(page.locator("table.agreements tbody tr")).hasCount(1);

        // Other tests record copies of the export arrangements, which name Bessent too.
        page.navigate("/console?q=bessent");
        assertThat(page.locator("tr[data-agreement-id='" + SeedAgreements.US_AI_CHIP_EXPORTS_TO_CHINA + "']")).isVisible();
        assertThat(page.locator("tr[data-agreement-id='" + MOU + "']")).hasCount(0);
        assertThat(page.locator("tr[data-agreement-id='" + SeedAgreements.KOREA_US_TECHNOLOGY_PROSPERITY_DEAL + "']"))
                .hasCount(0);

        page.navigate("/console?q=no+such+words+anywhere");
        assertThat(page.locator(".empty")).hasText("No agreement matches these filters.");
    }

    @Test
    void aWrongFilterIsShownNextToItsField() {
        Page page = browser.as(TestUsers.AUDITOR);
        Response answer = page.navigate("/console?kind=TREATY&status=SIGNED");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(page.locator("#filter-kind-error")).containsText("must be one of MOU");
        assertThat(page.getByLabel("Kind")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#filter-status-error")).hasCount(0);
        assertThat(page.locator("table.agreements")).hasCount(0);
    }

    @Test
    void theAgreementPageLaysOutTheStateAndATimelineTheVerifierCanMark() throws Exception {
        JsonNode history = service.read("/agreements/" + MOU + "/history").path("entries");
        JsonNode events = json.readTree(service.get(TestUsers.AUDITOR, "/events?agreementId=" + MOU + "&limit=1000",
                "application/json").body());
        Page page = browser.as(TestUsers.AUDITOR);
        page.navigate("/console/agreements/" + MOU);

        Locator state = page.locator("#state");
        assertThat(state.locator("[data-fact='parties']")).containsText("BlackRock");
        assertThat(state.locator("[data-fact='signatories']")).containsText("Lee Jae Myung");
        assertThat(state.locator("[data-fact='signatories']")).containsText("Larry Fink");
        assertThat(state.locator("[data-fact='statements']")).containsText("the AI capital of Asia");
        assertThat(state.locator("[data-fact='commitments']")).containsText("task force");
        assertThat(state.locator("[data-fact='sources']")).containsText("Unnamed news report (seed 000)");
        assertThat(state.locator("[data-fact='signatories'] a.event-link").first()).hasAttribute("href", "#event-0");

        Locator entries = page.locator("#timeline > li");
        assertThat(entries).hasCount(history.size());
        for (int i = 0; i < history.size(); i++) {
            Locator entry = entries.nth(i);
            JsonNode event = history.get(i);
            assertThat(entry).hasAttribute("data-version", event.path("version").asText());
            assertThat(entry).hasAttribute("data-position", event.path("position").asText());
            assertThat(entry.locator("span.verification-status")).hasCount(1);
            String eventId = entry.getAttribute("data-event-id");
            assertThat(eventId).matches(UUID);
            assertThat(idAt(events, event.path("position").asLong())).isEqualTo(eventId);
        }

        Locator verification = page.locator("section#verification");
        assertThat(verification).hasAttribute("data-agreement-id", MOU);
        assertThat(verification).hasAttribute("aria-live", "polite");
        assertThat(page.locator("script[type='module'][src='/console/verify.js']")).hasCount(1);
    }

    @Test
    void theBrowserVerifiesEveryEventOfTheDemoAgreementAgainstTheSignedCheckpointWithTheServicesKey() throws Exception {
        String verifierKey = service.read("/ledger/key").path("verifierKey").asText();
        Page page = browser.as(TestUsers.AUDITOR);
        page.navigate("/console/agreements/" + MOU);

        Locator statuses = page.locator("#timeline > li span.verification-status");
        assertThat(page.locator("#verification .verification-summary")).hasText(Pattern.compile(
                "^(\\d+) of \\1 events verified against checkpoint of size \\d+$"));
        int events = statuses.count();
        assertThat(events).isGreaterThan((int) MOU_DEMO_VERSION);
        for (int i = 0; i < events; i++) {
            assertThat(statuses.nth(i)).hasText("Verified");
        }
        assertThat(page.locator("#verification")).containsText(verifierKey);
    }

    @Test
    void aTamperedAuditBundleIsFlaggedOnTheEventItChanged() throws Exception {
        String bundle = service.get(TestUsers.AUDITOR, "/agreements/" + MOU + "/audit-bundle").body();
        String quote = "the AI capital of Asia";
        assertThat(bundle).contains(quote);
        String tampered = bundle.replace(quote, "the AI capital of Europe");
        Page page = browser.as(TestUsers.AUDITOR);
        page.route("**/audit-bundle", route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200).setContentType("application/json").setBody(tampered)));
        page.navigate("/console/agreements/" + MOU);

        Locator entries = page.locator("#timeline > li");
        Locator changed = entries.filter(new Locator.FilterOptions().setHasText(quote));
        assertThat(changed).hasCount(1);
        assertThat(changed.locator("span.verification-status")).containsText("Not verified: ");
        assertThat(changed.locator("span.verification-status")).hasClass(Pattern.compile("not-verified"));
        assertThat(page.locator("#verification .verification-summary")).hasText(Pattern.compile(
                "^\\d+ of \\d+ events verified against checkpoint of size \\d+$"));
        Locator untouched = entries.filter(new Locator.FilterOptions().setHasNotText(quote))
                .locator("span.verification-status");
        for (int i = 0; i < untouched.count(); i++) {
            assertThat(untouched.nth(i)).hasText("Verified");
        }
    }

    @Test
    void theTimelineDrawsEachWorldDateAtItsPrecisionBesideItsRecordingTime() {
        Page page = browser.as(TestUsers.AUDITOR);
        page.navigate("/console/agreements/" + MOU);

        Locator signed = page.locator("#event-0");
        assertThat(signed.locator(".world-time time")).hasText("22 September 2025");
        assertThat(signed.locator(".world-time time")).hasAttribute("datetime", "2025-09-22");
        assertThat(signed.locator(".precision")).hasText("(known to the day)");
        assertThat(signed.locator(".strip-month.filled")).hasCount(0);
        assertThat(signed.locator(".strip-day")).hasCount(1);

        Locator statement = page.locator("#event-2");
        assertThat(statement.locator(".world-time time")).hasText("September 2025");
        assertThat(statement.locator(".precision")).hasText("(known to the month)");
        assertThat(statement.locator(".strip-month.filled")).hasCount(1);
        assertThat(statement.locator(".strip-month.filled")).hasAttribute("title", "Sep 2025");
        assertThat(statement.locator(".strip-day")).hasCount(0);

        assertThat(statement.locator(".ledger-time time")).hasAttribute("datetime", Pattern.compile("^20\\d\\d-"));
        assertThat(statement.locator(".recorded-by")).hasText("accord-demo");
        assertThat(statement.locator(".event-sources")).containsText("Unnamed news report (seed 000)");
    }

    /**
     * The question the console must answer: what did the Korea–BlackRock MoU look like before the
     * task force was formed, and who recorded that change, from what source?
     */
    @Test
    @SuppressWarnings("unchecked")
    void theSliderShowsTheMoUBeforeItsTaskForceWhichArrivesLiveWithWhoRecordedItAndItsSource() throws Exception {
        Page page = browser.as(TestUsers.AUDITOR);
        page.navigate("/console/agreements/" + MOU);
        page.evaluate("() => { window.eventsAdded = []; document.addEventListener('accord:event-added', "
                + "event => window.eventsAdded.push(event.detail)); }");
        assertThat(page.locator("#live-status")).hasText(Pattern.compile("^Live: "));
        long before = Long.parseLong(page.locator("main").getAttribute("data-version"));
        assertThat(page.locator("[data-fact='taskForces']")).containsText("No task force formed.");

        AgreementRequest taskForce = SeedAgreements.illustrations().get(0).steps().get(0);
        HttpResponse<String> recorded = service.post(TestUsers.CLERK, AgreementAction.of(taskForce).path(MOU), taskForce);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        long formed = before + 1;

        Locator arrived = page.locator("#event-" + formed);
        assertThat(arrived.locator(".event-title")).containsText("Task force formed");
        assertThat(arrived.locator(".recorded-by")).hasText(TestUsers.CLERK.name());
        assertThat(arrived.locator(".event-sources")).containsText("Unnamed news report (seed 000)");
        assertThat(arrived).hasAttribute("data-event-id", UUID);
        assertThat(arrived.locator("span.verification-status")).hasCount(1);
        assertThat(page.locator("[data-fact='taskForces']")).containsText("Korea–BlackRock AI data centre task force");
        Object added = page.evaluate("() => window.eventsAdded.map(detail => detail.eventId)");
        assertThat((List<Object>) added).contains(arrived.getAttribute("data-event-id"));

        assertThat(page.locator("#event-" + (formed + 1) + " .event-title")).containsText("Implementation started");
        Locator slider = page.getByLabel("Show the agreement as it stood at version");
        assertThat(slider).hasAttribute("type", "range");
        long latest = Long.parseLong(page.locator("main").getAttribute("data-version"));
        assertThat(slider).hasAttribute("max", Long.toString(latest));
        slider.focus();
        for (long version = latest; version > before; version--) {
            page.keyboard().press("ArrowLeft");
        }
        assertThat(page.locator("#version-slider-value")).hasText("version " + before + ": Commitment recorded");
        assertThat(page.locator("#state .state-as-of")).containsText("As it stood at version " + before);
        assertThat(page.locator("[data-fact='taskForces']")).containsText("No task force formed.");
        assertThat(page.locator("[data-fact='commitments']")).containsText("will be set up");

        page.keyboard().press("End");
        assertThat(page.locator("#version-slider-value")).hasText("version " + latest + " (now): Implementation started");
        assertThat(page.locator("#state .state-as-of")).containsText("Now, at version " + latest);
        assertThat(page.locator("[data-fact='taskForces']")).containsText("Korea–BlackRock AI data centre task force");
    }

    @Test
    void theDiffShowsTwoVersionsSideBySideWithTheEventsThatChangedThem() {
        Page page = browser.as(TestUsers.AUDITOR);
        page.navigate("/console/agreements/" + MOU);
        page.getByLabel("From version").selectOption("1");
        page.getByLabel("To version").selectOption(Long.toString(MOU_DEMO_VERSION));
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Compare")).click();

        Locator table = page.locator("#diff table.diff-table");
        assertThat(table.locator("caption")).hasText("What changed from version 1 to version " + MOU_DEMO_VERSION);
        assertThat(table.locator("thead th")).hasText(new String[] {"Fact", "Version 1", "Version " + MOU_DEMO_VERSION,
                "Changed by"});
        Locator statements = table.locator("tr[data-fact='statements']");
        assertThat(statements.locator(".diff-before")).containsText("nothing removed");
        assertThat(statements.locator(".diff-after ins")).hasCount(2);
        assertThat(statements.locator(".diff-after")).containsText("Ha Jung-woo");
        assertThat(statements.locator("td[data-label='Changed by'] a")).hasCount(2);
        assertThat(statements.locator("td[data-label='Changed by'] a").first()).hasAttribute("href", "#event-2");
        assertThat(table.locator("tr[data-fact='commitments'] .diff-after")).containsText("will be set up");
        assertThat(table.locator("tr[data-fact='parties']")).hasCount(0);
    }

    @Test
    void clerksSeeEveryProblemNextToItsFieldThenRecordAndSeeTheirEvent() throws Exception {
        String id = aFreshTradeArrangement("console-clerk");
        Page page = browser.as(TestUsers.CLERK);
        page.navigate("/console/agreements/" + id);
        assertThat(page.locator("main")).hasAttribute("data-version", "1");
        Locator form = page.locator("form[data-action='record-milestone']");
        page.getByText("Record another milestone").click();
        form.getByLabel("Label").fill("Export licences reviewed");
        form.getByLabel("URL").fill("not a url");
        form.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Record")).click();

        assertThat(form.locator(".form-problems")).hasText(Pattern.compile("Nothing was recorded: \\d+ fields need correcting"));
        assertThat(form.locator("#record-milestone-description-error")).not().isEmpty();
        assertThat(form.getByLabel("What happened")).hasAttribute("aria-invalid", "true");
        assertThat(form.locator("#record-milestone-occurredOn-date-error")).not().isEmpty();
        assertThat(form.locator("#record-milestone-sources-0-url-error")).not().isEmpty();
        assertThat(form.locator("#record-milestone-sources-0-publisher-error")).not().isEmpty();
        assertThat(form.locator("#record-milestone-label-error")).isHidden();
        assertThat(page.locator("#timeline > li")).hasCount(2);

        fillAMilestone(form);
        form.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Record")).click();

        assertThat(form.locator(".form-outcome")).hasText(Pattern.compile("^Recorded as version 2 \\(ledger position \\d+\\)\\.$"));
        assertThat(form.locator(".form-problems")).isHidden();
        Locator recorded = page.locator("#event-2");
        assertThat(recorded.locator(".event-title")).containsText("Milestone recorded");
        assertThat(recorded.locator(".recorded-by")).hasText(TestUsers.CLERK.name());
        assertThat(recorded.locator(".world-time time")).hasText("October 2025");
        assertThat(page.locator("main")).hasAttribute("data-version", "2");
    }

    @Test
    void aClerkWhoseVersionIsNoLongerTheAgreementsIsToldToReload() throws Exception {
        String id = aFreshTradeArrangement("console-stale");
        Page page = browser.as(TestUsers.CLERK);
        page.route("**/events/stream**", Route::abort);
        page.navigate("/console/agreements/" + id);
        assertThat(page.locator("main")).hasAttribute("data-version", "1");

        AgreementRequest statement = SeedAgreements.usAiChipExportArrangementsChina().steps().get(1);
        HttpResponse<String> meanwhile = service.post(TestUsers.CLERK, AgreementAction.of(statement).path(id), statement);
        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);

        page.getByText("Record another milestone").click();
        Locator form = page.locator("form[data-action='record-milestone']");
        fillAMilestone(form);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record")).click();

        assertThat(form.locator(".form-problems")).containsText("Someone else changed this agreement, reload");
        assertThat(form.locator(".form-problems button")).hasText("Reload");
        assertThat(form.locator(".form-outcome")).isEmpty();
        JsonNode history = service.read("/agreements/" + id + "/history");
        assertThat(history.path("entries").size()).as("nothing recorded from the stale form").isEqualTo(3);
    }

    @Test
    void aCorrectionIsShownAsSuchAndTheStateNoLongerShowsTheWithdrawnRecord() throws Exception {
        String id = aFreshTradeArrangement("console-correction");
        CorrectRecordBody withdrawal = new CorrectRecordBody(1L, "The statement was attributed to the wrong speaker",
                null, OccurredOn.year(2025), List.of(new SourceBody("Bloomberg", "Correction",
                        "https://seeds.accord.example/002_ebd78cd703e5dedc.txt", "2025", "de")));
        HttpResponse<String> corrected = service.post(TestUsers.CLERK, AgreementAction.of(withdrawal).path(id), withdrawal);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        service.read("/agreements/" + id + "?minVersion=2");

        Page page = browser.as(TestUsers.AUDITOR);
        page.navigate("/console/agreements/" + id);
        Locator correction = page.locator("#event-2");
        assertThat(correction.locator(".badge-correction")).hasText("correction");
        assertThat(correction.locator(".correction-note a")).hasAttribute("href", "#event-1");
        assertThat(correction.locator(".event-facts")).containsText("The statement was attributed to the wrong speaker");
        Locator withdrawn = page.locator("#event-1");
        assertThat(withdrawn).hasClass(Pattern.compile("\\bcorrected\\b"));
        assertThat(withdrawn.locator(".badge-corrected")).hasText("corrected");
        assertThat(withdrawn.locator(".corrected-note a")).hasAttribute("href", "#event-2");
        assertThat(page.locator("#state [data-fact='statements']")).containsText("None recorded.");

        page.getByLabel("Show the agreement as it stood at version").focus();
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("#state [data-fact='statements']")).containsText("Scott Bessent");
    }

    @Test
    void readersWhoAreNotClerksGetNoRecordingForms() {
        for (TestUser reader : List.of(TestUsers.AUDITOR, TestUsers.INTEGRATOR, TestUsers.ADMIN)) {
            Page page = browser.as(reader);
            page.navigate("/console/agreements/" + MOU);
            assertThat(page.locator("h1")).hasText("Hyperscale AI data centre");
            assertThat(page.locator("form.recording-form")).hasCount(0);
            assertThat(page.locator("script[src='/console/recording.js']")).hasCount(0);
        }
        Page clerk = browser.as(TestUsers.CLERK);
        clerk.navigate("/console/agreements/" + MOU);
        assertThat(clerk.locator("form.recording-form")).hasCount(5);
    }

    @Test
    void anUnknownAgreementIsAFriendlyPageAndProblemDetailsForClientsThatAskForThem() throws Exception {
        Page page = browser.as(TestUsers.AUDITOR);
        Response unknown = page.navigate("/console/agreements/no-such-agreement");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Nothing here");
        assertThat(page.locator("#problem-detail")).containsText("There is no agreement with the id 'no-such-agreement'");
        assertThat(page.locator(".problem-facts")).containsText("UNKNOWN_AGREEMENT");

        Response wrongVersion = page.navigate("/console/agreements/" + MOU + "/state?asOfVersion=soon");
        assertThat(wrongVersion.status()).isEqualTo(400);
        assertThat(page.locator(".field-problems")).containsText("asOfVersion");

        Response missingVersion = page.navigate("/console/agreements/" + MOU + "/state?asOfVersion=999");
        assertThat(missingVersion.status()).isEqualTo(400);
        assertThat(page.locator(".field-problems")).containsText("the agreement has no version 999");

        Response badId = page.navigate("/console/agreements/NOT%20AN%20ID");
        assertThat(badId.status()).isEqualTo(400);

        HttpResponse<String> problem = service.get(TestUsers.AUDITOR, "/console/agreements/no-such-agreement",
                "application/problem+json");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(problem.body()).path("code").asText()).isEqualTo("UNKNOWN_AGREEMENT");

        for (String path : List.of("/console", "/console?kind=TREATY", "/console/agreements/" + MOU,
                "/console/agreements/" + MOU + "/state?asOfVersion=1", "/console/agreements/" + MOU + "/timeline?after=x")) {
            for (String accept : List.of("application/json", "text/plain", "image/png")) {
                int status = service.get(TestUsers.AUDITOR, path, accept).statusCode();
                assertThat(status).as(path + " accepting " + accept).isLessThan(500);
            }
        }

        HttpResponse<String> anonymous = service.getAnonymously("/console/agreements/" + MOU);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(service.getAnonymously("/console/console.css").statusCode()).isEqualTo(200);
    }

    @Test
    void theMainPagesHaveNoSeriousOrCriticalAccessibilityViolationsWideOrNarrow() {
        List<String> violations = new ArrayList<>();
        for (int width : List.of(1280, ConsoleBrowser.NARROW)) {
            for (TestUser user : List.of(TestUsers.AUDITOR, TestUsers.CLERK)) {
                Page page = browser.as(user, width, 800);
                page.navigate("/console");
                violations.addAll(seriousViolations(page, width));
                page.navigate("/console/agreements/" + MOU);
                assertThat(page.locator("#live-status")).hasText(Pattern.compile("^Live: "));
                page.getByLabel("From version").selectOption("0");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare")).click();
                assertThat(page.locator("#diff table.diff-table")).isVisible();
                page.locator("details.recording summary").all().forEach(Locator::click);
                violations.addAll(seriousViolations(page, width));
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                assertThat(((Number) overflow).intValue()).as("horizontal scrolling at " + width + " px").isLessThanOrEqualTo(0);
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    @Order(1)
    void screenshotsOfTheMainPages() throws Exception {
        String folder = System.getProperty("accord.console.screenshots");
        Page page = browser.as(TestUsers.CLERK, 1280, 900);
        page.navigate("/console");
        List<byte[]> shots = new ArrayList<>();
        shots.add(save(page, folder, "list.png"));
        page.navigate("/console/agreements/" + MOU);
        assertThat(page.locator("#live-status")).hasText(Pattern.compile("^Live: "));
        shots.add(save(page, folder, "agreement.png"));
        page.getByLabel("From version").selectOption("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare")).click();
        assertThat(page.locator("#diff table.diff-table")).isVisible();
        page.locator("#compare-heading").scrollIntoViewIfNeeded();
        shots.add(save(page.locator(".compare-section"), folder, "diff.png"));
        page.getByText("Record another milestone").click();
        Locator form = page.locator("form[data-action='record-milestone']");
        form.getByLabel("Label").fill("Site visit");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record")).click();
        assertThat(form.locator(".form-problems")).isVisible();
        shots.add(save(form.locator(".."), folder, "clerk-form.png"));
        Page narrow = browser.as(TestUsers.AUDITOR, ConsoleBrowser.NARROW, 812);
        narrow.navigate("/console/agreements/" + MOU);
        shots.add(write(narrow.screenshot(), folder, "agreement-375.png"));
        for (byte[] shot : shots) {
            assertThat(Arrays.copyOf(shot, 4)).as("a PNG").isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
    }

    private static byte[] save(Page page, String folder, String name) throws Exception {
        byte[] png = page.screenshot(new Page.ScreenshotOptions().setFullPage(true));
        return write(png, folder, name);
    }

    private static byte[] save(Locator part, String folder, String name) throws Exception {
        return write(part.screenshot(), folder, name);
    }

    private static byte[] write(byte[] png, String folder, String name) throws Exception {
        if (folder != null && !folder.isBlank()) {
            Path target = Path.of(folder);
            Files.createDirectories(target);
            Files.write(target.resolve(name), png);
        }
        return png;
    }

    private static List<String> seriousViolations(Page page, int width) {
        List<String> found = new ArrayList<>();
        for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                found.add(width + " px " + page.url() + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                        + rule.getHelp() + " at " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .toList());
            }
        }
        return found;
    }

    private static void fillAMilestone(Locator form) {
        form.getByLabel("Label").fill("Export licences reviewed");
        form.getByLabel("What happened").fill("The Commerce Department reviewed the export licences.");
        form.getByLabel("When it happened").fill("2025-10");
        form.getByLabel("Publisher").fill("Bloomberg");
        form.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)).fill("Export licences reviewed");
        form.getByLabel("URL").fill("https://seeds.accord.example/002_ebd78cd703e5dedc.txt");
        form.getByLabel("Published").fill("2025-10");
        form.getByLabel("Language").fill("en");
    }

    /** @return the id of a fresh copy of the AI-chip export arrangements (proposed, one statement: version 1) */
    private String aFreshTradeArrangement(String prefix) throws Exception {
        String id = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        service.recordUnder(SeedAgreements.usAiChipExportArrangementsChina(), id);
        return id;
    }

    private static String idAt(JsonNode events, long position) {
        for (JsonNode event : events) {
            if (event.path("position").asLong() == position) {
                return event.path("id").asText();
            }
        }
        return null;
    }
}
