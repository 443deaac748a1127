package accord.messages.refusals;

/**
 * Thrown when a command sent with an expected version (see
 * {@link accord.messages.recording.CommandMetadata#EXPECTED_VERSION}) finds the agreement at
 * another version, or missing. Nothing is recorded. Its code is {@link ErrorCode#VERSION_MISMATCH}.
 */
public class VersionMismatch extends AgreementRefused {

    private final Long currentVersion;

    /**
     * @param currentVersion the agreement's version when the command was handled, or null when it does not exist
     * @param sentence what is wrong and what to do about it, for a person
     */
    public VersionMismatch(Long currentVersion, String sentence) {
        super(ErrorCode.VERSION_MISMATCH, sentence);
        this.currentVersion = currentVersion;
    }

    /** @return the agreement's version when the command was handled, or null when the agreement does not exist */
    public Long currentVersion() {
        return currentVersion;
    }
}
