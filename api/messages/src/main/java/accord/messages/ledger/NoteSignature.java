package accord.messages.ledger;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One signature line of a signed note: {@code — <name> <base64(keyId || signature)>}.
 *
 * @param name the signing key's name
 * @param keyId the signing key's 4-byte id
 * @param signature the signature bytes (64 for Ed25519)
 */
public record NoteSignature(String name, byte[] keyId, byte[] signature) {

    /** Checks the name is a valid key name and the key id is 4 bytes, and copies the bytes. */
    public NoteSignature {
        NoteKey.requireName(name);
        if (keyId == null || keyId.length != 4) {
            throw new IllegalArgumentException("a key id is 4 bytes");
        }
        if (signature == null || signature.length == 0) {
            throw new IllegalArgumentException("a signature is not empty");
        }
        keyId = keyId.clone();
        signature = signature.clone();
    }

    /** @return a copy of the key id */
    @Override
    public byte[] keyId() {
        return keyId.clone();
    }

    /** @return a copy of the signature bytes */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** @return the line as it is written in a note, with its final newline */
    public String line() {
        byte[] both = Arrays.copyOf(keyId, keyId.length + signature.length);
        System.arraycopy(signature, 0, both, keyId.length, signature.length);
        return SignedNote.SIGNATURE_PREFIX + name + " " + Base64Strict.encode(both) + "\n";
    }

    /** @return true for a signature with the same name, key id and bytes */
    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature that && name.equals(that.name) && Arrays.equals(keyId, that.keyId)
                && Arrays.equals(signature, that.signature);
    }

    /** @return a hash code over the name, key id and bytes */
    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(keyId)) + Arrays.hashCode(signature);
    }

    /** @return the name and key id, for logs */
    @Override
    public String toString() {
        return "NoteSignature[name=" + name + ", keyId=" + HexFormat.of().formatHex(keyId) + "]";
    }
}
