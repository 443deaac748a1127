package accord.http.idempotency;

import accord.messages.ledger.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests the same for a key: SHA-256 of the method, the path and the body, the body in
 * RFC 8785 canonical form when it is JSON (so a retry that orders or spaces its members otherwise is
 * the same request) and as sent otherwise. The principal is not hashed: keys are stored per principal.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /** @return the fingerprint as 64 lower-case hex digits */
    static String of(String method, String path, byte[] body) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        sha256.update((method + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
        sha256.update(canonical(body));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static byte[] canonical(byte[] body) {
        try {
            return CanonicalJson.canonicalize(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException notJson) {
            return body;
        }
    }
}
