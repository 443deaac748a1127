package accord.http.agreements;

import accord.http.agreements.validation.PlainText;
import accord.messages.agreement.Person;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person as a clerk sends it.
 *
 * @param name the person's name
 * @param title the title held at the time, or null
 */
public record PersonBody(
        @NotBlank @Size(max = 200) @PlainText String name,
        @Size(max = 200) @PlainText String title) {

    Person toPerson() {
        return new Person(name, title);
    }
}
