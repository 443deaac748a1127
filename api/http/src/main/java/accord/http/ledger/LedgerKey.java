package accord.http.ledger;

/**
 * The key checkpoints are signed with (docs/ledger.md §4).
 *
 * @param origin      the checkpoint origin
 * @param keyName     the signed-note key name (the origin)
 * @param keyId       the signed-note key id, 8 hex digits
 * @param algorithm   always Ed25519
 * @param publicKey   the raw 32-byte public key
 * @param verifierKey the verifier key, {@code name+keyid+base64(0x01 || key)}, as Go's sumdb/note reads it
 */
public record LedgerKey(String origin, String keyName, String keyId, String algorithm, byte[] publicKey,
                        String verifierKey) {
}
