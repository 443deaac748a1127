package accord.http.agreements;

import accord.http.agreements.validation.PlainText;
import accord.messages.agreement.Signatory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A signatory as a clerk sends it.
 *
 * @param name the person's name, for example "Lee Jae Myung"
 * @param title the title held at the time, for example "President"
 * @param party the code of the party the person represents
 */
public record SignatoryBody(
        @NotBlank @Size(max = 200) @PlainText String name,
        @NotBlank @Size(max = 200) @PlainText String title,
        @NotBlank @Pattern(regexp = PartyBody.CODE_PATTERN, message = PartyBody.CODE_MESSAGE) String party) {

    Signatory toSignatory() {
        return new Signatory(name, title, party);
    }
}
