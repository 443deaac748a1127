package accord.messages.ledger;

/**
 * Thrown when text is not JSON as RFC 8259 defines it; the message names the offset of the first
 * fault. It is an {@link IllegalArgumentException}, so callers that refuse bad input catch both.
 */
public final class JsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final long offset;

    /**
     * @param message what is wrong, in words
     * @param offset where, as a character offset into the text (a byte offset for undecodable UTF-8)
     */
    public JsonException(String message, long offset) {
        super(message + " at offset " + offset);
        this.offset = offset;
    }

    /** @return the offset of the first fault */
    public long offset() {
        return offset;
    }
}
