package accord.query.search;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import accord.messages.queries.AgreementState;
import accord.messages.queries.AgreementSummary;
import accord.messages.queries.ListAgreements;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keeps one summary row per agreement in {@code agreement_search}, with its party codes in
 * {@code agreement_search_party} and its scope areas in {@code agreement_search_scope}, and
 * answers pages of them. The SQL runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
 */
@Repository
public class AgreementSearchRepository {

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private static final String SUMMARY_COLUMNS = "agreement_id, kind, title, status, party_codes, scope_areas, "
            + "first_occurred_on, last_occurred_on, version, last_recorded_at";
    private static final String UPDATE = """
            update agreement_search set kind = ?, title = ?, status = ?, party_codes = ?, scope_areas = ?,
                search_text = ?, first_occurred_on = ?, last_occurred_on = ?, version = ?, last_recorded_at = ?,
                state = ?
            where agreement_id = ? and version < ?""";
    private static final String INSERT = """
            insert into agreement_search (kind, title, status, party_codes, scope_areas, search_text,
                first_occurred_on, last_occurred_on, version, last_recorded_at, state, agreement_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    /**
     * @param jdbc the read side's database
     * @param json the application's object mapper, which writes and reads the stored state
     */
    public AgreementSearchRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return the stored entry of the agreement, or empty when none is stored */
    Optional<SearchEntry> find(String agreementId) {
        return jdbc.query("select state, first_occurred_on, last_occurred_on from agreement_search where agreement_id = ?",
                (row, number) -> new SearchEntry(read(row.getString("state"), AgreementState.class),
                        row.getObject("first_occurred_on", LocalDate.class),
                        row.getObject("last_occurred_on", LocalDate.class)),
                agreementId).stream().findFirst();
    }

    /**
     * Writes the entries a batch changed, a few batched statements for the whole batch. An entry
     * is written only over an older version, so a redelivered batch never takes one back; its
     * party codes and scope areas are rewritten only when they changed.
     */
    void saveAll(List<SearchChange> changes) {
        List<SearchChange> updates = changes.stream().filter(change -> change.stored() != null).toList();
        List<SearchChange> inserts = changes.stream().filter(change -> change.stored() == null).toList();
        List<SearchChange> written = new ArrayList<>();
        int[] updated = jdbc.batchUpdate(UPDATE, updates.stream().map(this::updateRow).toList());
        for (int i = 0; i < updates.size(); i++) {
            if (wrote(updated[i])) {
                written.add(updates.get(i));
            }
        }
        int[] inserted = jdbc.batchUpdate(INSERT, inserts.stream().map(this::insertRow).toList());
        List<SearchChange> raced = new ArrayList<>();
        for (int i = 0; i < inserts.size(); i++) {
            (wrote(inserted[i]) ? written : raced).add(inserts.get(i));
        }
        // Another node inserted the agreement after this batch read it: update it like any other.
        int[] caughtUp = jdbc.batchUpdate(UPDATE, raced.stream().map(this::updateRow).toList());
        for (int i = 0; i < raced.size(); i++) {
            if (wrote(caughtUp[i])) {
                written.add(raced.get(i));
            }
        }
        rewriteChildren(written.stream().filter(SearchChange::partiesChanged).map(SearchChange::updated).toList(),
                "agreement_search_party", "code", SearchEntry::partyCodes);
        rewriteChildren(written.stream().filter(SearchChange::scopeAreasChanged).map(SearchChange::updated).toList(),
                "agreement_search_scope", "area", SearchEntry::scopeAreaKeys);
    }

    /**
     * @param query the filters; its cursor is not read here
     * @param afterId only agreements with a greater id, or null from the first
     * @param count how many rows at most
     * @return the summaries that pass every filter, sorted by id
     */
    List<AgreementSummary> page(ListAgreements query, String afterId, int count) {
        StringBuilder sql = new StringBuilder("select ").append(SUMMARY_COLUMNS).append(" from agreement_search s where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (afterId != null) {
            sql.append(" and s.agreement_id > ?");
            params.add(afterId);
        }
        if (query.kind() != null) {
            sql.append(" and s.kind = ?");
            params.add(query.kind().name());
        }
        if (query.status() != null) {
            sql.append(" and s.status = ?");
            params.add(query.status().name());
        }
        if (query.party() != null && !query.party().isBlank()) {
            sql.append(" and exists (select 1 from agreement_search_party p where p.agreement_id = s.agreement_id"
                    + " and p.code = ?)");
            params.add(query.party().strip().toUpperCase(Locale.ROOT));
        }
        if (query.scopeArea() != null && !query.scopeArea().isBlank()) {
            sql.append(" and exists (select 1 from agreement_search_scope a where a.agreement_id = s.agreement_id"
                    + " and a.area = ?)");
            params.add(SearchEntry.scopeAreaKey(query.scopeArea()));
        }
        for (String word : words(query.text())) {
            sql.append(" and s.search_text like ? escape '\\'");
            params.add("%" + escapeLike(word) + "%");
        }
        if (query.occurredFrom() != null) {
            sql.append(" and s.last_occurred_on >= ?");
            params.add(query.occurredFrom());
        }
        if (query.occurredTo() != null) {
            sql.append(" and s.first_occurred_on <= ?");
            params.add(query.occurredTo());
        }
        sql.append(" order by s.agreement_id limit ?");
        params.add(count);
        return jdbc.query(sql.toString(), (row, number) -> summary(row), params.toArray());
    }

    /** Forgets every entry before the projection is replayed from the first event. */
    public void clear() {
        jdbc.update("delete from agreement_search_party");
        jdbc.update("delete from agreement_search_scope");
        jdbc.update("delete from agreement_search");
    }

    /** @return the words of a free-text search, each searched for on its own */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(SearchEntry.searchable(text).split(" "));
    }

    private void rewriteChildren(List<SearchEntry> entries, String table, String column,
            Function<SearchEntry, List<String>> values) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("delete from " + table + " where agreement_id = ?",
                entries.stream().map(entry -> new Object[] {entry.agreementId()}).toList());
        List<Object[]> rows = entries.stream()
                .flatMap(entry -> values.apply(entry).stream().map(value -> new Object[] {entry.agreementId(), value}))
                .toList();
        jdbc.batchUpdate("insert into " + table + " (agreement_id, " + column + ") values (?, ?)", rows);
    }

    private Object[] updateRow(SearchChange change) {
        SearchEntry entry = change.updated();
        Object[] values = values(entry);
        Object[] row = new Object[values.length + 1];
        System.arraycopy(values, 0, row, 0, values.length);
        row[values.length] = entry.version();
        return row;
    }

    private Object[] insertRow(SearchChange change) {
        return values(change.updated());
    }

    private Object[] values(SearchEntry entry) {
        AgreementState state = entry.state();
        return new Object[] {
            state.kind() == null ? null : state.kind().name(),
            state.title(),
            state.status() == null ? null : state.status().name(),
            write(entry.partyCodes()),
            write(entry.scopeAreas()),
            entry.searchText(),
            entry.firstOccurredOn(),
            entry.lastOccurredOn(),
            state.version(),
            state.lastRecordedAt() == null ? null : state.lastRecordedAt().atOffset(ZoneOffset.UTC),
            write(state),
            state.agreementId()
        };
    }

    private AgreementSummary summary(ResultSet row) throws SQLException {
        String kind = row.getString("kind");
        String status = row.getString("status");
        OffsetDateTime recordedAt = row.getObject("last_recorded_at", OffsetDateTime.class);
        return new AgreementSummary(row.getString("agreement_id"),
                kind == null ? null : AgreementKind.valueOf(kind),
                row.getString("title"),
                status == null ? null : AgreementStatus.valueOf(status),
                read(row.getString("party_codes"), TEXTS),
                read(row.getString("scope_areas"), TEXTS),
                row.getObject("first_occurred_on", LocalDate.class),
                row.getObject("last_occurred_on", LocalDate.class),
                row.getLong("version"),
                recordedAt == null ? null : recordedAt.toInstant());
    }

    // A driver that rewrites batched inserts (reWriteBatchedInserts) does not count rows; take them as written.
    private static boolean wrote(int count) {
        return count > 0 || count == Statement.SUCCESS_NO_INFO;
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A search entry cannot be written", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored search entry cannot be read", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored search entry cannot be read", e);
        }
    }
}
