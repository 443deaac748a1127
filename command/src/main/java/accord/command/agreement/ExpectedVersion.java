package accord.command.agreement;

import accord.messages.recording.CommandMetadata;
import accord.messages.refusals.VersionMismatch;

/**
 * The condition a command may be sent on ({@link CommandMetadata#EXPECTED_VERSION}): the agreement
 * is at exactly this version, or, with {@link CommandMetadata#ANY_VERSION}, merely exists.
 */
final class ExpectedVersion {

    private ExpectedVersion() {
    }

    /**
     * @param expected the version the sender expects, as decimal text or {@code *}; null when it sets no condition
     * @param current  the agreement's version, or null when it does not exist yet
     * @throws VersionMismatch when the condition does not hold
     */
    static void check(String expected, Long current) {
        if (expected == null) {
            return;
        }
        if (current == null) {
            throw new VersionMismatch(null, "The agreement does not exist, but the command was sent on condition that it"
                    + " does (If-Match). Nothing was recorded; check the id, or send the command without If-Match.");
        }
        if (CommandMetadata.ANY_VERSION.equals(expected) || expected.equals(Long.toString(current))) {
            return;
        }
        throw new VersionMismatch(current, "The agreement is at version " + current + ", not " + expected
                + " as the command expected (If-Match): something was recorded since it was read. Nothing was recorded;"
                + " read the agreement again, then decide whether to send the command with If-Match: \"" + current + "\".");
    }
}
