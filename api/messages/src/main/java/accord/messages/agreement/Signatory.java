package accord.messages.agreement;

/**
 * A person who signs (or is to sign) for a party.
 *
 * @param name the person's name, for example "Lee Jae Myung"
 * @param title the title held at the time, for example "President"
 * @param party the code of the party the person represents; must be a party of the agreement
 */
public record Signatory(String name, String title, String party) {
}
