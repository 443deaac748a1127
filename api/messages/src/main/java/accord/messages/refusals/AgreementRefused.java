package accord.messages.refusals;

/**
 * Thrown when a command is refused. Nothing is recorded. The message is a sentence a clerk can
 * act on; the code is stable.
 */
public class AgreementRefused extends RuntimeException {

    private final ErrorCode code;

    /**
     * @param code the stable code
     * @param sentence what is wrong and what to do about it, for a person
     */
    public AgreementRefused(ErrorCode code, String sentence) {
        super(sentence, null, false, false);
        this.code = code;
    }

    /** @return the stable code of the refusal */
    public ErrorCode code() {
        return code;
    }
}
