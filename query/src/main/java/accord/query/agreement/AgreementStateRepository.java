package accord.query.agreement;

import accord.messages.queries.AgreementState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the current state of each agreement in the {@code agreement_state} table, one row per
 * agreement, the state itself as JSON.
 */
@Repository
public class AgreementStateRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    /**
     * @param jdbc the read side's database
     * @param json the application's object mapper, which writes and reads the state
     */
    public AgreementStateRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return the stored state of the agreement, or empty when none is stored */
    public Optional<AgreementState> find(String agreementId) {
        return jdbc.sql("select state from agreement_state where agreement_id = ?")
                .param(agreementId)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    /**
     * Stores the state unless a state of the same or a later version is already stored, so a
     * redelivered event can never take the state back.
     *
     * @return true when the state was written
     */
    public boolean save(AgreementState state) {
        String text = write(state);
        OffsetDateTime recordedAt = state.lastRecordedAt() == null
                ? null
                : state.lastRecordedAt().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("""
                        update agreement_state set version = ?, state = ?, last_recorded_at = ?
                        where agreement_id = ? and version < ?""")
                .params(state.version(), text, recordedAt, state.agreementId(), state.version())
                .update();
        if (updated > 0) {
            return true;
        }
        return jdbc.sql("""
                        insert into agreement_state (agreement_id, version, state, last_recorded_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(state.agreementId(), state.version(), text, recordedAt)
                .update() > 0;
    }

    /** Forgets every stored state, before the projection is replayed from the first event. */
    public void clear() {
        jdbc.sql("delete from agreement_state").update();
    }

    private String write(AgreementState state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The state of agreement " + state.agreementId() + " cannot be written", e);
        }
    }

    private AgreementState read(String text) {
        try {
            return json.readValue(text, AgreementState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored agreement state cannot be read", e);
        }
    }
}
