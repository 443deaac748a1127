package accord.query.history;

import accord.messages.agreement.DatePrecision;
import accord.messages.agreement.OccurredOn;
import accord.messages.events.AgreementEvent;
import accord.messages.events.AgreementsLinked;
import accord.messages.events.RecordCorrected;
import accord.messages.queries.FindAgreementHistory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keeps every event of every agreement in {@code agreement_history}, and the links they record in
 * {@code agreement_link}. Rows are written in JDBC batches and never change: writing the same
 * events again leaves the same rows.
 */
@Repository
public class AgreementHistoryRepository {

    private static final String EVENTS_PACKAGE = AgreementEvent.class.getPackageName() + ".";
    private static final List<String> LINKING_TYPES = List.of(AgreementsLinked.class.getSimpleName(),
            RecordCorrected.class.getSimpleName());
    private static final String COLUMNS = """
            agreement_id, version, position, event_type, revision, occurred_on_date, occurred_on_precision,
            recorded_instant, recorded_by, correlation_id, causation_id, sources, payload, corrects""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    /**
     * @param jdbc the read side's database
     * @param json the application's object mapper, which writes and reads the payloads
     */
    public AgreementHistoryRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes the rows and the links they record, in one batch per table; rows already kept are left as they are. */
    void saveAll(List<HistoryRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into agreement_history (agreement_id, version, position, event_type, revision,
                    occurred_on_date, occurred_on_precision, occurred_earliest, occurred_latest, recorded_at,
                    recorded_instant, recorded_by, correlation_id, causation_id, sources, payload, corrects)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                rows, rows.size(), (ps, row) -> {
                    OccurredOn occurredOn = row.occurredOn();
                    boolean dated = occurredOn != null && occurredOn.problem().isEmpty();
                    ps.setString(1, row.agreementId());
                    ps.setLong(2, row.version());
                    ps.setLong(3, row.position());
                    ps.setString(4, row.type());
                    ps.setString(5, row.revision());
                    ps.setString(6, occurredOn == null ? null : occurredOn.date());
                    ps.setString(7, occurredOn == null || occurredOn.precision() == null
                            ? null : occurredOn.precision().name());
                    ps.setObject(8, dated ? occurredOn.earliest() : null, Types.DATE);
                    ps.setObject(9, dated ? occurredOn.latest() : null, Types.DATE);
                    ps.setObject(10, row.recordedAt().atOffset(ZoneOffset.UTC));
                    ps.setString(11, row.recordedAt().toString());
                    ps.setString(12, row.recordedBy());
                    ps.setString(13, row.correlationId());
                    ps.setString(14, row.causationId());
                    ps.setString(15, row.sources());
                    ps.setString(16, row.payload());
                    ps.setObject(17, row.corrects(), Types.BIGINT);
                });
        saveLinks(rows);
    }

    private void saveLinks(List<HistoryRow> rows) {
        List<Object[]> links = new ArrayList<>();
        List<Object[]> withdrawals = new ArrayList<>();
        for (HistoryRow row : rows) {
            if (!LINKING_TYPES.contains(row.type())) {
                continue;
            }
            AgreementEvent event = read(row);
            OffsetDateTime recordedAt = row.recordedAt().atOffset(ZoneOffset.UTC);
            if (event instanceof AgreementsLinked linked) {
                links.add(link(linked, row.version(), row.position(), recordedAt));
            } else if (event instanceof RecordCorrected correction
                    && AgreementsLinked.class.getSimpleName().equals(correction.correctedEventType())) {
                withdrawals.add(new Object[] {recordedAt, row.agreementId(), correction.correctsVersion()});
                if (correction.replacement() != null) {
                    Map<String, Object> replacement = new LinkedHashMap<>(correction.replacement());
                    replacement.put("agreementId", row.agreementId());
                    links.add(link(json.convertValue(replacement, AgreementsLinked.class), row.version(),
                            row.position(), recordedAt));
                }
            }
        }
        if (!links.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into agreement_link (agreement_id, version, target_agreement_id, relation, note,
                        occurred_on_date, occurred_on_precision, position, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", links);
        }
        if (!withdrawals.isEmpty()) {
            jdbc.batchUpdate("""
                    update agreement_link set withdrawn_at = ?
                    where agreement_id = ? and version = ? and withdrawn_at is null""", withdrawals);
        }
    }

    private static Object[] link(AgreementsLinked linked, long version, long position, OffsetDateTime recordedAt) {
        OccurredOn occurredOn = linked.occurredOn();
        return new Object[] {linked.agreementId(), version,
                linked.relatedAgreementId() == null ? "" : linked.relatedAgreementId(),
                linked.relation() == null ? null : linked.relation().name(), linked.note(),
                occurredOn == null ? null : occurredOn.date(),
                occurredOn == null || occurredOn.precision() == null ? null : occurredOn.precision().name(),
                position, recordedAt};
    }

    /** @return every row of the agreement, in version order */
    List<HistoryRow> rowsOf(String agreementId) {
        return jdbc.query("select " + COLUMNS + " from agreement_history where agreement_id = ? order by version",
                (rs, n) -> row(rs), agreementId);
    }

    /** @return one page of the agreement's rows, in version order, as the query asks */
    List<HistoryRow> page(FindAgreementHistory query, int size) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from agreement_history where agreement_id = ?");
        List<Object> params = new ArrayList<>(List.of(query.agreementId()));
        if (query.afterVersion() != null) {
            sql.append(" and version > ?");
            params.add(query.afterVersion());
        }
        if (query.types() != null && !query.types().isEmpty()) {
            sql.append(" and event_type in (").append(String.join(", ", query.types().stream().map(t -> "?").toList()))
                    .append(')');
            params.addAll(query.types());
        }
        if (query.recordedFrom() != null) {
            sql.append(" and recorded_at >= ?");
            params.add(query.recordedFrom().atOffset(ZoneOffset.UTC));
        }
        if (query.recordedTo() != null) {
            sql.append(" and recorded_at <= ?");
            params.add(query.recordedTo().atOffset(ZoneOffset.UTC));
        }
        if (query.occurredFrom() != null) {
            sql.append(" and occurred_latest >= ?");
            params.add(query.occurredFrom().earliest());
        }
        if (query.occurredTo() != null) {
            sql.append(" and occurred_earliest <= ?");
            params.add(query.occurredTo().latest());
        }
        sql.append(" order by version limit ").append(size);
        return jdbc.query(sql.toString(), (rs, n) -> row(rs), params.toArray());
    }

    /** @return for each corrected version of the agreement, the versions that correct it, oldest first */
    Map<Long, List<Long>> corrections(String agreementId) {
        Map<Long, List<Long>> correctedBy = new HashMap<>();
        jdbc.query("""
                select corrects, version from agreement_history
                where agreement_id = ? and corrects is not null order by version""",
                (ResultSet rs) -> {
                    correctedBy.computeIfAbsent(rs.getLong(1), v -> new ArrayList<>()).add(rs.getLong(2));
                }, agreementId);
        return correctedBy;
    }

    /** @return the agreement's last version the history holds, or empty when it holds none */
    Optional<Long> lastVersion(String agreementId) {
        return Optional.ofNullable(jdbc.queryForObject(
                "select max(version) from agreement_history where agreement_id = ?", Long.class, agreementId));
    }

    /** Forgets every row, before the projection is replayed from the first event. */
    void clear() {
        jdbc.update("delete from agreement_link");
        jdbc.update("delete from agreement_history");
    }

    /** @return the row's event, read as the type it was recorded as */
    AgreementEvent read(HistoryRow row) {
        try {
            Class<?> type = Class.forName(EVENTS_PACKAGE + row.type());
            return (AgreementEvent) json.readValue(row.payload(), type);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("The history holds an unknown event type " + row.type(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Version " + row.version() + " of agreement " + row.agreementId()
                    + " cannot be read from the history", e);
        }
    }

    /** @return the JSON text as a tree of maps and lists */
    Object tree(String text) {
        try {
            return json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored history value cannot be read", e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A history value cannot be written", e);
        }
    }

    private static HistoryRow row(ResultSet rs) throws SQLException {
        String date = rs.getString("occurred_on_date");
        String precision = rs.getString("occurred_on_precision");
        OccurredOn occurredOn = date == null && precision == null
                ? null : new OccurredOn(date, precision == null ? null : DatePrecision.valueOf(precision));
        long corrects = rs.getLong("corrects");
        Long correctsVersion = rs.wasNull() ? null : corrects;
        return new HistoryRow(rs.getString("agreement_id"), rs.getLong("version"), rs.getLong("position"),
                rs.getString("event_type"), rs.getString("revision"), occurredOn,
                Instant.parse(rs.getString("recorded_instant")), rs.getString("recorded_by"),
                rs.getString("correlation_id"), rs.getString("causation_id"), rs.getString("sources"),
                rs.getString("payload"), correctsVersion);
    }
}
