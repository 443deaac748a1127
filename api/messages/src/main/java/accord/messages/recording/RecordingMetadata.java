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
    /**
     * The event's ledger position (docs/ledger.md §1), as decimal text: gap-free, in commit order,
     * given when the event is appended. Events recorded before the ledger existed lack it.
     */
    public static final String LEDGER_POSITION = "ledgerPosition";

    private RecordingMetadata() {
    }
}
