package accord.messages.feed;

/**
 * The CloudEvents extension attributes every Accord event carries (docs/feeds.md). Names follow
 * the CloudEvents rules: lower-case letters and digits, at most 20 characters.
 */
public final class CloudEventExtensions {

    /**
     * The event's ledger position, decimal digits as a String: gap-free from 0, in commit order.
     * A String, because CloudEvents integers stop at 2^31 - 1. Also each SSE event's {@code id}.
     */
    public static final String POSITION = "position";
    /** The agreement's version after this event (its sequence number, from 0), an Integer. */
    public static final String AGREEMENT_VERSION = "agreementversion";
    /** When the fact happened in the world, written at its precision: {@code 2025-09-22}, {@code 2025-09} or {@code 2025}. */
    public static final String OCCURRED_ON = "occurredon";
    /** When it was recorded (also the CloudEvents {@code time}), a Timestamp. */
    public static final String RECORDED_AT = "recordedat";
    /** The principal who recorded it. */
    public static final String RECORDED_BY = "recordedby";
    /** The id shared by everything one request caused. */
    public static final String CORRELATION_ID = "correlationid";
    /** The id of the command message that caused it. */
    public static final String CAUSATION_ID = "causationid";
    /** The CloudEvents Partitioning extension: the agreement id, also the Kafka record key. */
    public static final String PARTITION_KEY = "partitionkey";

    /** The media type of a JSON array of structured CloudEvents. */
    public static final String BATCH_MEDIA_TYPE = "application/cloudevents-batch+json";
    /** The media type of one structured CloudEvent. */
    public static final String EVENT_MEDIA_TYPE = "application/cloudevents+json";

    private CloudEventExtensions() {
    }
}
