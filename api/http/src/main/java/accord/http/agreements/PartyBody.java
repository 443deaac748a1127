package accord.http.agreements;

import accord.http.agreements.validation.PartyIdentity;
import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.StateCodeFitsKind;
import accord.messages.agreement.Party;
import accord.messages.agreement.PartyKind;
import accord.messages.agreement.PartyRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A party as a clerk sends it.
 *
 * @param code ISO 3166-1 alpha-2 code for a state (KR); an upper-case code for an organisation (BLACKROCK)
 * @param kind STATE or ORGANISATION
 * @param name its name, for example "Republic of Korea"
 * @param role PARTY (the default when absent), DESTINATION_MARKET or OBSERVER
 */
@StateCodeFitsKind
public record PartyBody(
        @NotBlank @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
        @NotNull PartyKind kind,
        @NotBlank @Size(max = 200) @PlainText String name,
        PartyRole role) implements PartyIdentity {

    /** Upper-case letters, digits and underscores, 2 to 40 characters. */
    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]{1,39}$";

    static final String CODE_MESSAGE =
            "must be a party code: upper-case letters, digits or underscores, 2 to 40 characters, for example KR or BLACKROCK";

    Party toParty() {
        return new Party(code, kind, name, role);
    }
}
