package accord.messages.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A named Ed25519 public key that verifies signed notes (C2SP signed-note), written as a verifier
 * key {@code <name>+<key id hex>+<base64(0x01 || public key)>}, the form Go's
 * {@code golang.org/x/mod/sumdb/note} reads.
 *
 * @param name the key name; for checkpoints, the log's origin
 * @param publicKey the raw 32-byte Ed25519 public key
 */
public record NoteKey(String name, byte[] publicKey) {

    /** The signed-note algorithm byte for Ed25519. */
    static final byte ED25519 = 0x01;

    /** Checks the name is a valid key name and the key is 32 bytes, and copies the key. */
    public NoteKey {
        requireName(name);
        if (publicKey == null || publicKey.length != Ed25519Keys.KEY_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 bytes");
        }
        publicKey = publicKey.clone();
    }

    /**
     * @param name the key name
     * @param key an Ed25519 public key
     * @return the named key
     */
    public static NoteKey of(String name, PublicKey key) {
        return new NoteKey(name, Ed25519Keys.raw(key));
    }

    /**
     * @param verifierKey {@code <name>+<key id hex>+<base64(0x01 || public key)>}
     * @return the key
     * @throws IllegalArgumentException when the text is not a verifier key of an Ed25519 key, or
     *     its key id does not match its name and key
     */
    public static NoteKey parse(String verifierKey) {
        // Names never contain '+', but base64 does: split at the first two only, as Go's note package does.
        String[] parts = verifierKey == null ? new String[0] : verifierKey.split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a verifier key is <name>+<key id>+<key>");
        }
        if (!parts[1].matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("a key id is 8 lowercase hex digits");
        }
        byte[] typed = Base64Strict.decode(parts[2], "the verifier key");
        if (typed.length != 1 + Ed25519Keys.KEY_LENGTH || typed[0] != ED25519) {
            throw new IllegalArgumentException("the verifier key is not an Ed25519 key");
        }
        NoteKey key = new NoteKey(parts[0], Arrays.copyOfRange(typed, 1, typed.length));
        if (!key.keyIdHex().equals(parts[1])) {
            throw new IllegalArgumentException("the key id " + parts[1] + " does not belong to this name and key");
        }
        return key;
    }

    /** @return a copy of the raw public key */
    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** @return the key id: the first 4 bytes of {@code SHA-256(name || 0x0A || 0x01 || publicKey)} */
    public byte[] keyId() {
        MessageDigest digest = MerkleHashes.sha256();
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(ED25519);
        return Arrays.copyOf(digest.digest(publicKey), 4);
    }

    /** @return the key id as 8 lowercase hex digits */
    public String keyIdHex() {
        return HexFormat.of().formatHex(keyId());
    }

    /** @return {@code <name>+<key id hex>+<base64(0x01 || public key)>} */
    public String verifierKey() {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = ED25519;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return name + "+" + keyIdHex() + "+" + Base64Strict.encode(typed);
    }

    /** @return the key as a JDK public key, for {@link java.security.Signature} */
    public PublicKey toPublicKey() {
        return Ed25519Keys.publicKey(publicKey);
    }

    /** @return true for a key with the same name and key bytes */
    @Override
    public boolean equals(Object other) {
        return other instanceof NoteKey that && name.equals(that.name) && Arrays.equals(publicKey, that.publicKey);
    }

    /** @return a hash code over the name and key bytes */
    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(publicKey);
    }

    /** @return the verifier key */
    @Override
    public String toString() {
        return verifierKey();
    }

    /** A key name is non-empty, well-formed, and has neither Unicode spaces nor '+' (C2SP signed-note). */
    static void requireName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a key name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException("a key name has no spaces, '+' or control characters");
            }
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("a key name is well-formed Unicode");
            }
        }
    }
}
