package accord.http.agreements;

import accord.http.agreements.validation.HttpUrl;
import accord.http.agreements.validation.LanguageCode;
import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.PublicationDate;
import accord.messages.agreement.Source;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A source as a clerk sends it.
 *
 * @param publisher who published it, for example "Bloomberg"
 * @param title the title of the report
 * @param url where it can be read; http or https
 * @param publishedOn when it was published: 2025-09-23, 2025-09 or 2025
 * @param language the report's language as an ISO 639-1 code, for example "de"
 */
public record SourceBody(
        @NotBlank @Size(max = 200) @PlainText String publisher,
        @NotBlank @Size(max = 500) @PlainText String title,
        @NotBlank @Size(max = 2000) @HttpUrl String url,
        @NotBlank @PublicationDate String publishedOn,
        @NotBlank @LanguageCode String language) {

    Source toSource() {
        return new Source(publisher, title, url, publishedOn, language);
    }
}
