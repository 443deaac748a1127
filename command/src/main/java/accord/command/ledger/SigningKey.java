package accord.command.ledger;

import accord.messages.ledger.NoteKey;
import accord.messages.ledger.SignedNote;
import java.security.PrivateKey;

/**
 * The Ed25519 key that signs checkpoints, with its public half as a signed-note key.
 *
 * @param noteKey    the public key under the note key name (the ledger's origin)
 * @param privateKey the private key
 */
public record SigningKey(NoteKey noteKey, PrivateKey privateKey) {

    /**
     * @param text the note text, ending in a newline
     * @return the signed note
     */
    public String sign(String text) {
        return SignedNote.sign(text, noteKey.name(), privateKey);
    }

    @Override
    public String toString() {
        return "SigningKey[" + noteKey.verifierKey() + "]";
    }
}
