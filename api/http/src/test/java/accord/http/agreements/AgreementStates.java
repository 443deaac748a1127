package accord.http.agreements;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Party;
import accord.messages.agreement.PartyKind;
import accord.messages.agreement.Signatory;
import accord.messages.queries.AgreementState;
import java.time.Instant;
import java.util.List;

/** Read-side answers for the slice tests, shaped like the Korea–BlackRock MoU. */
final class AgreementStates {

    private AgreementStates() {
    }

    static AgreementState koreaBlackRockMoUAt(long version) {
        return new AgreementState("kr-blackrock-ai-datacentre-mou", AgreementKind.MOU, "Hyperscale AI data centre",
                AgreementStatus.SIGNED,
                List.of(new Party("KR", PartyKind.STATE, "Republic of Korea", null),
                        new Party("BLACKROCK", PartyKind.ORGANISATION, "BlackRock", null)),
                List.of(new Signatory("Lee Jae Myung", "President", "KR"),
                        new Signatory("Larry Fink", "Chief Executive Officer", "BLACKROCK")),
                "New York", null, null, OccurredOn.day(2025, 9, 22), List.of(), 10, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), version,
                Instant.parse("2025-09-23T08:00:00Z"));
    }
}
