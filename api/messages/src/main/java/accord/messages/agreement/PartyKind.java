package accord.messages.agreement;

/** Whether a party is a state or an organisation. */
public enum PartyKind {
    /** A state, identified by its ISO 3166-1 alpha-2 code (KR, US, CN, ...). */
    STATE,
    /** A company or other organisation (BlackRock, Nvidia, ...), identified by an upper-case code. */
    ORGANISATION
}
