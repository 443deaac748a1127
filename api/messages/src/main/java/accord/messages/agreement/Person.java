package accord.messages.agreement;

/**
 * A person named in the record, for example the speaker of a statement.
 *
 * @param name the person's name
 * @param title the title held at the time, or null
 */
public record Person(String name, String title) {
}
