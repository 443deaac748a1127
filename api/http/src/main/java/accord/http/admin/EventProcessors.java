package accord.http.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every event processor Axon runs in this service, found in its {@link EventProcessingConfiguration}
 * (so processors added later need no change here): their status against the head of the event
 * stream, and their rebuild.
 */
@Component
@EnableConfigurationProperties(ReadSideSettings.class)
public class EventProcessors {

    private final Configuration axon;
    private final EventStore eventStore;
    private final DeadLetters deadLetters;
    private final ProgressWatch watch;
    private final Clock clock;
    private final Set<String> rebuilding = ConcurrentHashMap.newKeySet();

    EventProcessors(Configuration axon, EventStore eventStore, DeadLetters deadLetters, ReadSideSettings settings) {
        this.axon = axon;
        this.eventStore = eventStore;
        this.deadLetters = deadLetters;
        this.watch = new ProgressWatch(settings.stallAfter());
        this.clock = Clock.systemUTC();
    }

    /** @return the status of every processor, by name */
    public List<ProcessorStatus> all() {
        long head = head();
        return processing().eventProcessors().values().stream()
                .map(processor -> statusOf(processor, head))
                .sorted(Comparator.comparing(ProcessorStatus::name))
                .toList();
    }

    /**
     * @param name a processor's name
     * @return its status
     * @throws AdminRefused UNKNOWN_PROCESSOR when no processor has this name
     */
    public ProcessorStatus one(String name) {
        return statusOf(find(name), head());
    }

    /**
     * Rebuilds a processor's read model: stops it, resets its tokens to the start of the stream (its
     * {@code @ResetHandler}s clear what it has built) and starts it again, to replay every event. The
     * replay runs after this returns; {@link #one} shows its progress.
     *
     * @param name a processor's name
     * @return its status once it has been started again
     * @throws AdminRefused UNKNOWN_PROCESSOR, REBUILD_NOT_SUPPORTED or REBUILD_IN_PROGRESS
     */
    public ProcessorStatus rebuild(String name) {
        EventProcessor processor = find(name);
        if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.supportsReset()) {
            throw new AdminRefused(AdminProblem.REBUILD_NOT_SUPPORTED, "The processor '" + name
                    + "' cannot be rebuilt: it does not read the event stream, or its handlers refuse replays.");
        }
        if (rebuildRunning(streaming) || !rebuilding.add(name)) {
            throw new AdminRefused(AdminProblem.REBUILD_IN_PROGRESS, "The processor '" + name
                    + "' is being rebuilt already; follow GET /admin/processors/" + name + " until it has caught up.");
        }
        try {
            streaming.shutDown();
            streaming.resetTokens();
        } catch (RuntimeException failure) {
            rebuilding.remove(name);
            throw failure;
        } finally {
            streaming.start();
        }
        return one(name);
    }

    /**
     * A rebuild runs from its request until the processor has claimed its segments again and
     * finished replaying; in between, {@code isReplaying()} alone would say false.
     */
    private boolean rebuildRunning(StreamingEventProcessor processor) {
        if (processor.isReplaying()) {
            return true;
        }
        if (rebuilding.contains(processor.getName()) && !processor.processingStatus().isEmpty()) {
            rebuilding.remove(processor.getName());
        }
        return rebuilding.contains(processor.getName());
    }

    private EventProcessor find(String name) {
        return processing().eventProcessor(name).orElseThrow(() -> AdminRefused.unknownProcessor(name));
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private ProcessorStatus statusOf(EventProcessor processor, long head) {
        String name = processor.getName();
        DeadLetterTally letters = deadLetters.tally(name).orElse(null);
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorStatus(name, modeOf(processor), processor.isRunning(), processor.isError(), null,
                    0, 0, null, head, null, false, null, letters, null, false);
        }
        Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
        Long position = segments.isEmpty() ? null
                : segments.stream().mapToLong(segment -> positionOf(segment.getTrackingToken())).min().orElse(0);
        Long lag = position == null ? null : Math.max(0, head - position);
        String errorMessage = segments.stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(segment -> String.valueOf(segment.getError()))
                .findFirst().orElse(null);
        boolean replaying = streaming.isReplaying();
        Instant now = clock.instant();
        Instant waitingSince = watch.look(name, position, lag, now);
        return new ProcessorStatus(name, modeOf(processor), processor.isRunning(),
                processor.isError() || errorMessage != null, errorMessage,
                segments.size(), totalSegments(name, segments.size()), position, head, lag,
                replaying, replaying ? replayOf(segments) : null, letters, waitingSince,
                watch.stalled(waitingSince, now));
    }

    private int totalSegments(String name, int claimed) {
        return Math.max(claimed, processing().tokenStore(name).fetchSegments(name).length);
    }

    private static ReplayProgress replayOf(Collection<EventTrackerStatus> segments) {
        long position = segments.stream()
                .filter(EventTrackerStatus::isReplaying)
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(current -> current.orElse(0))
                .min().orElse(0);
        long resetPosition = segments.stream()
                .map(EventTrackerStatus::getResetPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .max().orElse(0);
        double percent = resetPosition <= 0 ? 100 : Math.min(100, Math.floor(1000.0 * position / resetPosition) / 10);
        return new ReplayProgress(position, resetPosition, percent);
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }

    private static String modeOf(EventProcessor processor) {
        if (processor instanceof PooledStreamingEventProcessor) {
            return "pooled";
        }
        if (processor instanceof TrackingEventProcessor) {
            return "tracking";
        }
        if (processor instanceof SubscribingEventProcessor) {
            return "subscribing";
        }
        return processor.getClass().getSimpleName();
    }

    private EventProcessingConfiguration processing() {
        return axon.eventProcessingConfiguration();
    }
}
