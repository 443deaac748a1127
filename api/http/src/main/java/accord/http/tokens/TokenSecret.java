package accord.http.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an API token: {@code acc_} and 32 random bytes in unpadded base64url (47 characters).
 * The prefix lets secret scanners recognise a leaked token. Only its SHA-256 is stored: with 256
 * random bits there is nothing for a slow password hash (bcrypt) to protect against, and a fast,
 * unsalted hash lets each request find its token by one indexed look-up.
 */
final class TokenSecret {

    static final String PREFIX = "acc_";
    private static final int RANDOM_BYTES = 32;
    private static final int LENGTH = PREFIX.length() + 43;
    private static final int SHOWN = PREFIX.length() + 4;

    private TokenSecret() {
    }

    /** @return a new token */
    static String generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @return whether the text has the form of a token; anything else cannot be one and is not looked up */
    static boolean wellFormed(String token) {
        if (token.length() != LENGTH || !token.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            char c = token.charAt(i);
            boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }

    /** @return the token's SHA-256, in lower-case hex: what is stored and looked up */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every JDK has SHA-256", missing);
        }
    }

    /** @return the characters of the token that are stored and listed: {@code acc_} and four more */
    static String shownPart(String token) {
        return token.substring(0, SHOWN);
    }
}
