package accord.query.agreement;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import accord.messages.agreement.LinkRelation;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.agreement.PartyKind;
import accord.messages.agreement.PartyRole;
import accord.messages.agreement.Person;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import accord.messages.events.AgreementEvent;
import accord.messages.events.AgreementProposed;
import accord.messages.events.AgreementResumed;
import accord.messages.events.AgreementSigned;
import accord.messages.events.AgreementSuspended;
import accord.messages.events.AgreementTerminated;
import accord.messages.events.AgreementsLinked;
import accord.messages.events.CommitmentRecorded;
import accord.messages.events.ImplementationStarted;
import accord.messages.events.MoUSigned;
import accord.messages.events.ScopeAreasAdded;
import accord.messages.events.SigningScheduled;
import accord.messages.events.StatementRecorded;
import accord.messages.events.TaskForceFormed;
import accord.messages.queries.AgreementState;
import java.time.Instant;
import java.util.List;

/**
 * The seed agreements as events, with the facts of the three seed news reports. Events after the
 * reports (suspension, resumption, termination) are marked as such and cite a later source.
 */
final class Agreements {

    static final String KOREA_BLACKROCK = "kr-blackrock-ai-datacentre-mou";
    static final String KOREA_US = "kr-us-technology-prosperity-deal";
    static final String US_CHIPS = "us-ai-chip-export-arrangements-china";

    static final Party KOREA = new Party("KR", PartyKind.STATE, "Republic of Korea", PartyRole.PARTY);
    static final Party BLACKROCK = new Party("BLACKROCK", PartyKind.ORGANISATION, "BlackRock", PartyRole.PARTY);
    static final Party UNITED_STATES = new Party("US", PartyKind.STATE, "United States of America", PartyRole.PARTY);

    static final Signatory LEE_JAE_MYUNG = new Signatory("Lee Jae Myung", "President", "KR");
    static final Signatory LARRY_FINK = new Signatory("Larry Fink", "Chief Executive Officer", "BLACKROCK");
    static final Signatory BAE_KYUNG_HOON = new Signatory("Bae Kyung-hoon", "Minister of Science and ICT", "KR");
    static final Signatory MICHAEL_KRATSIOS = new Signatory("Michael Kratsios",
            "Director of the White House Office of Science and Technology Policy", "US");

    static final Source DATACENTRE_REPORT = new Source("Accord seed reports",
            "Südkorea und BlackRock unterzeichnen MoU für Hyperscale-KI-Rechenzentrum",
            "https://example.org/accord/seeds/000_499f98372269f13a", "2025-09-23", "de");
    static final Source PROSPERITY_DEAL_REPORT = new Source("Accord seed reports",
            "Südkorea und USA unterzeichnen am 29. Oktober das Technology Prosperity Deal",
            "https://example.org/accord/seeds/001_70482a5a612a9f21", "2025-10", "de");
    static final Source LATER_REPORT = new Source("Accord test reports",
            "A report after the seeds, invented for these scenarios",
            "https://example.org/accord/tests/later", "2026", "en");

    static final OccurredOn SEPTEMBER_22 = OccurredOn.day(2025, 9, 22);
    static final Instant RECORDED_AT = Instant.parse("2025-09-23T08:15:30.123456Z");
    /** The global position of the event at version 0 in these scenarios; later versions follow it. */
    static final long POSITION_OFFSET = 1000;

    private Agreements() {
    }

    /** @return the state after these events, the first at version 0, each recorded a second after the one before */
    static AgreementState stateAfter(AgreementEvent... events) {
        AgreementState state = null;
        for (int version = 0; version < events.length; version++) {
            state = AgreementEvolution.evolve(state, events[version], version, version + POSITION_OFFSET, RECORDED_AT.plusSeconds(version));
        }
        return state;
    }

    static MoUSigned koreaBlackRockMoU() {
        return new MoUSigned(KOREA_BLACKROCK, "Hyperscale AI data centre", List.of(KOREA, BLACKROCK),
                List.of(LEE_JAE_MYUNG, LARRY_FINK), "New York",
                List.of("Develop a hyperscale AI data centre within 10 years for national and Asia-Pacific demand"),
                10, SEPTEMBER_22, List.of(DATACENTRE_REPORT));
    }

    static TaskForceFormed koreaBlackRockTaskForce() {
        return new TaskForceFormed(KOREA_BLACKROCK, "Korea–BlackRock AI data centre task force",
                List.of("KR", "BLACKROCK"), "Drive the hyperscale AI data centre project",
                SEPTEMBER_22, List.of(DATACENTRE_REPORT));
    }

    static ImplementationStarted koreaBlackRockImplementationStarted() {
        return new ImplementationStarted(KOREA_BLACKROCK, SEPTEMBER_22, List.of(DATACENTRE_REPORT));
    }

    static StatementRecorded finkOnTheAiCapitalOfAsia() {
        return new StatementRecorded(KOREA_BLACKROCK, new Person("Larry Fink", "Chief Executive Officer"),
                "BLACKROCK", "Make Korea the AI capital of Asia", SEPTEMBER_22, List.of(DATACENTRE_REPORT));
    }

    static AgreementSuspended koreaBlackRockSuspended() {
        return new AgreementSuspended(KOREA_BLACKROCK, "Site selection paused pending a power-supply review",
                OccurredOn.month(2026, 2), List.of(LATER_REPORT));
    }

    static AgreementResumed koreaBlackRockResumed(AgreementStatus resumedStatus) {
        return new AgreementResumed(KOREA_BLACKROCK, "Power-supply review completed", resumedStatus,
                OccurredOn.month(2026, 4), List.of(LATER_REPORT));
    }

    static AgreementTerminated koreaBlackRockTerminated() {
        return new AgreementTerminated(KOREA_BLACKROCK, "The parties ended the project by mutual consent",
                OccurredOn.year(2026), List.of(LATER_REPORT));
    }

    static AgreementProposed koreaUsDealProposed() {
        return new AgreementProposed(KOREA_US, AgreementKind.DEAL, "Technology Prosperity Deal",
                List.of(new Party("KR", PartyKind.STATE, "South Korea", null), UNITED_STATES),
                List.of("Broaden all-round cooperation in AI and advanced technologies"), null,
                OccurredOn.month(2025, 10), List.of(PROSPERITY_DEAL_REPORT));
    }

    static SigningScheduled koreaUsSigningScheduled() {
        return new SigningScheduled(KOREA_US, OccurredOn.day(2025, 10, 29), "Gyeongju",
                List.of(BAE_KYUNG_HOON, MICHAEL_KRATSIOS), OccurredOn.month(2025, 10),
                List.of(PROSPERITY_DEAL_REPORT));
    }

    static ScopeAreasAdded koreaUsScope() {
        return new ScopeAreasAdded(KOREA_US, List.of("AI", "quantum computing", "6G", "biotechnology",
                "pharmaceutical supply chains", "space research"), OccurredOn.month(2025, 10),
                List.of(PROSPERITY_DEAL_REPORT));
    }

    static CommitmentRecorded koreaUsStrongerAiExportControls() {
        return new CommitmentRecorded(KOREA_US, null, "Strengthen export controls for AI",
                OccurredOn.month(2025, 10), List.of(PROSPERITY_DEAL_REPORT));
    }

    static AgreementsLinked koreaUsSimilarToJapanDeal() {
        return new AgreementsLinked(KOREA_US, "us-japan-technology-prosperity-deal", LinkRelation.SIMILAR_TO,
                "The US made a similar technology deal with Japan", OccurredOn.month(2025, 10),
                List.of(PROSPERITY_DEAL_REPORT));
    }

    static AgreementSigned koreaUsSigned() {
        return new AgreementSigned(KOREA_US, List.of(BAE_KYUNG_HOON, MICHAEL_KRATSIOS), null,
                OccurredOn.day(2025, 10, 29), List.of(LATER_REPORT));
    }
}
