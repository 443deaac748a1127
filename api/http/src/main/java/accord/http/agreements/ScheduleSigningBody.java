package accord.http.agreements;

import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.ScheduleSigning;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /agreements/{id}/schedule-signing}: records when, where and by whom a signing is planned.
 *
 * @param scheduledFor the planned signing date
 * @param place where, or null
 * @param signatories who is to sign; may be empty
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record ScheduleSigningBody(
        @NotNull @WorldDate OccurredOn scheduledFor,
        @Size(max = 200) @PlainText String place,
        @Size(max = 50) List<@NotNull @Valid SignatoryBody> signatories,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new ScheduleSigning(agreementId, scheduledFor, place, Conversions.signatories(signatories), occurredOn,
                Conversions.sources(sources));
    }
}
