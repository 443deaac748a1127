package accord.messages.recording;

/**
 * Metadata keys a command may carry that are conditions of its handling, not records: they are
 * not copied onto the events it records. Values are strings.
 */
public final class CommandMetadata {

    /**
     * The version the sender expects the agreement to be at when the command is handled: its last
     * event's sequence number as decimal text, or {@link #ANY_VERSION}. The check is made on the
     * agreement as loaded for the command, so it is atomic with the append: when the agreement is
     * at another version (or missing) the command is refused with
     * {@link accord.messages.refusals.VersionMismatch} and nothing is recorded.
     */
    public static final String EXPECTED_VERSION = "expectedVersion";

    /** The {@link #EXPECTED_VERSION} that asks only that the agreement exists. */
    public static final String ANY_VERSION = "*";

    private CommandMetadata() {
    }
}
