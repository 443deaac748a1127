/**
 * The tamper-evident ledger as a third party checks it (docs/ledger.md): canonical leaves
 * (RFC 8785), the RFC 9162 Merkle tree with its inclusion and consistency proofs, and checkpoints
 * signed as C2SP signed notes. Plain Java only, so a verifier needs nothing but this module.
 */
package accord.messages.ledger;
