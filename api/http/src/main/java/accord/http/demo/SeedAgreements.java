package accord.http.demo;

import accord.http.agreements.AddScopeAreasBody;
import accord.http.agreements.AmendAgreementBody;
import accord.http.agreements.AnnounceCapacityBody;
import accord.http.agreements.AnnounceSiteBody;
import accord.http.agreements.CorrectRecordBody;
import accord.http.agreements.FormTaskForceBody;
import accord.http.agreements.LinkAgreementsBody;
import accord.http.agreements.PartyBody;
import accord.http.agreements.PersonBody;
import accord.http.agreements.ProposeAgreementBody;
import accord.http.agreements.RecordCommitmentBody;
import accord.http.agreements.RecordMilestoneBody;
import accord.http.agreements.RecordStatementBody;
import accord.http.agreements.ResumeAgreementBody;
import accord.http.agreements.ScheduleSigningBody;
import accord.http.agreements.SignAgreementBody;
import accord.http.agreements.SignMoUBody;
import accord.http.agreements.SignatoryBody;
import accord.http.agreements.SourceBody;
import accord.http.agreements.SuspendAgreementBody;
import accord.http.agreements.TerminateAgreementBody;
import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.Ending;
import accord.messages.agreement.LinkRelation;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.PartyKind;
import accord.messages.agreement.PartyRole;
import java.math.BigDecimal;
import java.util.List;

/**
 * The three seed agreements, as English facts taken from the German seed reports, in the form a
 * clerk sends them over HTTP. The reports give no URLs; each is cited at
 * {@code https://seeds.accord.example/<seed file name>}, a reserved example domain, so that
 * nobody mistakes it for the original article. Facts the reports date only to a month carry
 * MONTH precision; a report that dates nothing carries YEAR precision.
 */
public final class SeedAgreements {

    /** The Korea–BlackRock hyperscale AI data centre MoU (seed 000). */
    public static final String KOREA_BLACKROCK_MOU = "kr-blackrock-ai-datacentre-mou";
    /** The Korea–US Technology Prosperity Deal (seed 001). */
    public static final String KOREA_US_TECHNOLOGY_PROSPERITY_DEAL = "kr-us-technology-prosperity-deal";
    /** The US AI-chip export arrangements with Nvidia and AMD for China (seed 002). */
    public static final String US_AI_CHIP_EXPORTS_TO_CHINA = "us-ai-chip-export-arrangements-china";

    private static final PartyBody KOREA = new PartyBody("KR", PartyKind.STATE, "Republic of Korea", null);
    private static final PartyBody UNITED_STATES = new PartyBody("US", PartyKind.STATE, "United States of America", null);
    private static final PartyBody BLACKROCK = new PartyBody("BLACKROCK", PartyKind.ORGANISATION, "BlackRock", null);

    private static final List<SourceBody> REPORT_000 = List.of(new SourceBody(
            "Unnamed news report (seed 000)",
            "Südkorea und BlackRock haben ein MoU zum Bau eines Hyperscale-KI-Rechenzentrums über 10 Jahre unterzeichnet",
            "https://seeds.accord.example/000_499f98372269f13a.txt", "2025-09", "de"));
    private static final List<SourceBody> REPORT_001 = List.of(new SourceBody(
            "Bloomberg",
            "Südkorea und die Vereinigten Staaten werden am 29. Oktober ein Abkommen unterzeichnen",
            "https://seeds.accord.example/001_70482a5a612a9f21.txt", "2025-10", "de"));
    private static final List<SourceBody> REPORT_002 = List.of(new SourceBody(
            "Bloomberg",
            "Bessent: Nvidia/AMD KI-Chip-Deals als 'Modell' für China",
            "https://seeds.accord.example/002_ebd78cd703e5dedc.txt", "2025", "de"));

    private static final OccurredOn SEPTEMBER_22 = OccurredOn.day(2025, 9, 22);
    private static final OccurredOn SEPTEMBER = OccurredOn.month(2025, 9);
    private static final OccurredOn OCTOBER = OccurredOn.month(2025, 10);
    private static final OccurredOn UNDATED_2025 = OccurredOn.year(2025);

    private static final SignatoryBody BAE = new SignatoryBody("Bae Kyung-hoon", "Minister of Science and ICT", "KR");
    private static final SignatoryBody KRATSIOS = new SignatoryBody("Michael Kratsios",
            "Director, White House Office of Science and Technology Policy", "US");

    private SeedAgreements() {
    }

    /** @return the three seed agreements, in the order of their seed files */
    public static List<SeedAgreement> all() {
        return List.of(koreaBlackRockMoU(), koreaUsTechnologyProsperityDeal(), usAiChipExportArrangementsChina());
    }

    /**
     * Seed 000: on 22 September 2025 in New York, South Korea's President Lee Jae Myung and
     * BlackRock's CEO Larry Fink signed an MoU to develop a hyperscale AI data centre within 10
     * years. A task force is to be formed; site and capacity were not yet announced.
     *
     * @return the MoU's signing and what the report says around it
     */
    public static SeedAgreement koreaBlackRockMoU() {
        return new SeedAgreement(KOREA_BLACKROCK_MOU, List.of(
                new SignMoUBody("Hyperscale AI data centre", List.of(KOREA, BLACKROCK),
                        List.of(new SignatoryBody("Lee Jae Myung", "President", "KR"),
                                new SignatoryBody("Larry Fink", "Chief Executive Officer", "BLACKROCK")),
                        "New York",
                        List.of("Develop a hyperscale AI data centre within 10 years for national and Asia-Pacific demand"),
                        10, SEPTEMBER_22, REPORT_000),
                new RecordMilestoneBody("Signing attended",
                        "Adebayo Ogunlesi, chairman of Global Investment Partners (part of BlackRock), and Jim Yong Kim, "
                                + "former president of the World Bank, also attended the signing.",
                        SEPTEMBER_22, REPORT_000),
                new RecordStatementBody(new PersonBody("Ha Jung-woo", "Senior Secretary for AI Policy and Future Planning"),
                        "KR",
                        "South Korea and BlackRock will work together to build a hyperscale AI data centre that runs on "
                                + "renewable energy. It will be foundational infrastructure that attracts capital flows and "
                                + "advanced technology projects.",
                        SEPTEMBER, REPORT_000),
                new RecordStatementBody(new PersonBody("Larry Fink", "Chief Executive Officer"), "BLACKROCK",
                        "Fink announced his wish to make South Korea \"the AI capital of Asia\" and to open up investment "
                                + "opportunities for global capital.",
                        SEPTEMBER, REPORT_000),
                new RecordCommitmentBody(null,
                        "A task force of the South Korean government and BlackRock will be set up to advance the project.",
                        SEPTEMBER, REPORT_000)));
    }

    /**
     * Seed 001: South Korea and the United States are to sign the Technology Prosperity Deal on
     * 29 October 2025 at the APEC summit in Gyeongju (reported by Bloomberg).
     *
     * @return the deal's proposal, scheduled signing, scope, commitments, statements and links
     */
    public static SeedAgreement koreaUsTechnologyProsperityDeal() {
        return new SeedAgreement(KOREA_US_TECHNOLOGY_PROSPERITY_DEAL, List.of(
                new ProposeAgreementBody(KOREA_US_TECHNOLOGY_PROSPERITY_DEAL, AgreementKind.DEAL,
                        "Technology Prosperity Deal", List.of(KOREA, UNITED_STATES),
                        List.of("Strengthen all-round cooperation in AI and advanced technologies for future prosperity"),
                        null, OCTOBER, REPORT_001),
                new ScheduleSigningBody(OccurredOn.day(2025, 10, 29), "Gyeongju", List.of(BAE, KRATSIOS),
                        OCTOBER, REPORT_001),
                new AddScopeAreasBody(List.of("AI", "quantum computing", "6G", "biotechnology",
                        "pharmaceutical supply chains", "space research"), OCTOBER, REPORT_001),
                jointCommitment("Strengthen export controls for AI."),
                jointCommitment("Reduce the regulatory burden on companies storing and using data across geographic "
                        + "locations."),
                jointCommitment("Accelerate the use of AI and innovation across industries and develop joint policy "
                        + "frameworks."),
                jointCommitment("Establish a joint AI ecosystem in Asia and other regions."),
                jointCommitment("Cooperate in exporting trustworthy AI technology and promote secure AI-enabled innovation."),
                new RecordStatementBody(new PersonBody("Michael Kratsios",
                        "Director, White House Office of Science and Technology Policy"), "US",
                        "\"The Trump administration is redefining American technological leadership by advancing bilateral "
                                + "cooperation partnerships with allies like Korea.\"",
                        OCTOBER, REPORT_001),
                new RecordStatementBody(new PersonBody("Bae Kyung-hoon", "Minister of Science and ICT"), "KR",
                        "Bae called the memorandum \"a symbol of cooperation for the prosperity of future generations, just "
                                + "as its title suggests\" and hoped to widen scientific exchange building on earlier "
                                + "agreements, including South Korea's partnership with OpenAI.",
                        OCTOBER, REPORT_001),
                new LinkAgreementsBody("us-jp-technology-prosperity-deal", LinkRelation.SIMILAR_TO,
                        "The deal follows a similar US technology deal with Japan.", OCTOBER, REPORT_001),
                new LinkAgreementsBody("us-gb-technology-prosperity-deal", LinkRelation.SIMILAR_TO,
                        "The deal follows a similar US technology deal with the United Kingdom.", OCTOBER, REPORT_001),
                new LinkAgreementsBody("kr-openai-partnership", LinkRelation.BUILDS_ON,
                        "Minister Bae hopes to widen scientific exchange building on earlier agreements, including "
                                + "South Korea's partnership with OpenAI.",
                        OCTOBER, REPORT_001)));
    }

    /**
     * Seed 002: US Treasury Secretary Scott Bessent suggested on Bloomberg Television that the
     * existing arrangements letting Nvidia and AMD deliver certain AI chips to China could be a
     * model for future trade. The report dates nothing, so its facts carry YEAR precision.
     *
     * @return the arrangements and the statement recorded against them
     */
    public static SeedAgreement usAiChipExportArrangementsChina() {
        return new SeedAgreement(US_AI_CHIP_EXPORTS_TO_CHINA, List.of(
                new ProposeAgreementBody(US_AI_CHIP_EXPORTS_TO_CHINA, AgreementKind.TRADE_ARRANGEMENT,
                        "AI chip export arrangements with Nvidia and AMD for China",
                        List.of(UNITED_STATES,
                                new PartyBody("NVIDIA", PartyKind.ORGANISATION, "Nvidia", null),
                                new PartyBody("AMD", PartyKind.ORGANISATION, "AMD", null),
                                new PartyBody("CN", PartyKind.STATE, "People's Republic of China",
                                        PartyRole.DESTINATION_MARKET)),
                        List.of("Let Nvidia and AMD deliver certain AI chips to China"),
                        null, UNDATED_2025, REPORT_002),
                new RecordStatementBody(new PersonBody("Scott Bessent", "Secretary of the Treasury"), "US",
                        "On Bloomberg Television, Bessent suggested that the existing arrangements letting Nvidia and AMD "
                                + "deliver certain AI chips to China could serve as a model for future trade: selective "
                                + "sales of specific, less advanced AI components, or of those meant for uses deemed less "
                                + "critical to strategic competition.",
                        UNDATED_2025, REPORT_002)));
    }

    /**
     * Examples of the commands the seeds do not use yet, written against the seed agreements:
     * what the later milestones the reports anticipate (the task force, the site, the capacity)
     * and the rest of the lifecycle would look like. They are illustrations for the API
     * documentation, not facts, and are never recorded.
     *
     * @return one example body per command the seeds do not use
     */
    public static List<SeedAgreement> illustrations() {
        return List.of(
                new SeedAgreement(KOREA_BLACKROCK_MOU, List.of(
                        new FormTaskForceBody("Korea–BlackRock AI data centre task force", List.of("KR", "BLACKROCK"),
                                "Advance the hyperscale AI data centre project", OCTOBER, REPORT_000),
                        new AnnounceSiteBody("Hyperscale AI data centre", "Site to be announced", "KR", OCTOBER, REPORT_000),
                        new AnnounceCapacityBody(new BigDecimal("1"), "GW", "Planned computing power", OCTOBER,
                                REPORT_000),
                        new AmendAgreementBody("Name the site and capacity of the data centre", OCTOBER, REPORT_000),
                        new SuspendAgreementBody("The parties paused the project", OCTOBER, REPORT_000),
                        new ResumeAgreementBody("The parties resumed the project", OCTOBER, REPORT_000),
                        new TerminateAgreementBody(Ending.SUPERSEDED, "Replaced by a binding investment agreement",
                                "kr-blackrock-ai-datacentre-agreement", OCTOBER, REPORT_000),
                        new CorrectRecordBody(2L, "The statement was attributed to the wrong speaker", null,
                                SEPTEMBER, REPORT_000))),
                new SeedAgreement(KOREA_US_TECHNOLOGY_PROSPERITY_DEAL, List.of(
                        new SignAgreementBody(List.of(BAE, KRATSIOS), "Gyeongju", OccurredOn.day(2025, 10, 29),
                                REPORT_001))));
    }

    private static RecordCommitmentBody jointCommitment(String description) {
        return new RecordCommitmentBody(null, description, OCTOBER, REPORT_001);
    }
}
