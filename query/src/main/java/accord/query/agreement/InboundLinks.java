package accord.query.agreement;

import accord.messages.agreement.LinkRelation;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.DatePrecision;
import accord.messages.queries.AgreementState;
import accord.messages.queries.InboundLink;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Links recorded on one agreement, kept in {@code agreement_link} so that the agreement they
 * point to can show them. They are merged into a state when it is read, never stored in it: the
 * agreement pointed to may not exist yet, and its state must not depend on the order in which
 * the events of different agreements are handled.
 */
@Repository
public class InboundLinks {

    private final JdbcTemplate jdbc;

    /** @param jdbc the read side's database */
    public InboundLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param target the agreement pointed to
     * @param asRecordedAt the links as they stood at this instant, or null for now
     * @return the links that point to it, oldest first
     */
    public List<InboundLink> pointingTo(String target, Instant asRecordedAt) {
        if (asRecordedAt == null) {
            return jdbc.query("""
                    select agreement_id, relation, note, occurred_on_date, occurred_on_precision, version, position
                    from agreement_link where target_agreement_id = ? and withdrawn_at is null
                    order by position""", (rs, row) -> link(rs), target);
        }
        OffsetDateTime cutoff = asRecordedAt.atOffset(ZoneOffset.UTC);
        return jdbc.query("""
                select agreement_id, relation, note, occurred_on_date, occurred_on_precision, version, position
                from agreement_link where target_agreement_id = ? and recorded_at <= ?
                and (withdrawn_at is null or withdrawn_at > ?)
                order by position""", (rs, row) -> link(rs), target, cutoff, cutoff);
    }

    /** @return the state with the links given as the ones that point to it */
    public static AgreementState withLinkedFrom(AgreementState state, List<InboundLink> linkedFrom) {
        AgreementDraft draft = AgreementDraft.of(state);
        draft.linkedFrom.clear();
        draft.linkedFrom.addAll(linkedFrom);
        return draft.toState();
    }

    private static InboundLink link(java.sql.ResultSet rs) throws java.sql.SQLException {
        String relation = rs.getString("relation");
        String precision = rs.getString("occurred_on_precision");
        String date = rs.getString("occurred_on_date");
        OccurredOn occurredOn = date == null && precision == null
                ? null : new OccurredOn(date, precision == null ? null : DatePrecision.valueOf(precision));
        return new InboundLink(rs.getString("agreement_id"), relation == null ? null : LinkRelation.valueOf(relation),
                rs.getString("note"), occurredOn, rs.getLong("version"), rs.getLong("position"));
    }
}
