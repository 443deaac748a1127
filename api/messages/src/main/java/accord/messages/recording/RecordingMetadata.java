package accord.messages.recording;

/**
 * The metadata keys stored with every event. Values are strings.
 */
public final class RecordingMetadata {

    /** The authenticated principal who recorded the event. */
    public static final String RECORDED_BY = "recordedBy";
    /** The id shared by everything one request caused (the request's X-Correlation-Id, or a generated one). */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the command message that caused the event. */
    public static final String CAUSATION_ID = "causationId";

    private RecordingMetadata() {
    }
}
