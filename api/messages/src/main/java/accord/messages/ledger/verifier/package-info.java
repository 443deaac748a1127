/**
 * The standalone verifier of audit bundles (docs/ledger.md §6 and §7): it checks a bundle against
 * a pinned verifier key and writes a report for people, from the command line
 * ({@link accord.messages.ledger.verifier.VerifyAuditBundle}) or from code
 * ({@link accord.messages.ledger.verifier.BundleVerifier}). It trusts nothing in the bundle but
 * what the checkpoint's signature covers, and needs nothing but Java and this module.
 */
package accord.messages.ledger.verifier;
