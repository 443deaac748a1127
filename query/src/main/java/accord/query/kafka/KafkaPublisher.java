package accord.query.kafka;

import accord.messages.ledger.LeafRecord;
import accord.query.feed.AgreementCloudEvents;
import accord.query.feed.AgreementFeed;
import accord.query.feed.FeedFilter;
import accord.query.feed.FeedPage;
import accord.query.feed.LedgerTail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every committed event to Kafka once, in ledger-position order, on one thread per node.
 *
 * <p>Only the node holding the {@link PublicationLease} publishes. It starts a transactional
 * producer, whose {@code initTransactions()} fences every earlier producer with the same
 * transactional id and ends what it left open; finds the last event the topic holds in a committed
 * transaction ({@link PublishedEnd}), never below the position the database recorded; then reads the
 * ledger after it, a page per Kafka transaction, and records each committed page in the database.
 * Any failure closes the producer (its open transaction is aborted) and starts over after a pause
 * that doubles up to {@code retryMax}: whatever was not committed is published again, and nothing
 * committed is published twice. It waits for events by listening to the {@link LedgerTail}; it
 * never touches the command path.
 */
public class KafkaPublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaPublisher.class);

    /** How long closing a client may wait for its requests; a producer's open transaction is aborted on close. */
    private static final Duration CLIENT_CLOSE = Duration.ofSeconds(5);
    /** How long the producer waits for a broker before a send or a transaction call fails, unless set. */
    private static final int DEFAULT_MAX_BLOCK_MS = 10_000;

    private final AgreementFeed feed;
    private final LedgerTail tail;
    private final PublicationLease lease;
    private final PublisherOptions options;
    private final CloudEventRecords records;
    private final Clock clock;
    private final Thread thread;
    private volatile PublisherStatus status;
    private volatile boolean closed;
    private volatile Runnable stopListening = () -> {
    };
    private boolean topicChecked;

    /**
     * @param feed        the ledger's committed events
     * @param cloudEvents how an event is written as a CloudEvent
     * @param tail        what says when the ledger grows
     * @param lease       the topic's row: who publishes, and what was published
     * @param options     the topic, the Kafka clients' settings, timings
     * @param clock       for the status's times
     */
    public KafkaPublisher(AgreementFeed feed, AgreementCloudEvents cloudEvents, LedgerTail tail, PublicationLease lease,
                          PublisherOptions options, Clock clock) {
        this.feed = feed;
        this.tail = tail;
        this.lease = lease;
        this.options = options;
        this.records = new CloudEventRecords(cloudEvents, options.topic().name());
        this.clock = clock;
        this.status = new PublisherStatus(PublisherState.STARTING, -1, null, clock.instant(), null);
        this.thread = new Thread(this::run, "accord-kafka-publisher");
        this.thread.setDaemon(true);
    }

    /** Starts publishing, or watching the node that does. */
    public void start() {
        stopListening = tail.onGrowth(size -> LockSupport.unpark(thread));
        thread.start();
    }

    /** @return the topic events are published to */
    public String topic() {
        return options.topic().name();
    }

    /** @return what this node knows of the publication */
    public PublisherStatus status() {
        return status;
    }

    /** @return how many committed events are not yet known to be published */
    public long lag() {
        long size = tail.size() >= 0 ? tail.size() : feed.head();
        return Math.max(0, size - (status.published() + 1));
    }

    /** Stops publishing: the open transaction, if any, is aborted, and the lease given up. */
    @Override
    public void close() {
        closed = true;
        stopListening.run();
        thread.interrupt();
        try {
            thread.join(CLIENT_CLOSE.multipliedBy(3).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        Backoff backoff = new Backoff(options.retryInitial(), options.retryMax());
        while (!closed) {
            try {
                Instant renewAt = clock.instant().plus(renewal());
                if (lease.claim()) {
                    lead(backoff, renewAt);
                } else {
                    standBy();
                }
            } catch (RuntimeException failure) {
                if (!closed) {
                    Duration pause = backoff.next();
                    failed(failure, pause);
                    pause(pause);
                }
            }
        }
        Thread.interrupted();
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.warn("Could not give up the Kafka publication lease ({}); another node takes over when it lapses",
                    e.getMessage());
        }
        PublisherStatus last = status;
        status = new PublisherStatus(PublisherState.STOPPED, last.published(), null, last.progressedAt(), null);
    }

    private void standBy() {
        PublicationRow row = lease.read();
        observe(PublisherState.STANDBY, row.position(), row.leader(), tail.size() >= 0 ? tail.size() : feed.head());
        pause(renewal());
    }

    /** Publishes while this node holds the lease, which is renewed when {@code renewAt} has passed. */
    private void lead(Backoff backoff, Instant renewAt) {
        Producer<String, byte[]> producer = null;
        try {
            createTopicOnce();
            producer = newProducer();
            // Fences every earlier producer with this transactional id; a transaction it left open is
            // aborted (or, had it begun committing, completed) before this returns.
            producer.initTransactions();
            long cursor = resumeAfter();
            log.info("Publishing to the Kafka topic {} after ledger position {}", topic(), cursor);
            while (!closed) {
                if (!clock.instant().isBefore(renewAt)) {
                    if (!lease.claim()) {
                        log.info("Another node publishes to the Kafka topic {} now", topic());
                        return;
                    }
                    renewAt = clock.instant().plus(renewal());
                }
                FeedPage page = feed.read(cursor, options.batchSize(), FeedFilter.ALL);
                if (!page.events().isEmpty()) {
                    cursor = publish(producer, page.events(), cursor);
                    lease.published(cursor);
                }
                backoff.reset();
                observe(PublisherState.PUBLISHING, cursor, lease.holder(), page.head());
                if (page.events().isEmpty()) {
                    awaitGrowth(renewAt);
                }
            }
        } finally {
            if (producer != null) {
                close(producer);
            }
        }
    }

    /** @return the last position published in a committed transaction: the topic's, never below the recorded one */
    private long resumeAfter() {
        Optional<PublishedEvent> last;
        Consumer<byte[], byte[]> consumer = newConsumer();
        try {
            last = PublishedEnd.last(consumer, topic(), options.recoveryTimeout());
        } finally {
            consumer.close(CLIENT_CLOSE);
        }
        long inTopic = last.map(PublishedEvent::position).orElse(-1L);
        long recorded = lease.read().position();
        long after = Math.max(inTopic, recorded);
        long head = feed.head();
        if (after >= head) {
            throw new IllegalStateException("Events up to ledger position " + after + " were published to " + topic()
                    + " but the ledger holds only " + head + ": the database is not the one that was published from"
                    + " (restored from an older copy?). Nothing more is published until an operator decides.");
        }
        if (last.isPresent()) {
            List<LeafRecord> there = feed.read(inTopic - 1, 1, FeedFilter.ALL).events();
            if (there.isEmpty() || !there.get(0).eventId().equals(last.get().eventId())) {
                throw new IllegalStateException("The last event in the Kafka topic " + topic() + ", position " + inTopic
                        + " with id " + last.get().eventId() + ", is not the ledger's event at that position: the topic"
                        + " holds another ledger's events. Nothing more is published until an operator decides.");
            }
        }
        if (recorded > inTopic) {
            log.warn("The Kafka topic {} ends at ledger position {} but events up to {} were published to it: it was "
                    + "emptied or its last events expired. Publication resumes after {}.", topic(), inTopic, recorded,
                    recorded);
        } else if (inTopic > recorded) {
            lease.published(inTopic);
        }
        return after;
    }

    private long publish(Producer<String, byte[]> producer, List<LeafRecord> events, long cursor) {
        producer.beginTransaction();
        long expected = cursor + 1;
        for (LeafRecord event : events) {
            if (event.position() != expected) {
                throw new IllegalStateException("The ledger feed went from position " + (expected - 1) + " to "
                        + event.position());
            }
            producer.send(records.of(event));
            expected++;
        }
        // Sends whatever is buffered and fails when any send failed; then the transaction is aborted on close.
        producer.commitTransaction();
        return expected - 1;
    }

    private void createTopicOnce() {
        KafkaTopic topic = options.topic();
        if (topicChecked || !topic.create()) {
            return;
        }
        Map<String, Object> settings = withTimeouts(known(AdminClientConfig.configNames()));
        Admin admin = Admin.create(settings);
        try {
            NewTopic newTopic = new NewTopic(topic.name(), Optional.of(topic.partitions()),
                    topic.replicationFactor() == -1 ? Optional.empty() : Optional.of(topic.replicationFactor()));
            admin.createTopics(List.of(newTopic)).all().get(timeoutMillis(), TimeUnit.MILLISECONDS);
            log.info("Created the Kafka topic {} with {} partitions", topic.name(), topic.partitions());
        } catch (ExecutionException failure) {
            if (!(failure.getCause() instanceof TopicExistsException)) {
                throw new KafkaException("Could not create the Kafka topic " + topic.name(), failure.getCause());
            }
        } catch (InterruptedException e) {
            throw new InterruptException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new TimeoutException("Creating the Kafka topic " + topic.name() + " took too long");
        } finally {
            admin.close(CLIENT_CLOSE);
        }
        topicChecked = true;
    }

    private Producer<String, byte[]> newProducer() {
        Map<String, Object> settings = known(ProducerConfig.configNames());
        settings.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, DEFAULT_MAX_BLOCK_MS);
        settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, options.transactionalId());
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
    }

    private Consumer<byte[], byte[]> newConsumer() {
        Map<String, Object> settings = withTimeouts(known(ConsumerConfig.configNames()));
        settings.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, options.transactionalId() + "-resume");
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** @return the client settings this kind of client knows, so none warns about the others' */
    private Map<String, Object> known(Set<String> names) {
        Map<String, Object> settings = new HashMap<>();
        options.clients().forEach((name, value) -> {
            if (names.contains(name)) {
                settings.put(name, value);
            }
        });
        return settings;
    }

    /**
     * Bounds a consumer's or admin client's calls by {@code recoveryTimeout}, unless set otherwise:
     * a request may take as long (at most Kafka's 30 s default), a call with its retries no less.
     */
    private Map<String, Object> withTimeouts(Map<String, Object> settings) {
        settings.putIfAbsent(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMillis(), 30_000));
        int requestTimeout = Integer.parseInt(settings.get(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG).toString());
        settings.putIfAbsent(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG,
                Math.max(timeoutMillis(), requestTimeout));
        return settings;
    }

    private int timeoutMillis() {
        return Math.toIntExact(options.recoveryTimeout().toMillis());
    }

    private Duration renewal() {
        return options.lease().dividedBy(3);
    }

    private void observe(PublisherState state, long published, String leader, long head) {
        PublisherStatus previous = status;
        boolean progressed = published != previous.published() || published + 1 >= head;
        status = new PublisherStatus(state, published, leader, progressed ? clock.instant() : previous.progressedAt(),
                null);
    }

    private void failed(RuntimeException failure, Duration pause) {
        PublisherStatus previous = status;
        String reason = describe(failure);
        status = new PublisherStatus(PublisherState.FAILING, previous.published(), previous.leader(),
                previous.progressedAt(), reason);
        log.warn("Kafka publication to {} failed: {}; it tries again in {}", topic(), reason, pause);
        log.debug("Kafka publication failure", failure);
    }

    private static String describe(Throwable failure) {
        StringBuilder reason = new StringBuilder(failure.getClass().getSimpleName()).append(": ")
                .append(failure.getMessage());
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure) {
            reason.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage())
                    .append(')');
        }
        return reason.toString();
    }

    private static void close(Producer<String, byte[]> producer) {
        boolean interrupted = Thread.interrupted();
        try {
            producer.close(CLIENT_CLOSE);
        } catch (RuntimeException e) {
            log.debug("Closing the Kafka producer failed", e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until the ledger grows, the deadline passes or the publisher closes. */
    private void awaitGrowth(Instant deadline) {
        long nanos = Duration.between(clock.instant(), deadline).toNanos();
        if (nanos > 0 && !closed) {
            LockSupport.parkNanos(this, nanos);
        }
    }

    /** Waits for the duration, whatever the ledger does, unless the publisher closes. */
    private void pause(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        for (long left = duration.toNanos(); left > 0 && !closed; left = until - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
    }
}
