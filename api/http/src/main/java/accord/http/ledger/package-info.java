/**
 * The ledger over HTTP (docs/ledger.md): checkpoints, the verifier key, leaves, proofs and audit
 * bundles for everyone who may read; the self-audit for ADMIN; and the wiring of the notary,
 * the checkpoint signer and the self-audit schedule.
 */
package accord.http.ledger;
