package accord.http.agreements;

import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.Slug;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.LinkRelation;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.LinkAgreements;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /agreements/{id}/link-agreements}: records how this agreement relates to another.
 *
 * @param relatedAgreementId the other agreement's id
 * @param relation how this agreement relates to the other
 * @param note why, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record LinkAgreementsBody(
        @NotBlank @Slug String relatedAgreementId,
        @NotNull LinkRelation relation,
        @Size(max = 2000) @PlainText(lineBreaks = true) String note,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new LinkAgreements(agreementId, relatedAgreementId, relation, note, occurredOn, Conversions.sources(sources));
    }
}
