package accord.http.agreements;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Looks up what the HTTP answers need from the event table and the ledger: stream existence and ledger positions. */
@Component
public class EventStreams {

    private final JdbcTemplate jdbc;

    EventStreams(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when the agreement has at least one event */
    public boolean exists(String agreementId) {
        return !jdbc.queryForList(
                "select 1 from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                Integer.class, agreementId).isEmpty();
    }

    /** @return the ledger position of the agreement's event with this sequence number, or null when there is none */
    public Long position(String agreementId, long version) {
        List<Long> positions = jdbc.queryForList(
                "select l.position from domain_event_entry e join ledger_leaf l on l.event_identifier = e.event_identifier"
                        + " where e.aggregate_identifier = ? and e.sequence_number = ?",
                Long.class, agreementId, version);
        return positions.isEmpty() ? null : positions.get(0);
    }
}
