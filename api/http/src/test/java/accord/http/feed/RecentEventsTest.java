package accord.http.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import accord.messages.ledger.LeafRecord;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RecentEventsTest {

    @Test
    void servesTheEventsAfterAPositionItStillHolds() {
        RecentEvents recent = new RecentEvents(4);
        recent.restartAt(10);
        recent.append(events(10, 16));
        assertThat(recent.end()).isEqualTo(16);
        assertThat(recent.after(11, 10)).hasValueSatisfying(page ->
                assertThat(page).extracting(LeafRecord::position).containsExactly(12L, 13L, 14L, 15L));
        assertThat(recent.after(13, 1)).hasValueSatisfying(page ->
                assertThat(page).extracting(LeafRecord::position).containsExactly(14L));
        assertThat(recent.after(15, 10)).hasValueSatisfying(page -> assertThat(page).isEmpty());
    }

    @Test
    void sendsReadersItNoLongerReachesBackToTheDatabase() {
        RecentEvents recent = new RecentEvents(4);
        recent.restartAt(10);
        recent.append(events(10, 16));
        assertThat(recent.after(10, 10)).as("position 11 was dropped").isEmpty();
        assertThat(new RecentEvents(4).after(-1, 10)).as("never filled").isEmpty();
    }

    @Test
    void refusesAGap() {
        RecentEvents recent = new RecentEvents(4);
        recent.restartAt(10);
        assertThatThrownBy(() -> recent.append(events(11, 12))).isInstanceOf(IllegalStateException.class);
    }

    private static List<LeafRecord> events(long from, long to) {
        return LongStream.range(from, to).mapToObj(position -> new LeafRecord(position, "event-" + position,
                "agreement", 0, "accord.messages.events.MoUSigned", null, "2026-12-01T10:00:00Z", "clerk", null,
                null, Map.of())).toList();
    }
}
