package accord.messages.ledger;

import java.util.Base64;

/**
 * Standard padded base64 that accepts only the one spelling of each byte string. Java's decoder
 * forgives missing padding, so a decoded value is re-encoded and compared.
 */
final class Base64Strict {

    private Base64Strict() {
    }

    static byte[] decode(String text, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not base64", e);
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException(what + " is not standard padded base64");
        }
        return bytes;
    }

    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
