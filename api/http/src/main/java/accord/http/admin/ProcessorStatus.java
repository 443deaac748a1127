package accord.http.admin;

import java.time.Instant;

/**
 * An event processor as an operator sees it. Positions are global indexes of the event stream.
 *
 * @param name             the processor's name, which is also its processing group's
 * @param mode             {@code pooled}, {@code tracking} or {@code subscribing}
 * @param running          whether it is running on this node
 * @param error            whether one of its segments is in error; {@code errorMessage} says why
 * @param errorMessage     the error of the first failing segment, or null
 * @param segmentsClaimed  segments this node works on
 * @param segmentsTotal    segments the processor has in the token store
 * @param position         the lowest position of its claimed segments, or null when none is claimed
 * @param head             the position of the newest event in the stream, 0 when there is none
 * @param lag              events between its position and the head, or null when the position is unknown
 * @param replaying        whether it is replaying after a reset
 * @param replay           how far the replay has come, or null when it is not replaying
 * @param deadLetters      its dead letters, or null when its processing group keeps no dead-letter queue
 * @param waitingSince     since when it has been seen lagging at this same position, or null when it is
 *                         caught up or has moved since the last look
 * @param stalled          whether it has been waiting at one position longer than {@code accord.health.stall-after}
 */
public record ProcessorStatus(
        String name,
        String mode,
        boolean running,
        boolean error,
        String errorMessage,
        int segmentsClaimed,
        int segmentsTotal,
        Long position,
        long head,
        Long lag,
        boolean replaying,
        ReplayProgress replay,
        DeadLetterTally deadLetters,
        Instant waitingSince,
        boolean stalled) {
}
