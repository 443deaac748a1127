/**
 * The write side of the tamper-evident ledger (docs/ledger.md): every appended event gets its
 * gap-free ledger position and its leaf in the appending transaction ({@link accord.command.ledger.Notary}),
 * and a signer extends the Merkle tree and signs checkpoints ({@link accord.command.ledger.CheckpointSigner}).
 */
package accord.command.ledger;
