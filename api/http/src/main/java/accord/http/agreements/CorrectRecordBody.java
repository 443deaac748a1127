package accord.http.agreements;

import accord.http.agreements.validation.ExactNumberValidator;
import accord.http.agreements.validation.JsonValues;
import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.CorrectRecord;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /agreements/{id}/correct-record}: corrects an earlier event with a new one.
 *
 * @param correctsVersion the version (sequence number) of the event being corrected
 * @param reason why the earlier record was wrong
 * @param replacement the corrected payload of the earlier event in that event's JSON form, or null to withdraw it
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record CorrectRecordBody(
        @NotNull @PositiveOrZero @Max(ExactNumberValidator.LARGEST_EXACT) Long correctsVersion,
        @NotBlank @Size(max = 2000) @PlainText(lineBreaks = true) String reason,
        @Size(max = 100) @JsonValues Map<String, Object> replacement,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new CorrectRecord(agreementId, correctsVersion, reason, replacement, occurredOn, Conversions.sources(sources));
    }
}
