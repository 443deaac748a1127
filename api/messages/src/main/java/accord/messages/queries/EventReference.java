package accord.messages.queries;

/**
 * Names one event of an agreement.
 *
 * @param version its version in the agreement's stream
 * @param position its ledger position (gap-free, in commit order)
 * @param type its simple type name
 */
public record EventReference(
        long version,
        long position,
        String type) {
}
