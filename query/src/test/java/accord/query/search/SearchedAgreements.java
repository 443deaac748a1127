package accord.query.search;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.agreement.PartyKind;
import accord.messages.agreement.PartyRole;
import accord.messages.agreement.Person;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import accord.messages.events.AgreementEvent;
import accord.messages.events.AgreementProposed;
import accord.messages.events.MoUSigned;
import accord.messages.events.ScopeAreasAdded;
import accord.messages.events.SigningScheduled;
import accord.messages.events.StatementRecorded;
import accord.messages.events.TaskForceFormed;
import java.time.Instant;
import java.util.List;

/** The three seed agreements as events, with the facts of the seed news reports. */
final class SearchedAgreements {

    static final String KOREA_BLACKROCK = "kr-blackrock-ai-datacentre-mou";
    static final String KOREA_US = "kr-us-technology-prosperity-deal";
    static final String US_CHIPS = "us-ai-chip-export-arrangements-china";

    static final Instant RECORDED_AT = Instant.parse("2025-09-23T08:15:30.123456Z");

    private static final Party KOREA = new Party("KR", PartyKind.STATE, "Republic of Korea", PartyRole.PARTY);
    private static final Party BLACKROCK = new Party("BLACKROCK", PartyKind.ORGANISATION, "BlackRock", PartyRole.PARTY);
    private static final Party UNITED_STATES = new Party("US", PartyKind.STATE, "United States of America", null);
    private static final List<Source> REPORT_000 = List.of(new Source("Accord seed reports",
            "Südkorea und BlackRock unterzeichnen MoU für Hyperscale-KI-Rechenzentrum",
            "https://example.org/accord/seeds/000_499f98372269f13a", "2025-09", "de"));
    private static final List<Source> REPORT_001 = List.of(new Source("Bloomberg",
            "Südkorea und die Vereinigten Staaten werden am 29. Oktober ein Abkommen unterzeichnen",
            "https://example.org/accord/seeds/001_70482a5a612a9f21", "2025-10", "de"));
    private static final List<Source> REPORT_002 = List.of(new Source("Bloomberg",
            "Bessent: Nvidia/AMD KI-Chip-Deals als 'Modell' für China",
            "https://example.org/accord/seeds/002_ebd78cd703e5dedc", "2025", "de"));
    private static final OccurredOn SEPTEMBER_22 = OccurredOn.day(2025, 9, 22);
    private static final OccurredOn OCTOBER = OccurredOn.month(2025, 10);

    private SearchedAgreements() {
    }

    /** Seed 000: signed on 22 September 2025 in New York; Fink wants Korea to be the AI capital of Asia. */
    static List<AgreementEvent> koreaBlackRockMoU() {
        return List.of(
                new MoUSigned(KOREA_BLACKROCK, "Hyperscale AI data centre", List.of(KOREA, BLACKROCK),
                        List.of(new Signatory("Lee Jae Myung", "President", "KR"),
                                new Signatory("Larry Fink", "Chief Executive Officer", "BLACKROCK")),
                        "New York", List.of("Develop a hyperscale AI data centre within 10 years"), 10,
                        SEPTEMBER_22, REPORT_000),
                new StatementRecorded(KOREA_BLACKROCK, new Person("Larry Fink", "Chief Executive Officer"), "BLACKROCK",
                        "Fink announced his wish to make South Korea \"the AI capital of Asia\".",
                        OccurredOn.month(2025, 9), REPORT_000));
    }

    /** A task force formed for the MoU, later than the seed report. */
    static TaskForceFormed koreaBlackRockTaskForce() {
        return new TaskForceFormed(KOREA_BLACKROCK, "Korea–BlackRock AI data centre task force",
                List.of("KR", "BLACKROCK"), "Drive the hyperscale AI data centre project",
                OccurredOn.month(2025, 11), REPORT_000);
    }

    /** Seed 001: proposed and scheduled for signing on 29 October 2025, with six scope areas. */
    static List<AgreementEvent> koreaUsTechnologyProsperityDeal() {
        return List.of(
                new AgreementProposed(KOREA_US, AgreementKind.DEAL, "Technology Prosperity Deal",
                        List.of(KOREA, UNITED_STATES), List.of("Strengthen cooperation in AI"), null, OCTOBER, REPORT_001),
                new SigningScheduled(KOREA_US, OccurredOn.day(2025, 10, 29), "Gyeongju",
                        List.of(new Signatory("Bae Kyung-hoon", "Minister of Science and ICT", "KR")), OCTOBER,
                        REPORT_001),
                new ScopeAreasAdded(KOREA_US, List.of("AI", "quantum computing", "6G", "biotechnology",
                        "pharmaceutical supply chains", "space research"), OCTOBER, REPORT_001));
    }

    /** Seed 002: undated arrangements, so dated to the year 2025, with Bessent's statement. */
    static List<AgreementEvent> usAiChipExportArrangementsChina() {
        return List.of(
                new AgreementProposed(US_CHIPS, AgreementKind.TRADE_ARRANGEMENT,
                        "AI chip export arrangements with Nvidia and AMD for China",
                        List.of(UNITED_STATES, new Party("NVIDIA", PartyKind.ORGANISATION, "Nvidia", null),
                                new Party("AMD", PartyKind.ORGANISATION, "AMD", null),
                                new Party("CN", PartyKind.STATE, "People's Republic of China",
                                        PartyRole.DESTINATION_MARKET)),
                        List.of("Let Nvidia and AMD deliver certain AI chips to China"), null, OccurredOn.year(2025),
                        REPORT_002),
                new StatementRecorded(US_CHIPS, new Person("Scott Bessent", "Secretary of the Treasury"), "US",
                        "The existing arrangements could serve as a model for future trade: selective sales of 100% "
                                + "less advanced AI components.",
                        OccurredOn.year(2025), REPORT_002));
    }
}
