package accord.http.console;

import static org.assertj.core.api.Assertions.assertThat;

import accord.messages.agreement.OccurredOn;
import accord.messages.queries.TaskForce;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactTextTest {

    @Test
    void eventTypesReadAsTitlesWithMoUKeptWhole() {
        assertThat(FactText.title("TaskForceFormed")).isEqualTo("Task force formed");
        assertThat(FactText.title("MoUSigned")).isEqualTo("MoU signed");
        assertThat(FactText.words("relatedAgreementId")).isEqualTo("related agreement id");
    }

    @Test
    void aFactOfTheStateReadsAsPairsWithoutTheVersionAndPositionThePageLinks() {
        TaskForce taskForce = new TaskForce("Korea–BlackRock task force", List.of("KR", "BLACKROCK"), "Advance it",
                OccurredOn.month(2025, 10), 5, 12);

        assertThat(FactText.of(taskForce)).isEqualTo("name: Korea–BlackRock task force, members: KR; BLACKROCK, "
                + "mandate: Advance it, occurred on: October 2025");
    }

    @Test
    void aPayloadMemberReadsTheSameWayWithItsDateAtItsPrecision() {
        Map<String, Object> speaker = new LinkedHashMap<>();
        speaker.put("name", "Scott Bessent");
        speaker.put("title", null);
        assertThat(FactText.of(speaker)).isEqualTo("name: Scott Bessent");
        assertThat(FactText.of(Map.of("date", "2025", "precision", "YEAR"))).isEqualTo("2025");
        assertThat(FactText.of(null)).isEqualTo("—");
        assertThat(FactText.of(List.of())).isEqualTo("—");
    }
}
