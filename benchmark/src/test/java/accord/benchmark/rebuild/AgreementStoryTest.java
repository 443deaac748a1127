package accord.benchmark.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import accord.messages.events.AgreementEvent;
import accord.messages.events.MoUSigned;
import accord.messages.events.ScopeAreasAdded;
import accord.messages.events.TaskForceFormed;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AgreementStoryTest {

    @Test
    void opensWithASignedMoUAndNumbersItsEventsFromZero() {
        AgreementStory story = new AgreementStory(1, "rebuild-000001", 50);
        SplittableRandom random = new SplittableRandom(1);

        List<AgreementEvent> events = new ArrayList<>();
        for (int sequence = 0; !story.finished(); sequence++) {
            assertThat(story.nextSequence()).isEqualTo(sequence);
            events.add(story.next(random));
        }

        assertThat(events).hasSize(50);
        assertThat(events.get(0)).isInstanceOf(MoUSigned.class);
        assertThat(events).allMatch(event -> event.agreementId().equals("rebuild-000001"));
        assertThat(story.expectation().version()).isEqualTo(49);
    }

    @Test
    void expectsEveryFactItRecordedAndNamesEveryTaskForceAndAreaAnew() {
        AgreementStory story = new AgreementStory(2, "rebuild-000002", 1_000);
        SplittableRandom random = new SplittableRandom(2);
        Set<String> names = new HashSet<>();
        int taskForcesAndAreas = 0;
        story.next(random);
        while (!story.finished()) {
            AgreementEvent event = story.next(random);
            if (event instanceof TaskForceFormed formed) {
                taskForcesAndAreas++;
                names.add(formed.name());
            } else if (event instanceof ScopeAreasAdded added) {
                taskForcesAndAreas++;
                names.addAll(added.areas());
            }
        }

        int[] counts = story.expectation().counts();
        assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(999);
        assertThat(counts[Expectation.TASK_FORCES] + counts[Expectation.SCOPE_AREAS]).isEqualTo(taskForcesAndAreas);
        assertThat(names).hasSize(taskForcesAndAreas);
    }

    @Test
    void writesPayloadsAsTheServiceDoesWithEveryComponentInOrderAndNullsKept() throws Exception {
        AgreementEvent signed = new AgreementStory(3, "rebuild-000003", 20).next(new SplittableRandom(3));

        String json = new ObjectMapper().writeValueAsString(signed);

        assertThat(json).startsWith("{\"agreementId\":\"rebuild-000003\",\"title\":")
                .contains("\"kind\":\"STATE\",\"name\":\"Republic of Korea\",\"role\":null}")
                .contains("\"occurredOn\":{\"date\":\"2025-09-22\",\"precision\":\"DAY\"}");
    }
}
