package accord.http.demo;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.agreements.AgreementIds;
import accord.http.agreements.AgreementRequest;
import accord.messages.agreement.DatePrecision;
import accord.messages.agreement.LinkRelation;
import accord.messages.agreement.PartyRole;
import accord.messages.commands.LinkAgreements;
import accord.messages.commands.ProposeAgreement;
import accord.messages.commands.RecordStatement;
import accord.messages.commands.ScheduleSigning;
import accord.messages.commands.SignMoU;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SeedAgreementsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void everySeedAndIllustrationPassesTheValidationClerksFace() {
        Stream.concat(SeedAgreements.all().stream(), SeedAgreements.illustrations().stream())
                .flatMap(seed -> seed.steps().stream())
                .forEach(step -> assertThat(validator.validate(step)).as(step.toString()).isEmpty());
    }

    @Test
    void theSeedsAreTheThreeAgreementsOfTheSeedReports() {
        assertThat(SeedAgreements.all()).extracting(SeedAgreement::agreementId).containsExactly(
                "kr-blackrock-ai-datacentre-mou", "kr-us-technology-prosperity-deal",
                "us-ai-chip-export-arrangements-china");
        assertThat(SeedAgreements.all()).allSatisfy(seed -> assertThat(AgreementIds.isValid(seed.agreementId())).isTrue());
    }

    @Test
    void everyFactCitesItsSeedReportAtTheReservedExampleDomainInGerman() {
        SeedAgreements.all().stream().flatMap(seed -> seed.steps().stream()).map(AgreementRequest::sources)
                .forEach(sources -> assertThat(sources).singleElement().satisfies(source -> {
                    assertThat(source.url()).matches("https://seeds\\.accord\\.example/00[0-2]_[0-9a-f]{16}\\.txt");
                    assertThat(source.language()).isEqualTo("de");
                }));
    }

    @Test
    void theKoreaBlackRockMoUIsSignedInNewYorkByBothLeadersForTenYears() {
        SignMoU signing = (SignMoU) first(SeedAgreements.koreaBlackRockMoU()).toCommand("kr-blackrock-ai-datacentre-mou");

        assertThat(signing.title()).isEqualTo("Hyperscale AI data centre");
        assertThat(signing.parties()).extracting("code").containsExactly("KR", "BLACKROCK");
        assertThat(signing.signatories()).extracting("name", "title", "party").containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lee Jae Myung", "President", "KR"),
                org.assertj.core.groups.Tuple.tuple("Larry Fink", "Chief Executive Officer", "BLACKROCK"));
        assertThat(signing.occurredOn().date()).isEqualTo("2025-09-22");
        assertThat(signing.occurredOn().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(signing.place()).isEqualTo("New York");
        assertThat(signing.termYears()).isEqualTo(10);
    }

    @Test
    void theTechnologyProsperityDealIsScheduledForGyeongjuAndLinkedToItsRelatives() {
        SeedAgreement deal = SeedAgreements.koreaUsTechnologyProsperityDeal();
        List<Object> commands = deal.steps().stream().map(step -> (Object) step.toCommand(deal.agreementId())).toList();

        assertThat(commands.get(0)).isInstanceOf(ProposeAgreement.class);
        ScheduleSigning scheduled = (ScheduleSigning) commands.get(1);
        assertThat(scheduled.scheduledFor().date()).isEqualTo("2025-10-29");
        assertThat(scheduled.place()).isEqualTo("Gyeongju");
        assertThat(scheduled.signatories()).extracting("name").containsExactly("Bae Kyung-hoon", "Michael Kratsios");
        assertThat(commands).filteredOn(LinkAgreements.class::isInstance).map(LinkAgreements.class::cast)
                .extracting(LinkAgreements::relatedAgreementId, LinkAgreements::relation)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("us-jp-technology-prosperity-deal", LinkRelation.SIMILAR_TO),
                        org.assertj.core.groups.Tuple.tuple("us-gb-technology-prosperity-deal", LinkRelation.SIMILAR_TO),
                        org.assertj.core.groups.Tuple.tuple("kr-openai-partnership", LinkRelation.BUILDS_ON));
    }

    @Test
    void theChipArrangementsNameChinaAsDestinationMarketAndCarryBessentsStatement() {
        SeedAgreement chips = SeedAgreements.usAiChipExportArrangementsChina();
        ProposeAgreement proposal = (ProposeAgreement) first(chips).toCommand(chips.agreementId());
        RecordStatement statement = (RecordStatement) chips.steps().get(1).toCommand(chips.agreementId());

        assertThat(proposal.parties()).extracting("code").containsExactly("US", "NVIDIA", "AMD", "CN");
        assertThat(proposal.parties().get(3).role()).isEqualTo(PartyRole.DESTINATION_MARKET);
        assertThat(statement.speaker().name()).isEqualTo("Scott Bessent");
        assertThat(statement.text()).contains("Bloomberg Television");
    }

    private static AgreementRequest first(SeedAgreement seed) {
        return seed.steps().get(0);
    }
}
