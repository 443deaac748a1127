package accord.command.agreement;

import accord.messages.agreement.Party;
import accord.messages.agreement.PartyRole;
import accord.messages.agreement.Signatory;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parties known for an agreement, and the rules about who may sign or be named.
 *
 * @param all every party in the order it became known
 */
record Parties(List<Party> all) {

    static final Parties NONE = new Parties(List.of());

    Parties with(List<Party> added) {
        List<Party> parties = new ArrayList<>(all);
        parties.addAll(added);
        return new Parties(List.copyOf(parties));
    }

    /** @return the candidates whose code is not known yet */
    List<Party> unknownAmong(List<Party> candidates) {
        return candidates.stream().filter(party -> find(party.code()) == null).toList();
    }

    /** Refuses a list of parties in which a code is missing or appears twice. */
    static void requireDistinct(List<Party> parties, String agreementId) {
        Set<String> seen = new HashSet<>();
        for (Party party : parties) {
            if (party == null || party.code() == null || party.code().isBlank()) {
                throw new AgreementRefused(ErrorCode.VALUE_REQUIRED, "Every party of agreement '"
                        + agreementId + "' needs a code (ISO 3166-1 alpha-2 for a state, an upper-case code"
                        + " for an organisation); add the missing code.");
            }
            if (!seen.add(key(party.code()))) {
                throw new AgreementRefused(ErrorCode.DUPLICATE_PARTY, "Party code '" + party.code()
                        + "' appears twice for agreement '" + agreementId + "'; list each party once.");
            }
        }
    }

    /** Signatories must each represent a known party whose role is PARTY. */
    void requireRepresentedBy(List<Signatory> signatories, String agreementId) {
        for (Signatory signatory : signatories) {
            Party party = signatory == null ? null : find(signatory.party());
            if (party == null || party.roleOrDefault() != PartyRole.PARTY) {
                String name = signatory == null ? "a signatory" : "'" + signatory.name() + "'";
                String code = signatory == null ? null : signatory.party();
                throw new AgreementRefused(ErrorCode.SIGNATORY_NOT_A_PARTY, "Signatory " + name
                        + " represents '" + code + "', which is not a signing party of agreement '"
                        + agreementId + "' (its parties are " + partyCodes() + "). Name the party the"
                        + " signatory acts for, or record that party first.");
            }
        }
    }

    /** Every code named must be a party listed in the agreement, whatever its role. */
    void requireListed(Collection<String> codes, String agreementId) {
        for (String code : codes) {
            if (find(code) == null) {
                throw new AgreementRefused(ErrorCode.PARTY_NOT_IN_AGREEMENT, "'" + code
                        + "' is not a party of agreement '" + agreementId + "' (its parties are "
                        + partyCodes() + "). Use one of those codes, or record the party first.");
            }
        }
    }

    private Party find(String code) {
        if (code == null) {
            return null;
        }
        return all.stream().filter(party -> key(party.code()).equals(key(code))).findFirst().orElse(null);
    }

    private String partyCodes() {
        return all.stream().map(Party::code).collect(Collectors.joining(", "));
    }

    private static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
