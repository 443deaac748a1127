package accord.http.agreements;

import accord.messages.agreement.Party;
import accord.messages.agreement.Signatory;
import accord.messages.agreement.Source;
import java.util.List;

/** Turns validated bodies into contract values; absent optional lists become empty ones. */
final class Conversions {

    private Conversions() {
    }

    static List<Source> sources(List<SourceBody> sources) {
        return sources.stream().map(SourceBody::toSource).toList();
    }

    static List<Party> parties(List<PartyBody> parties) {
        return parties == null ? List.of() : parties.stream().map(PartyBody::toParty).toList();
    }

    static List<Signatory> signatories(List<SignatoryBody> signatories) {
        return signatories == null ? List.of() : signatories.stream().map(SignatoryBody::toSignatory).toList();
    }

    static List<String> texts(List<String> texts) {
        return texts == null ? List.of() : List.copyOf(texts);
    }
}
