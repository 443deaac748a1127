package accord.http.catalogue;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Strong entity tags of documents served byte for byte: the same bytes, the same tag, on every node. */
final class EntityTags {

    private EntityTags() {
    }

    /** @return a quoted strong entity tag: 128 bits of the bytes' SHA-256, base64url */
    static String of(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
