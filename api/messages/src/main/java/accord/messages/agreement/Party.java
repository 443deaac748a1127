package accord.messages.agreement;

/**
 * A state or organisation involved in an agreement.
 *
 * @param code ISO 3166-1 alpha-2 code for a state (KR); an upper-case code for an organisation (BLACKROCK)
 * @param kind state or organisation
 * @param name its name, for example "Republic of Korea"
 * @param role the part it plays; null means {@link PartyRole#PARTY}
 */
public record Party(String code, PartyKind kind, String name, PartyRole role) {

    /** @return the role, {@link PartyRole#PARTY} when none was given */
    public PartyRole roleOrDefault() {
        return role == null ? PartyRole.PARTY : role;
    }
}
