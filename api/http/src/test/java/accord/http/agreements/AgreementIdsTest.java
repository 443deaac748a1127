package accord.http.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgreementIdsTest {

    @Test
    void generatedIdsAreTheTitleAsSlugWithARandomSuffix() {
        String id = AgreementIds.generateFrom("Technology Prosperity Deal");

        assertThat(id).matches("technology-prosperity-deal-[a-z0-9]{6}");
        assertThat(AgreementIds.isValid(id)).isTrue();
        assertThat(AgreementIds.generateFrom("Technology Prosperity Deal")).isNotEqualTo(id);
    }

    @Test
    void accentsAreDroppedAndPunctuationBecomesSingleHyphens() {
        assertThat(AgreementIds.generateFrom("Südkorea–BlackRock: KI-Rechenzentrum!"))
                .matches("sudkorea-blackrock-ki-rechenzentrum-[a-z0-9]{6}");
    }

    @Test
    void aTitleWithoutLatinLettersStillGivesAValidId() {
        assertThat(AgreementIds.generateFrom("기술 번영 협정")).matches("agreement-[a-z0-9]{6}");
    }

    @Test
    void aLongTitleIsCutSoThatTheIdStaysWithinOneHundredCharacters() {
        String id = AgreementIds.generateFrom("word ".repeat(60));

        assertThat(id).hasSizeLessThanOrEqualTo(100);
        assertThat(AgreementIds.isValid(id)).isTrue();
    }

    @Test
    void slugsAreLowerCaseWordsJoinedBySingleHyphens() {
        assertThat(AgreementIds.isValid("kr-blackrock-ai-datacentre-mou")).isTrue();
        assertThat(AgreementIds.isValid("Kr-blackrock")).isFalse();
        assertThat(AgreementIds.isValid("kr--blackrock")).isFalse();
        assertThat(AgreementIds.isValid("-kr")).isFalse();
        assertThat(AgreementIds.isValid("kr_blackrock")).isFalse();
        assertThat(AgreementIds.isValid("a".repeat(101))).isFalse();
    }
}
