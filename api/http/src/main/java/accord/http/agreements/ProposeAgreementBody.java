package accord.http.agreements;

import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.Slug;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.ProposeAgreement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /agreements}: proposes an agreement.
 *
 * @param id the agreement id to use, a URL-safe slug; when absent one is generated from the title
 * @param kind what kind of instrument it is
 * @param title the agreement's title
 * @param parties the parties, at least one
 * @param objectives what it sets out to do; may be absent
 * @param termYears the term in years, or null when not known
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record ProposeAgreementBody(
        @Slug @Size(max = 100) String id,
        @NotNull AgreementKind kind,
        @NotBlank @Size(max = 300) @PlainText String title,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid PartyBody> parties,
        @Size(max = 20) List<@NotBlank @Size(max = 1000) @PlainText(lineBreaks = true) String> objectives,
        @Min(1) @Max(200) Integer termYears,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new ProposeAgreement(agreementId, kind, title, Conversions.parties(parties), Conversions.texts(objectives),
                termYears, occurredOn, Conversions.sources(sources));
    }
}
