package accord.messages.agreement;

/** The part a party plays in an agreement. */
public enum PartyRole {
    /** A party to the agreement: it commits and may sign. The default. */
    PARTY,
    /** The market or country an arrangement is about, without being a party to it (for example China for US export arrangements). */
    DESTINATION_MARKET,
    /** Present or involved without committing. */
    OBSERVER
}
