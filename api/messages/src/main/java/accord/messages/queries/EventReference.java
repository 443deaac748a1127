package accord.messages.queries;

/**
 * Names one event of an agreement.
 *
 * @param version its version in the agreement's stream
 * @param position its global position in the ledger's event stream
 * @param type its simple type name
 */
public record EventReference(
        long version,
        long position,
        String type) {
}
