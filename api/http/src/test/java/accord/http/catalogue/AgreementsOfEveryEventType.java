package accord.http.catalogue;

import accord.http.agreements.AgreementAction;
import accord.http.agreements.AgreementRequest;
import accord.http.agreements.AnnounceCapacityBody;
import accord.http.agreements.AnnounceSiteBody;
import accord.http.agreements.CorrectRecordBody;
import accord.http.agreements.LinkAgreementsBody;
import accord.http.agreements.PartyBody;
import accord.http.agreements.PersonBody;
import accord.http.agreements.ProposeAgreementBody;
import accord.http.agreements.RecordCommitmentBody;
import accord.http.agreements.RecordStatementBody;
import accord.http.agreements.ScheduleSigningBody;
import accord.http.agreements.SignMoUBody;
import accord.http.agreements.SignatoryBody;
import accord.http.agreements.SourceBody;
import accord.http.agreements.TerminateAgreementBody;
import accord.http.demo.SeedAgreement;
import accord.http.demo.SeedAgreements;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.Ending;
import accord.messages.agreement.LinkRelation;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.PartyKind;
import accord.messages.agreement.PartyRole;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records, over HTTP as a clerk and under one run's own ids, agreements whose events are of every
 * type: the three seed agreements, the later steps SeedAgreements illustrates on the first two, and
 * two more agreements for the endings and corrections the seeds do not reach. Between them every
 * member the schemas allow to be null is recorded both null and set.
 */
public final class AgreementsOfEveryEventType {

    private static final PartyBody KOREA = new PartyBody("KR", PartyKind.STATE, "Republic of Korea", PartyRole.PARTY);
    private static final PartyBody UNITED_STATES = new PartyBody("US", PartyKind.STATE, "United States of America", null);
    private static final PartyBody BLACKROCK = new PartyBody("BLACKROCK", PartyKind.ORGANISATION, "BlackRock", null);
    private static final SignatoryBody BAE = new SignatoryBody("Bae Kyung-hoon", "Minister of Science and ICT", "KR");
    private static final List<SourceBody> REPORT = List.of(new SourceBody("Accord tests", "The catalogue's test report",
            "https://seeds.accord.example/catalogue-test.txt", "2025-10", "en"));
    private static final OccurredOn OCTOBER = OccurredOn.month(2025, 10);

    private final ServiceClient service;
    private final String run;
    private final List<String> agreementIds = new ArrayList<>();

    private AgreementsOfEveryEventType(ServiceClient service, String run) {
        this.service = service;
        this.run = run;
    }

    /**
     * @param service the running service
     * @param run     a suffix that makes this run's agreement ids unique in a shared database
     * @return the ids of the agreements recorded
     */
    public static List<String> record(ServiceClient service, String run) throws Exception {
        AgreementsOfEveryEventType recording = new AgreementsOfEveryEventType(service, run);
        recording.seedsAndTheirIllustrations();
        recording.mouEndedByTermination();
        recording.proposedMouThatExpired();
        return List.copyOf(recording.agreementIds);
    }

    /** Everything the seed reports say, then the later steps the illustrations give for the first two. */
    private void seedsAndTheirIllustrations() throws Exception {
        for (SeedAgreement seed : SeedAgreements.all()) {
            String id = seed.agreementId() + "-" + run;
            service.recordUnder(seed, id);
            agreementIds.add(id);
            for (SeedAgreement illustration : SeedAgreements.illustrations()) {
                if (illustration.agreementId().equals(seed.agreementId())) {
                    for (AgreementRequest step : illustration.steps()) {
                        send(id, step);
                    }
                }
            }
        }
    }

    /** A signed MoU with no place, term or objectives, milestones with empty optional members, a replaced record. */
    private void mouEndedByTermination() throws Exception {
        String id = "catalogue-terminated-" + run;
        agreementIds.add(id);
        send(id, new SignMoUBody("A memorandum the catalogue test signs", List.of(KOREA, BLACKROCK),
                List.of(new SignatoryBody("Lee Jae Myung", "President", "KR")), null, null, null, OCTOBER, REPORT));
        send(id, new AnnounceSiteBody("Data centre site", "Somewhere in Korea", null, OCTOBER, REPORT));
        send(id, new AnnounceCapacityBody(new BigDecimal("1.50"), "GW", null, OCTOBER, REPORT));
        send(id, new RecordStatementBody(new PersonBody("A spokesperson", null), null, "No comment.", OCTOBER, REPORT));
        send(id, new RecordCommitmentBody("KR", "Korea provides the land.", OCTOBER, REPORT));
        send(id, new LinkAgreementsBody("kr-blackrock-ai-datacentre-mou-" + run, LinkRelation.RELATED_TO, null,
                OCTOBER, REPORT));
        Map<String, Object> replacement = new LinkedHashMap<>();
        replacement.put("name", "Data centre site");
        replacement.put("location", "Jeolla province");
        replacement.put("countryCode", "KR");
        send(id, new CorrectRecordBody(1L, "The report named the province.", replacement, OCTOBER, REPORT));
        send(id, new TerminateAgreementBody(Ending.TERMINATED, "The parties ended it.", null, OCTOBER, REPORT));
    }

    /** An MoU proposed with a term, scheduled with no place and no signatories, signed without a title, expired. */
    private void proposedMouThatExpired() throws Exception {
        String id = "catalogue-expired-" + run;
        agreementIds.add(id);
        send(id, new ProposeAgreementBody(id, AgreementKind.MOU, "A memorandum that runs out",
                List.of(KOREA, UNITED_STATES), List.of("Cooperate for five years"), 5, OCTOBER, REPORT));
        send(id, new ScheduleSigningBody(OccurredOn.day(2025, 11, 3), null, null, OCTOBER, REPORT));
        send(id, new SignMoUBody(null, null, List.of(BAE), "Seoul", null, null, OccurredOn.day(2025, 11, 3), REPORT));
        send(id, new TerminateAgreementBody(Ending.EXPIRED, "Its term ran out.", null, OccurredOn.year(2030), REPORT));
    }

    private void send(String agreementId, AgreementRequest body) throws Exception {
        HttpResponse<String> answer = service.post(TestUsers.CLERK, AgreementAction.of(body).path(agreementId), body);
        if (answer.statusCode() != 200 && answer.statusCode() != 201) {
            throw new AssertionError(AgreementAction.of(body) + " of " + agreementId + " answered " + answer.statusCode()
                    + ": " + answer.body());
        }
    }
}
