/**
 * The read side of the tamper-evident ledger (docs/ledger.md): leaves recomputed from the stored
 * events, checkpoints, inclusion and consistency proofs, audit bundles, and the self-audit that
 * recomputes everything and compares it with what was signed.
 */
package accord.query.ledger;
