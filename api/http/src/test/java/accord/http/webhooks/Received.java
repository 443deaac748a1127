package accord.http.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import accord.messages.feed.CloudEventExtensions;
import accord.messages.feed.EventType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a receiver's path got, checked as an integrator would check it. */
final class Received {

    private Received() {
    }

    /**
     * Every request verified with the reference verifier, was one structured CloudEvent whose id is
     * the webhook-id, and the distinct events, in the order they first arrived, are exactly these
     * positions: nothing missing, nothing out of order, nothing else.
     */
    static void inOrder(WebhookReceiver receiver, String name, List<Long> positions) {
        List<WebhookReceiver.Delivery> deliveries = receiver.received(name);
        Map<String, Long> firstReceipts = new LinkedHashMap<>();
        for (WebhookReceiver.Delivery delivery : deliveries) {
            assertThat(delivery.verification()).as("signature of %s", delivery.webhookId()).isNull();
            assertThat(delivery.contentType()).isEqualTo(CloudEventExtensions.EVENT_MEDIA_TYPE);
            assertThat(delivery.event().getId()).isEqualTo(delivery.webhookId());
            assertThat(delivery.event().getType()).startsWith(EventType.CLOUD_EVENT_TYPE_PREFIX);
            assertThat(delivery.event().getData()).isNotNull();
            Long earlier = firstReceipts.putIfAbsent(delivery.webhookId(), delivery.position());
            if (earlier != null) {
                assertThat(delivery.position()).as("a redelivery of %s", delivery.webhookId()).isEqualTo(earlier);
            }
        }
        assertThat(new ArrayList<>(firstReceipts.values())).as("positions in the order they first arrived")
                .containsExactlyElementsOf(positions);
    }

    /** As {@link #inOrder}, and every event arrived exactly once. */
    static void exactlyOnceInOrder(WebhookReceiver receiver, String name, List<Long> positions) {
        inOrder(receiver, name, positions);
        assertThat(receiver.received(name)).hasSize(positions.size());
    }

    /** @return how many distinct events the path has taken (answered 2xx) */
    static long taken(WebhookReceiver receiver, String name) {
        return receiver.received(name).stream().filter(delivery -> delivery.answeredWith() / 100 == 2)
                .map(WebhookReceiver.Delivery::webhookId).distinct().count();
    }
}
