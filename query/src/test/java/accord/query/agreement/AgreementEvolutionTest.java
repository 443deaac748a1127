package accord.query.agreement;

import static accord.query.agreement.Agreements.BLACKROCK;
import static accord.query.agreement.Agreements.DATACENTRE_REPORT;
import static accord.query.agreement.Agreements.KOREA;
import static accord.query.agreement.Agreements.KOREA_BLACKROCK;
import static accord.query.agreement.Agreements.LARRY_FINK;
import static accord.query.agreement.Agreements.LATER_REPORT;
import static accord.query.agreement.Agreements.LEE_JAE_MYUNG;
import static accord.query.agreement.Agreements.PROSPERITY_DEAL_REPORT;
import static accord.query.agreement.Agreements.RECORDED_AT;
import static accord.query.agreement.Agreements.SEPTEMBER_22;
import static accord.query.agreement.Agreements.UNITED_STATES;
import static accord.query.agreement.Agreements.finkOnTheAiCapitalOfAsia;
import static accord.query.agreement.Agreements.koreaBlackRockImplementationStarted;
import static accord.query.agreement.Agreements.koreaBlackRockMoU;
import static accord.query.agreement.Agreements.koreaBlackRockResumed;
import static accord.query.agreement.Agreements.koreaBlackRockSuspended;
import static accord.query.agreement.Agreements.koreaBlackRockTaskForce;
import static accord.query.agreement.Agreements.koreaBlackRockTerminated;
import static accord.query.agreement.Agreements.koreaUsDealProposed;
import static accord.query.agreement.Agreements.koreaUsSigned;
import static accord.query.agreement.Agreements.koreaUsSigningScheduled;
import static accord.query.agreement.Agreements.koreaUsSimilarToJapanDeal;
import static accord.query.agreement.Agreements.koreaUsScope;
import static accord.query.agreement.Agreements.koreaUsStrongerAiExportControls;
import static accord.query.agreement.Agreements.stateAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import accord.messages.agreement.LinkRelation;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.agreement.PartyKind;
import accord.messages.agreement.PartyRole;
import accord.messages.agreement.Person;
import accord.messages.agreement.Signatory;
import accord.messages.events.AgreementAmended;
import accord.messages.events.AgreementEvent;
import accord.messages.events.AgreementExpired;
import accord.messages.events.AgreementSuperseded;
import accord.messages.events.CapacityAnnounced;
import accord.messages.events.MilestoneRecorded;
import accord.messages.events.MoUSigned;
import accord.messages.events.RecordCorrected;
import accord.messages.events.SiteAnnounced;
import accord.messages.events.TaskForceFormed;
import accord.messages.queries.AgreementState;
import accord.messages.queries.Amendment;
import accord.messages.queries.Capacity;
import accord.messages.queries.Commitment;
import accord.messages.queries.Link;
import accord.messages.queries.Milestone;
import accord.messages.queries.Site;
import accord.messages.queries.Statement;
import accord.messages.queries.StatusChange;
import accord.messages.queries.TaskForce;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

class AgreementEvolutionTest {

    @Test
    void signingTheKoreaBlackRockMoUCreatesASignedMoU() {
        AgreementState state = stateAfter(koreaBlackRockMoU());

        assertThat(state.agreementId()).isEqualTo(KOREA_BLACKROCK);
        assertThat(state.kind()).isEqualTo(AgreementKind.MOU);
        assertThat(state.title()).isEqualTo("Hyperscale AI data centre");
        assertThat(state.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(state.parties()).containsExactly(KOREA, BLACKROCK);
        assertThat(state.signatories()).containsExactly(LEE_JAE_MYUNG, LARRY_FINK);
        assertThat(state.place()).isEqualTo("New York");
        assertThat(state.proposedOn()).isNull();
        assertThat(state.scheduledFor()).isNull();
        assertThat(state.signedOn()).isEqualTo(SEPTEMBER_22);
        assertThat(state.objectives()).containsExactly(
                "Develop a hyperscale AI data centre within 10 years for national and Asia-Pacific demand");
        assertThat(state.termYears()).isEqualTo(10);
        assertThat(state.statusHistory()).containsExactly(
                new StatusChange(AgreementStatus.SIGNED, null, SEPTEMBER_22, 0, 1000));
        assertThat(state.sources()).containsExactly(DATACENTRE_REPORT);
        assertThat(state.version()).isZero();
        assertThat(state.lastRecordedAt()).isEqualTo(RECORDED_AT);
        assertThat(List.of(state.scopeAreas(), state.commitments(), state.taskForces(), state.sites(),
                state.capacities(), state.statements(), state.milestones(), state.links(), state.amendments()))
                .allSatisfy(facts -> assertThat(facts).isEmpty());
    }

    @Test
    void formingTheTaskForcePutsTheMoUIntoImplementation() {
        AgreementState state = stateAfter(koreaBlackRockMoU(), koreaBlackRockTaskForce(),
                koreaBlackRockImplementationStarted());

        assertThat(state.status()).isEqualTo(AgreementStatus.IN_IMPLEMENTATION);
        assertThat(state.taskForces()).containsExactly(new TaskForce("Korea–BlackRock AI data centre task force",
                List.of("KR", "BLACKROCK"), "Drive the hyperscale AI data centre project", SEPTEMBER_22, 1, 1001));
        assertThat(state.statusHistory()).extracting(StatusChange::status, StatusChange::version)
                .containsExactly(tuple(AgreementStatus.SIGNED, 0L), tuple(AgreementStatus.IN_IMPLEMENTATION, 2L));
        assertThat(state.version()).isEqualTo(2);
        assertThat(state.lastRecordedAt()).isEqualTo(RECORDED_AT.plusSeconds(2));
        assertThat(state.sources()).containsExactly(DATACENTRE_REPORT);
    }

    @Test
    void aSuspendedAgreementResumesInTheStatusItHadBefore() {
        AgreementState suspended = stateAfter(koreaBlackRockMoU(), koreaBlackRockTaskForce(),
                koreaBlackRockImplementationStarted(), koreaBlackRockSuspended());
        assertThat(suspended.status()).isEqualTo(AgreementStatus.SUSPENDED);

        AgreementState resumed = AgreementEvolution.evolve(suspended,
                koreaBlackRockResumed(AgreementStatus.IN_IMPLEMENTATION), 4, 1004, RECORDED_AT.plusSeconds(4));

        assertThat(resumed.status()).isEqualTo(AgreementStatus.IN_IMPLEMENTATION);
        assertThat(resumed.statusHistory()).containsExactly(
                new StatusChange(AgreementStatus.SIGNED, null, SEPTEMBER_22, 0, 1000),
                new StatusChange(AgreementStatus.IN_IMPLEMENTATION, null, SEPTEMBER_22, 2, 1002),
                new StatusChange(AgreementStatus.SUSPENDED, "Site selection paused pending a power-supply review",
                        OccurredOn.month(2026, 2), 3, 1003),
                new StatusChange(AgreementStatus.IN_IMPLEMENTATION, "Power-supply review completed",
                        OccurredOn.month(2026, 4), 4, 1004));
        assertThat(resumed.sources()).containsExactly(DATACENTRE_REPORT, LATER_REPORT);
    }

    @Test
    void aResumptionThatNamesNoStatusReturnsToTheStatusBeforeTheSuspension() {
        AgreementState state = stateAfter(koreaBlackRockMoU(), koreaBlackRockSuspended(), koreaBlackRockResumed(null));

        assertThat(state.status()).isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void terminatingEndsTheAgreementAndKeepsItsFacts() {
        AgreementState state = stateAfter(koreaBlackRockMoU(), koreaBlackRockTaskForce(),
                koreaBlackRockImplementationStarted(), koreaBlackRockTerminated());

        assertThat(state.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(state.status().hasEnded()).isTrue();
        assertThat(state.statusHistory()).last().isEqualTo(new StatusChange(AgreementStatus.TERMINATED,
                "The parties ended the project by mutual consent", OccurredOn.year(2026), 3, 1003));
        assertThat(state.taskForces()).hasSize(1);
        assertThat(state.signatories()).containsExactly(LEE_JAE_MYUNG, LARRY_FINK);
    }

    @Test
    void expiryAndSupersessionAreStatusChangesWithTheirReasons() {
        AgreementState expired = stateAfter(koreaBlackRockMoU(), new AgreementExpired(KOREA_BLACKROCK,
                "The 10-year term ran out", OccurredOn.year(2035), List.of(LATER_REPORT)));
        AgreementState superseded = stateAfter(koreaBlackRockMoU(), new AgreementSuperseded(KOREA_BLACKROCK,
                "kr-blackrock-ai-datacentre-agreement", "Replaced by a binding agreement", OccurredOn.year(2027),
                List.of(LATER_REPORT)));

        assertThat(expired.statusHistory()).last().isEqualTo(new StatusChange(AgreementStatus.EXPIRED,
                "The 10-year term ran out", OccurredOn.year(2035), 1, 1001));
        assertThat(superseded.status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(superseded.statusHistory()).last().extracting(StatusChange::reason).isEqualTo(
                "Replaced by a binding agreement (superseded by kr-blackrock-ai-datacentre-agreement)");
    }

    @Test
    void theKoreaUsDealIsProposedScheduledAndSigned() {
        AgreementState state = stateAfter(koreaUsDealProposed(), koreaUsSigningScheduled(), koreaUsScope(),
                koreaUsStrongerAiExportControls(), koreaUsSimilarToJapanDeal(), koreaUsSigned());

        assertThat(state.kind()).isEqualTo(AgreementKind.DEAL);
        assertThat(state.title()).isEqualTo("Technology Prosperity Deal");
        assertThat(state.proposedOn()).isEqualTo(OccurredOn.month(2025, 10));
        assertThat(state.scheduledFor()).isEqualTo(OccurredOn.day(2025, 10, 29));
        assertThat(state.signedOn()).isEqualTo(OccurredOn.day(2025, 10, 29));
        assertThat(state.place()).isEqualTo("Gyeongju");
        assertThat(state.signatories()).extracting(Signatory::name).containsExactly("Bae Kyung-hoon", "Michael Kratsios");
        assertThat(state.scopeAreas()).containsExactly("AI", "quantum computing", "6G", "biotechnology",
                "pharmaceutical supply chains", "space research");
        assertThat(state.commitments()).containsExactly(new Commitment(null, "Strengthen export controls for AI",
                OccurredOn.month(2025, 10), 3, 1003));
        assertThat(state.links()).containsExactly(new Link("us-japan-technology-prosperity-deal",
                LinkRelation.SIMILAR_TO, "The US made a similar technology deal with Japan",
                OccurredOn.month(2025, 10), 4, 1004));
        assertThat(state.statusHistory()).extracting(StatusChange::status).containsExactly(
                AgreementStatus.PROPOSED, AgreementStatus.SCHEDULED, AgreementStatus.SIGNED);
        assertThat(state.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(state.sources()).containsExactly(PROSPERITY_DEAL_REPORT, LATER_REPORT);
    }

    @Test
    void scopeAreasAreAddedOnce() {
        AgreementState state = stateAfter(koreaUsDealProposed(), koreaUsScope(), koreaUsScope());

        assertThat(state.scopeAreas()).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void partiesAreMergedByTheirCode() {
        AgreementState state = stateAfter(koreaUsDealProposed(), koreaUsSigningScheduled(), new MoUSigned(
                Agreements.KOREA_US, null, List.of(KOREA), List.of(), null, List.of(), null,
                OccurredOn.day(2025, 10, 29), List.of(LATER_REPORT)));

        assertThat(state.parties()).containsExactly(
                new Party("KR", PartyKind.STATE, "Republic of Korea", PartyRole.PARTY), UNITED_STATES);
        assertThat(state.kind()).as("a signing keeps the kind the proposal gave").isEqualTo(AgreementKind.DEAL);
        assertThat(state.title()).as("a signing without a title keeps the title").isEqualTo("Technology Prosperity Deal");
        assertThat(state.signatories()).as("an empty list names no one new").hasSize(2);
    }

    @Test
    void aPartyNamedAgainWithoutDetailsKeepsWhatIsKnown() {
        AgreementState state = stateAfter(koreaBlackRockMoU(), new MoUSigned(KOREA_BLACKROCK,
                null, List.of(new Party("KR", null, null, null)), List.of(), null, List.of(), null, SEPTEMBER_22,
                List.of(DATACENTRE_REPORT)));

        assertThat(state.parties()).containsExactly(KOREA, BLACKROCK);
    }

    @Test
    void implementationFactsAreRecordedWithTheVersionOfTheirEvent() {
        OccurredOn later = OccurredOn.month(2026, 1);
        AgreementState state = stateAfter(koreaBlackRockMoU(), finkOnTheAiCapitalOfAsia(),
                new SiteAnnounced(KOREA_BLACKROCK, "Jeonnam AI campus", "South Jeolla Province", "KR", later,
                        List.of(LATER_REPORT)),
                new CapacityAnnounced(KOREA_BLACKROCK, new BigDecimal("3.00"), "GW", "planned power capacity",
                        later, List.of(LATER_REPORT)),
                new MilestoneRecorded(KOREA_BLACKROCK, "Investors' visit", "Global investors visited the site", later,
                        List.of(LATER_REPORT)),
                new AgreementAmended(KOREA_BLACKROCK, "Adds a second phase", later, List.of(LATER_REPORT)));

        assertThat(state.statements()).containsExactly(new Statement(new Person("Larry Fink",
                "Chief Executive Officer"), "BLACKROCK", "Make Korea the AI capital of Asia", SEPTEMBER_22, 1, 1001));
        assertThat(state.sites()).containsExactly(new Site("Jeonnam AI campus", "South Jeolla Province", "KR",
                later, 2, 1002));
        assertThat(state.capacities()).containsExactly(new Capacity(new BigDecimal("3.00"), "GW",
                "planned power capacity", later, 3, 1003));
        assertThat(state.milestones()).containsExactly(new Milestone("Investors' visit",
                "Global investors visited the site", later, 4, 1004));
        assertThat(state.amendments()).containsExactly(new Amendment("Adds a second phase", later, 5, 1005));
        assertThat(state.status()).as("facts alone do not change the status").isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void aCorrectionForNowOnlyAdvancesTheVersionAndCitesItsSources() {
        AgreementState signed = stateAfter(koreaBlackRockMoU());
        RecordCorrected correction = new RecordCorrected(KOREA_BLACKROCK, 0, "MoUSigned", "The place was misspelt",
                Map.of("place", "New York City"), OccurredOn.day(2025, 9, 24), List.of(LATER_REPORT));

        AgreementState corrected = AgreementEvolution.evolve(signed, correction, 1, 1001, RECORDED_AT.plusSeconds(60));

        assertThat(corrected.version()).isEqualTo(1);
        assertThat(corrected.lastRecordedAt()).isEqualTo(RECORDED_AT.plusSeconds(60));
        assertThat(corrected.sources()).containsExactly(DATACENTRE_REPORT, LATER_REPORT);
        assertThat(corrected.place()).isEqualTo("New York");
    }

    @Test
    void sourcesAreListedOnceInTheOrderFirstCited() {
        AgreementState state = stateAfter(koreaBlackRockMoU(), koreaBlackRockSuspended(),
                koreaBlackRockResumed(AgreementStatus.SIGNED), koreaBlackRockTaskForce());

        assertThat(state.sources()).containsExactly(DATACENTRE_REPORT, LATER_REPORT);
    }

    @Test
    void evolvingIsPure() {
        AgreementState before = stateAfter(koreaBlackRockMoU(), koreaBlackRockTaskForce());
        AgreementState copyOfBefore = stateAfter(koreaBlackRockMoU(), koreaBlackRockTaskForce());
        Instant recordedAt = RECORDED_AT.plusSeconds(2);

        AgreementState once = AgreementEvolution.evolve(before, koreaBlackRockImplementationStarted(), 2, 1002, recordedAt);
        AgreementState twice = AgreementEvolution.evolve(before, koreaBlackRockImplementationStarted(), 2, 1002, recordedAt);

        assertThat(once).isEqualTo(twice);
        assertThat(before).as("the given state is left as it was").isEqualTo(copyOfBefore);
    }

    @Test
    void theStateCannotBeChangedThroughItsLists() {
        AgreementState state = stateAfter(koreaBlackRockMoU(), koreaBlackRockTaskForce());

        assertThatThrownBy(() -> state.parties().add(BLACKROCK)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> state.statusHistory().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> state.taskForces().get(0).members().add("US"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theStateDoesNotShareListsWithTheEvent() {
        List<String> members = new ArrayList<>(List.of("KR"));
        AgreementState state = stateAfter(koreaBlackRockMoU(), new TaskForceFormed(
                KOREA_BLACKROCK, "Task force", members, "mandate", SEPTEMBER_22, List.of(DATACENTRE_REPORT)));

        members.add("BLACKROCK");

        assertThat(state.taskForces().get(0).members()).containsExactly("KR");
    }

    @Test
    void everyEventOfTheContractEvolvesTheStateEvenWithEveryFieldMissing() throws Exception {
        List<Class<?>> eventTypes = eventTypes();
        assertThat(eventTypes).hasSize(20);

        for (Class<?> type : eventTypes) {
            AgreementEvent empty = withEveryFieldMissing(type);
            AgreementState state = AgreementEvolution.evolve(null, empty, 0, 1000, RECORDED_AT);
            assertThat(state.version()).as(type.getSimpleName()).isZero();
            assertThat(state.lastRecordedAt()).as(type.getSimpleName()).isEqualTo(RECORDED_AT);
        }
    }

    private static List<Class<?>> eventTypes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AgreementEvent.class));
        List<Class<?>> types = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("accord.messages.events")) {
            types.add(Class.forName(candidate.getBeanClassName()));
        }
        return types;
    }

    private static AgreementEvent withEveryFieldMissing(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
            arguments[i] = parameterTypes[i] == long.class ? 0L : null;
        }
        return (AgreementEvent) type.getDeclaredConstructor(parameterTypes).newInstance(arguments);
    }

}
