package accord.http.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

/**
 * The dead letters of each processor: its processing group's {@link SequencedDeadLetterQueue}
 * (a processor and its processing group share a name here). Retrying hands a sequence back to the
 * group's handlers through Axon's {@link SequencedDeadLetterProcessor}; a sequence that succeeds
 * leaves the queue, one that fails again stays with the new cause.
 */
@Component("processorDeadLetters")
public class DeadLetters {

    private final Configuration axon;

    DeadLetters(Configuration axon) {
        this.axon = axon;
    }

    /**
     * @param processor a processor's name
     * @return how many dead letters its group holds, or empty when it keeps no dead-letter queue
     */
    public Optional<DeadLetterTally> tally(String processor) {
        return processing().deadLetterQueue(processor)
                .map(queue -> new DeadLetterTally(queue.amountOfSequences(), queue.size()));
    }

    /**
     * @param processor a processor's name
     * @return every dead-lettered sequence of its group, with its letters in order
     */
    public List<DeadLetterSequence> list(String processor) {
        List<DeadLetterSequence> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queueOf(processor).deadLetters()) {
            List<DeadLetter<? extends EventMessage<?>>> letters =
                    StreamSupport.stream(sequence.spliterator(), false).toList();
            if (!letters.isEmpty()) {
                sequences.add(new DeadLetterSequence(sequenceIdOf(letters.get(0)),
                        letters.stream().map(DeadLetters::entryOf).toList()));
            }
        }
        return sequences;
    }

    /**
     * Hands dead-lettered sequences back to the group's handlers.
     *
     * @param processor  a processor's name
     * @param sequenceId the sequence to retry, or null for every sequence
     * @return how many sequences succeeded and what is left
     */
    public RetryOutcome retry(String processor, String sequenceId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queueOf(processor);
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing().sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> noQueue(processor));
        long before = queue.amountOfSequences();
        int tried;
        if (sequenceId != null) {
            requireSequence(queue, processor, sequenceId);
            letters.process(letter -> sequenceId.equals(sequenceIdOf(letter)));
            tried = 1;
        } else {
            tried = Math.toIntExact(before);
            for (int attempt = 0; attempt < before; attempt++) {
                letters.processAny();
            }
        }
        long after = queue.amountOfSequences();
        int processed = Math.toIntExact(Math.max(0, before - after));
        return new RetryOutcome(processed, Math.max(0, tried - processed),
                new DeadLetterTally(after, queue.size()));
    }

    /**
     * Drops a sequence's dead letters for good: its events stay unhandled by this group.
     *
     * @param processor  a processor's name
     * @param sequenceId the sequence to drop
     */
    public void evict(String processor, String sequenceId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queueOf(processor);
        requireSequence(queue, processor, sequenceId);
        List<DeadLetter<? extends EventMessage<?>>> letters =
                StreamSupport.stream(queue.deadLetterSequence(sequenceId).spliterator(), false).toList();
        letters.forEach(queue::evict);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queueOf(String processor) {
        if (processing().eventProcessor(processor).isEmpty()) {
            throw AdminRefused.unknownProcessor(processor);
        }
        return processing().deadLetterQueue(processor).orElseThrow(() -> noQueue(processor));
    }

    private static void requireSequence(SequencedDeadLetterQueue<EventMessage<?>> queue, String processor,
                                        String sequenceId) {
        if (!queue.contains(sequenceId)) {
            throw new AdminRefused(AdminProblem.UNKNOWN_DEAD_LETTER_SEQUENCE,
                    "The processor '" + processor + "' holds no dead letters in the sequence '" + sequenceId
                            + "'; GET /admin/processors/" + processor + "/dead-letters lists them.");
        }
    }

    private static AdminRefused noQueue(String processor) {
        return new AdminRefused(AdminProblem.NO_DEAD_LETTER_QUEUE,
                "The processor '" + processor + "' keeps no dead letters: a failing event stops it instead. Enable"
                        + " axon.eventhandling.processors." + processor + ".dlq.enabled to keep them.");
    }

    private static String sequenceIdOf(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof JdbcDeadLetter<?> stored) {
            return stored.getSequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : letter.message().getIdentifier();
    }

    private static DeadLetterEntry entryOf(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> event ? event : null;
        Map<String, Object> diagnostics = new LinkedHashMap<>(letter.diagnostics());
        return new DeadLetterEntry(
                message.getIdentifier(),
                message.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> cause.message()).orElse(null),
                letter.enqueuedAt(),
                letter.lastTouched(),
                diagnostics);
    }

    private EventProcessingConfiguration processing() {
        return axon.eventProcessingConfiguration();
    }
}
