package accord.query.search;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The cursor of a page of agreements: the id of the last agreement on the page before, in
 * unpadded base64url. Clients treat it as opaque; the sort order by id makes it stable while
 * agreements are added.
 */
public final class SearchCursor {

    private static final int LONGEST_ID = 200;

    private SearchCursor() {
    }

    /** @return the cursor that asks for the agreements after this id */
    public static String after(String agreementId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(agreementId.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the id the cursor names, or empty when the text is not a cursor this service wrote */
    public static Optional<String> decode(String cursor) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > LONGEST_ID * 2) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            String id = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            boolean plausible = !id.isBlank() && id.length() <= LONGEST_ID && id.chars().noneMatch(Character::isISOControl);
            return plausible && after(id).equals(cursor) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
