package accord.http.agreements;

import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.SignMoU;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /agreements/{id}/sign-mou}: records the signing of an MoU, creating the agreement when it does not exist yet.
 *
 * @param title the MoU's title; required when the agreement does not exist yet
 * @param parties the parties; required when the agreement does not exist yet
 * @param signatories who signed, at least one
 * @param place where it was signed, or null
 * @param objectives what it sets out to do; may be absent
 * @param termYears the term in years, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record SignMoUBody(
        @Size(min = 1, max = 300) @PlainText String title,
        @Size(max = 50) List<@NotNull @Valid PartyBody> parties,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid SignatoryBody> signatories,
        @Size(max = 200) @PlainText String place,
        @Size(max = 20) List<@NotBlank @Size(max = 1000) @PlainText(lineBreaks = true) String> objectives,
        @Min(1) @Max(200) Integer termYears,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new SignMoU(agreementId, title, Conversions.parties(parties), Conversions.signatories(signatories), occurredOn,
                place, Conversions.texts(objectives), termYears, Conversions.sources(sources));
    }
}
