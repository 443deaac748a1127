package accord.query.agreement;

import accord.messages.events.AgreementEvent;
import accord.messages.events.RecordCorrected;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads a replacement with the application's object mapper, the way stored events are read. The
 * replacement is the corrected event's whole payload; its agreement id is always the correcting
 * agreement's, so a correction can never move a fact to another agreement.
 */
@Component
public class JsonReplacements implements Replacements {

    private final ObjectMapper json;

    /** @param json the application's object mapper */
    public JsonReplacements(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public AgreementEvent replacementOf(RecordCorrected correction, AgreementEvent corrected) {
        Map<String, Object> payload = new LinkedHashMap<>(correction.replacement());
        payload.put("agreementId", correction.agreementId());
        return json.convertValue(payload, corrected.getClass());
    }
}
