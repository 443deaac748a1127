package accord.messages.ledger;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A C2SP signed note: a text, a blank line, then one line per signature,
 * {@code — <key name> <base64(key id || signature)>} (the dash is U+2014). Ed25519 signatures
 * cover the UTF-8 bytes of the text, its final newline included.
 *
 * @param text the signed text, ending in a newline
 * @param signatures the signature lines, in note order
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

    /** How every signature line starts: an em dash (U+2014) and a space. */
    static final String SIGNATURE_PREFIX = "\u2014 ";

    /** Go's note package refuses more; so does this. */
    private static final int MAX_SIGNATURES = 100;

    /** Checks the text is a valid note text and there is at least one signature. */
    public SignedNote {
        requireText(text);
        if (signatures == null || signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
            throw new IllegalArgumentException("a signed note has 1 to " + MAX_SIGNATURES + " signatures");
        }
        signatures = List.copyOf(signatures);
    }

    /**
     * @param text the text to sign, ending in a newline (a checkpoint's {@link Checkpoint#body()})
     * @param keyName the signing key's name
     * @param key the Ed25519 private key
     * @return the whole note: the text, a blank line and the signature line
     */
    public static String sign(String text, String keyName, PrivateKey key) {
        requireText(text);
        NoteKey noteKey = NoteKey.of(keyName, Ed25519Keys.publicKeyOf(key));
        byte[] signature = Ed25519Keys.sign(key, text.getBytes(StandardCharsets.UTF_8));
        return text + "\n" + new NoteSignature(keyName, noteKey.keyId(), signature).line();
    }

    /**
     * Reads a note as Go's {@code note.Open} does: the signatures follow the last blank line,
     * and every one of their lines must be well-formed.
     *
     * @param note the whole note
     * @return its text and signatures, not yet verified
     * @throws IllegalArgumentException when the note is malformed
     */
    public static SignedNote parse(String note) {
        if (note == null) {
            throw new IllegalArgumentException("there is no note");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException("a signed note has a blank line before its signatures");
        }
        String text = note.substring(0, split + 1);
        String lines = note.substring(split + 2);
        if (lines.isEmpty() || !lines.endsWith("\n")) {
            throw new IllegalArgumentException("a signed note ends with signature lines, each ending in a newline");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (String line : lines.substring(0, lines.length() - 1).split("\n", -1)) {
            signatures.add(signatureLine(line));
        }
        return new SignedNote(text, signatures);
    }

    /**
     * @param key a trusted key
     * @return true when the note has exactly one signature with that key's name and key id, and
     *     it is a valid Ed25519 signature of the text by that key
     */
    public boolean verifiedBy(NoteKey key) {
        byte[] keyId = key.keyId();
        List<NoteSignature> matching = signatures.stream()
                .filter(s -> s.name().equals(key.name()) && Arrays.equals(s.keyId(), keyId))
                .toList();
        // Go's note.Open refuses a note that repeats a known key, rather than picking one line.
        if (matching.size() != 1) {
            return false;
        }
        byte[] signature = matching.get(0).signature();
        return signature.length == Ed25519Keys.SIGNATURE_LENGTH
                && Ed25519Keys.verify(key.publicKey(), text.getBytes(StandardCharsets.UTF_8), signature);
    }

    private static NoteSignature signatureLine(String line) {
        if (!line.startsWith(SIGNATURE_PREFIX)) {
            throw new IllegalArgumentException("a signature line starts with '\u2014 '");
        }
        String rest = line.substring(SIGNATURE_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("a signature line is '\u2014 <name> <base64>'");
        }
        byte[] both = Base64Strict.decode(rest.substring(space + 1), "the signature");
        if (both.length < 5) {
            throw new IllegalArgumentException("a signature holds a 4-byte key id and the signature");
        }
        return new NoteSignature(rest.substring(0, space), Arrays.copyOf(both, 4), Arrays.copyOfRange(both, 4, both.length));
    }

    /** A note text is non-empty, ends in a newline, and has no control characters but newlines. */
    private static void requireText(String text) {
        if (text == null || !text.endsWith("\n")) {
            throw new IllegalArgumentException("a note text ends with a newline");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new IllegalArgumentException("a note text has no control characters other than newline");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("a note text has no lone surrogates");
            }
        }
    }
}
