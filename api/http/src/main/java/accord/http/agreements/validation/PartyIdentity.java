package accord.http.agreements.validation;

import accord.messages.agreement.PartyKind;

/** What {@link StateCodeFitsKind} needs to know about a party. */
public interface PartyIdentity {

    /** @return the party's code as sent */
    String code();

    /** @return the party's kind as sent */
    PartyKind kind();
}
