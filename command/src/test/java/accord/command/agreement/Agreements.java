package accord.command.agreement;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.Ending;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.agreement.PartyKind;
import accord.messages.agreement.PartyRole;
import accord.messages.agreement.Person;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import accord.messages.commands.ProposeAgreement;
import accord.messages.commands.RecordStatement;
import accord.messages.commands.ScheduleSigning;
import accord.messages.commands.SignAgreement;
import accord.messages.commands.SignMoU;
import accord.messages.commands.TerminateAgreement;
import accord.messages.events.AgreementProposed;
import accord.messages.events.AgreementSigned;
import accord.messages.events.AgreementSuspended;
import accord.messages.events.AgreementTerminated;
import accord.messages.events.MoUSigned;
import accord.messages.events.SigningScheduled;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** The three seed agreements of DOMAIN.md as commands and events, and a fixture wired like the command bus. */
final class Agreements {

    static final String KOREA_BLACKROCK = "kr-blackrock-ai-datacentre-mou";
    static final String TECHNOLOGY_PROSPERITY_DEAL = "kr-us-technology-prosperity-deal";
    static final String AI_CHIP_EXPORTS = "us-ai-chip-export-arrangements-china";

    static final Party KOREA = new Party("KR", PartyKind.STATE, "Republic of Korea", null);
    static final Party BLACKROCK = new Party("BLACKROCK", PartyKind.ORGANISATION, "BlackRock", null);
    static final Party UNITED_STATES = new Party("US", PartyKind.STATE, "United States", null);
    static final Party NVIDIA = new Party("NVIDIA", PartyKind.ORGANISATION, "Nvidia", null);
    static final Party AMD = new Party("AMD", PartyKind.ORGANISATION, "AMD", null);
    static final Party CHINA = new Party("CN", PartyKind.STATE, "China", PartyRole.DESTINATION_MARKET);

    static final Signatory LEE_JAE_MYUNG = new Signatory("Lee Jae Myung", "President", "KR");
    static final Signatory LARRY_FINK = new Signatory("Larry Fink", "Chief Executive Officer", "BLACKROCK");
    static final Signatory BAE_KYUNG_HOON = new Signatory("Bae Kyung-hoon", "Minister of Science and ICT", "KR");
    static final Signatory MICHAEL_KRATSIOS = new Signatory("Michael Kratsios",
            "Director of the White House Office of Science and Technology Policy", "US");

    static final OccurredOn MOU_SIGNED_ON = OccurredOn.day(2025, 9, 22);
    static final OccurredOn DEAL_REPORTED_IN = OccurredOn.month(2025, 10);
    static final OccurredOn DEAL_SIGNING_DAY = OccurredOn.day(2025, 10, 29);
    static final OccurredOn ARRANGEMENTS_KNOWN_IN = OccurredOn.year(2025);

    static final List<Source> MOU_REPORT = List.of(new Source("Seed report 000",
            "Südkorea und BlackRock unterzeichnen MoU für Hyperscale-KI-Rechenzentrum",
            "https://accord.example/seeds/000", "2025-09-23", "de"));
    static final List<Source> DEAL_REPORT = List.of(new Source("Bloomberg",
            "Südkorea und USA unterzeichnen 'Technology Prosperity Deal' beim APEC-Gipfel",
            "https://accord.example/seeds/001", "2025-10", "de"));
    static final List<Source> BESSENT_INTERVIEW = List.of(new Source("Bloomberg",
            "Bessent: Nvidia/AMD KI-Chip-Deals als 'Modell' für China",
            "https://accord.example/seeds/002", "2025-10", "de"));

    private Agreements() {
    }

    /** A fixture with the routing and the bus interceptor the service registers. */
    static FixtureConfiguration<Agreement> fixture() {
        return new AggregateTestFixture<>(Agreement.class)
                .registerCommandTargetResolver(new AgreementIdTargetResolver())
                .registerCommandHandlerInterceptor(new UnknownAgreementRefusal());
    }

    static SignMoU koreaBlackRockMoU() {
        return new SignMoU(KOREA_BLACKROCK, "Hyperscale AI data centre", List.of(KOREA, BLACKROCK),
                List.of(LEE_JAE_MYUNG, LARRY_FINK), MOU_SIGNED_ON, "New York",
                List.of("Develop a hyperscale AI data centre within 10 years for national and Asia-Pacific demand"),
                10, MOU_REPORT);
    }

    static MoUSigned koreaBlackRockMoUSigned() {
        SignMoU mou = koreaBlackRockMoU();
        return new MoUSigned(mou.agreementId(), mou.title(), mou.parties(), mou.signatories(), mou.place(),
                mou.objectives(), mou.termYears(), mou.occurredOn(), mou.sources());
    }

    static ProposeAgreement technologyProsperityDeal() {
        return new ProposeAgreement(TECHNOLOGY_PROSPERITY_DEAL, AgreementKind.DEAL, "Technology Prosperity Deal",
                List.of(KOREA, UNITED_STATES),
                List.of("Strengthen cooperation in AI and advanced technologies for future prosperity"),
                null, DEAL_REPORTED_IN, DEAL_REPORT);
    }

    static AgreementProposed technologyProsperityDealProposed() {
        return proposed(technologyProsperityDeal());
    }

    static ScheduleSigning technologyProsperityDealSigningAtApec() {
        return new ScheduleSigning(TECHNOLOGY_PROSPERITY_DEAL, DEAL_SIGNING_DAY, "Gyeongju",
                List.of(BAE_KYUNG_HOON, MICHAEL_KRATSIOS), DEAL_REPORTED_IN, DEAL_REPORT);
    }

    static SigningScheduled technologyProsperityDealSigningScheduled() {
        ScheduleSigning schedule = technologyProsperityDealSigningAtApec();
        return new SigningScheduled(schedule.agreementId(), schedule.scheduledFor(), schedule.place(),
                schedule.signatories(), schedule.occurredOn(), schedule.sources());
    }

    static SignAgreement technologyProsperityDealSigning() {
        return new SignAgreement(TECHNOLOGY_PROSPERITY_DEAL, List.of(BAE_KYUNG_HOON, MICHAEL_KRATSIOS),
                "Gyeongju", DEAL_SIGNING_DAY, DEAL_REPORT);
    }

    static AgreementSigned technologyProsperityDealSigned() {
        SignAgreement signing = technologyProsperityDealSigning();
        return new AgreementSigned(signing.agreementId(), signing.signatories(), signing.place(),
                signing.occurredOn(), signing.sources());
    }

    static ProposeAgreement aiChipExportArrangements() {
        return new ProposeAgreement(AI_CHIP_EXPORTS, AgreementKind.TRADE_ARRANGEMENT,
                "US AI-chip export arrangements with Nvidia and AMD for China",
                List.of(UNITED_STATES, NVIDIA, AMD, CHINA),
                List.of("Let Nvidia and AMD deliver certain AI chips to China"),
                null, ARRANGEMENTS_KNOWN_IN, BESSENT_INTERVIEW);
    }

    static AgreementProposed aiChipExportArrangementsProposed() {
        return proposed(aiChipExportArrangements());
    }

    static RecordStatement bessentCallsArrangementsAModel() {
        return new RecordStatement(AI_CHIP_EXPORTS, new Person("Scott Bessent", "US Treasury Secretary"), "US",
                "The existing arrangements could be a model for future trade: selective sales of less advanced"
                        + " components.", DEAL_REPORTED_IN, BESSENT_INTERVIEW);
    }

    static AgreementSuspended suspended(String agreementId) {
        return new AgreementSuspended(agreementId, "Talks paused", DEAL_SIGNING_DAY, DEAL_REPORT);
    }

    static AgreementTerminated terminated(String agreementId) {
        return new AgreementTerminated(agreementId, "Withdrawn by the parties", DEAL_SIGNING_DAY, DEAL_REPORT);
    }

    static TerminateAgreement terminate(String agreementId, Ending ending, String supersededBy) {
        return new TerminateAgreement(agreementId, ending, "Replaced", supersededBy, DEAL_SIGNING_DAY, DEAL_REPORT);
    }

    private static AgreementProposed proposed(ProposeAgreement command) {
        return new AgreementProposed(command.agreementId(), command.kind(), command.title(), command.parties(),
                command.objectives(), command.termYears(), command.occurredOn(), command.sources());
    }
}
