/**
 * The ledger benchmark: a notarised ledger of generated events written straight into the
 * database, then the packaged service's tree build and checkpoint, its inclusion and consistency
 * proofs (against {@code GET /ledger/key} on the same connection) and its full self-audit
 * (against a raw JDBC read of the same rows), each served proof verified against the signed root.
 */
package accord.benchmark.ledger;
