package accord.command.agreement;

import accord.messages.agreement.LinkRelation;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import java.util.HashSet;
import java.util.Set;

/**
 * The links from an agreement to others, as "related agreement id/relation" keys.
 *
 * @param keys one key per recorded link
 */
record Links(Set<String> keys) {

    static final Links NONE = new Links(Set.of());

    void requireNew(String agreementId, String relatedAgreementId, LinkRelation relation) {
        if (agreementId.equals(relatedAgreementId)) {
            throw new AgreementRefused(ErrorCode.CANNOT_LINK_TO_ITSELF, "Agreement '" + agreementId
                    + "' cannot be linked to itself; name the other agreement's id in relatedAgreementId.");
        }
        if (keys.contains(key(relatedAgreementId, relation))) {
            throw new AgreementRefused(ErrorCode.ALREADY_LINKED, "Agreement '" + agreementId + "' is already"
                    + " linked to '" + relatedAgreementId + "' as " + relation + ". Nothing to record; choose"
                    + " another relation if they relate in another way as well.");
        }
    }

    Links with(String relatedAgreementId, LinkRelation relation) {
        Set<String> all = new HashSet<>(keys);
        all.add(key(relatedAgreementId, relation));
        return new Links(Set.copyOf(all));
    }

    private static String key(String relatedAgreementId, LinkRelation relation) {
        return relatedAgreementId + "/" + relation;
    }
}
