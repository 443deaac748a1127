package accord.http.agreements;

import accord.http.agreements.validation.Slug;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

/** Agreement ids: URL-safe slugs, chosen by the clerk or generated from the title. */
public final class AgreementIds {

    private static final String SUFFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int SUFFIX_LENGTH = 6;
    private static final int STEM_LENGTH = Slug.Rule.MAX_LENGTH - SUFFIX_LENGTH - 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AgreementIds() {
    }

    /** @return true when the text is a valid agreement id */
    public static boolean isValid(String text) {
        return Slug.Rule.isValid(text);
    }

    /**
     * @param title the agreement's title
     * @return a slug made of the title's letters and digits and a short random suffix, so that two
     *     agreements with the same title get different ids
     */
    public static String generateFrom(String title) {
        String stem = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (stem.length() > STEM_LENGTH) {
            stem = stem.substring(0, STEM_LENGTH).replaceAll("-+$", "");
        }
        StringBuilder id = new StringBuilder(stem.isEmpty() ? "agreement" : stem).append('-');
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            id.append(SUFFIX_ALPHABET.charAt(RANDOM.nextInt(SUFFIX_ALPHABET.length())));
        }
        return id.toString();
    }
}
