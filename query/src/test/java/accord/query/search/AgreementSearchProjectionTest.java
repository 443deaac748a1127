package accord.query.search;

import static accord.query.search.SearchedAgreements.KOREA_BLACKROCK;
import static accord.query.search.SearchedAgreements.KOREA_US;
import static accord.query.search.SearchedAgreements.US_CHIPS;
import static accord.query.search.SearchedAgreements.koreaBlackRockMoU;
import static accord.query.search.SearchedAgreements.koreaBlackRockTaskForce;
import static accord.query.search.SearchedAgreements.koreaUsTechnologyProsperityDeal;
import static accord.query.search.SearchedAgreements.usAiChipExportArrangementsChina;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import accord.messages.events.AgreementEvent;
import accord.messages.queries.AgreementPage;
import accord.messages.queries.AgreementSummary;
import accord.messages.queries.ListAgreements;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Person;
import accord.messages.events.StatementRecorded;
import accord.messages.events.RecordCorrected;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search projection and its query on the embedded default database: H2 in PostgreSQL mode. */
class AgreementSearchProjectionTest {

    private SearchSide search;
    private List<TrackedEventMessage<AgreementEvent>> seeds;

    @BeforeEach
    void recordTheSeedAgreements() {
        search = freshSearchSide();
        seeds = search.record(Stream.of(koreaUsTechnologyProsperityDeal(), koreaBlackRockMoU(), usAiChipExportArrangementsChina())
                .flatMap(List::stream).toList());
    }

    /** @return the projection on an empty, migrated database */
    SearchSide freshSearchSide() {
        return SearchSide.onAFreshEmbeddedDatabase();
    }

    @Test
    void listsEveryAgreementSortedById() {
        assertThat(ids(all())).containsExactly(KOREA_BLACKROCK, KOREA_US, US_CHIPS);
    }

    @Test
    void summarisesEachAgreementWithTheSpanOfDaysItsFactsCanHaveHappenedIn() {
        AgreementSummary deal = only(all().items().stream().filter(item -> item.agreementId().equals(KOREA_US)).toList());

        assertThat(deal.kind()).isEqualTo(AgreementKind.DEAL);
        assertThat(deal.title()).isEqualTo("Technology Prosperity Deal");
        assertThat(deal.status()).isEqualTo(AgreementStatus.SCHEDULED);
        assertThat(deal.parties()).containsExactly("KR", "US");
        assertThat(deal.scopeAreas()).contains("quantum computing").hasSize(6);
        assertThat(deal.firstOccurredOn()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(deal.lastOccurredOn()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(deal.version()).isEqualTo(2);
        assertThat(deal.lastRecordedAt()).isEqualTo(SearchedAgreements.RECORDED_AT.plusSeconds(3));
    }

    @Test
    void findsTheAgreementsOfAParty() {
        assertThat(ids(search.list(query().party("BLACKROCK").build()))).containsExactly(KOREA_BLACKROCK);
        assertThat(ids(search.list(query().party("us").build()))).containsExactly(KOREA_US, US_CHIPS);
        assertThat(ids(search.list(query().party("JP").build()))).isEmpty();
    }

    @Test
    void findsTheAgreementsOfAKindOrStatus() {
        assertThat(ids(search.list(query().kind(AgreementKind.MOU).build()))).containsExactly(KOREA_BLACKROCK);
        assertThat(ids(search.list(query().status(AgreementStatus.PROPOSED).build()))).containsExactly(US_CHIPS);
        assertThat(ids(search.list(query().kind(AgreementKind.DEAL).status(AgreementStatus.SIGNED).build()))).isEmpty();
    }

    @Test
    void findsTheAgreementsCoveringAWholeScopeAreaInAnyCase() {
        assertThat(ids(search.list(query().scopeArea("Quantum Computing").build()))).containsExactly(KOREA_US);
        assertThat(ids(search.list(query().scopeArea("quantum").build()))).isEmpty();
    }

    @Test
    void findsFreeTextInTitlesPartiesStatementsAndSpeakers() {
        assertThat(ids(search.list(query().text("capital of ASIA").build()))).containsExactly(KOREA_BLACKROCK);
        assertThat(ids(search.list(query().text("Bessent").build()))).containsExactly(US_CHIPS);
        assertThat(ids(search.list(query().text("prosperity").build()))).containsExactly(KOREA_US);
        assertThat(ids(search.list(query().text("united states").build()))).containsExactly(KOREA_US, US_CHIPS);
        assertThat(ids(search.list(query().text("blackrock fink").build()))).containsExactly(KOREA_BLACKROCK);
        assertThat(ids(search.list(query().text("blackrock bessent").build()))).isEmpty();
    }

    @Test
    void aCorrectedStatementIsFoundByItsCorrectedWordsOnly() {
        StatementRecorded corrected = new StatementRecorded(KOREA_BLACKROCK,
                new Person("Larry Fink", "Chief Executive Officer"), "BLACKROCK",
                "Fink announced his wish to make South Korea \"the AI hub of Asia\".", OccurredOn.month(2025, 9),
                List.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> replacement = new ObjectMapper().convertValue(corrected, Map.class);

        search.record(List.of(new RecordCorrected(KOREA_BLACKROCK, 1, "StatementRecorded",
                "The report quoted him as saying hub, not capital", replacement, OccurredOn.month(2025, 9), List.of())));

        assertThat(ids(search.list(query().text("capital of ASIA").build()))).isEmpty();
        assertThat(ids(search.list(query().text("hub of asia").build()))).containsExactly(KOREA_BLACKROCK);
    }

    @Test
    void freeTextTakesWildcardsLiterally() {
        assertThat(ids(search.list(query().text("100%").build()))).containsExactly(US_CHIPS);
        assertThat(ids(search.list(query().text("%").build()))).containsExactly(US_CHIPS);
        assertThat(ids(search.list(query().text("_").build()))).isEmpty();
    }

    @Test
    void findsTheAgreementsWhoseFactsCanLieInARangeOfDays() {
        assertThat(ids(search.list(query().occurred(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)).build())))
                .containsExactly(KOREA_BLACKROCK, US_CHIPS);
        assertThat(ids(search.list(query().occurred(LocalDate.of(2025, 10, 29), null).build())))
                .containsExactly(KOREA_US, US_CHIPS);
        assertThat(ids(search.list(query().occurred(null, LocalDate.of(2025, 8, 31)).build())))
                .containsExactly(US_CHIPS);
        assertThat(ids(search.list(query().occurred(LocalDate.of(2026, 1, 1), null).build()))).isEmpty();
    }

    @Test
    void pagesThroughEveryAgreementOneAtATimeWithoutDuplicatesOrGaps() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            AgreementPage page = search.list(query().cursor(cursor).limit(1).build());
            assertThat(page.items()).hasSize(1);
            seen.addAll(ids(page));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactly(KOREA_BLACKROCK, KOREA_US, US_CHIPS);
    }

    @Test
    void theLastPageHasNoCursor() {
        assertThat(search.list(query().limit(3).build()).nextCursor()).isNull();
        assertThat(search.list(query().limit(2).build()).nextCursor()).isEqualTo(SearchCursor.after(KOREA_US));
    }

    @Test
    void refusesALimitOutOfRangeAndACursorItDidNotWrite() {
        assertThatThrownBy(() -> search.list(query().limit(0).build())).hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.list(query().limit(501).build())).hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.list(query().cursor("not a cursor!").build()))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameBatchDeliveredTwiceChangesNothingTheSecondTime() {
        List<String> once = search.everyStoredRow();

        search.deliverInOneBatch(seeds);

        assertThat(search.everyStoredRow()).isEqualTo(once);
        assertThat(ids(all())).containsExactly(KOREA_BLACKROCK, KOREA_US, US_CHIPS);
    }

    @Test
    void aLaterBatchDeliveredTwiceChangesNothingTheSecondTime() {
        List<TrackedEventMessage<AgreementEvent>> later = search.record(List.of(koreaBlackRockTaskForce()));
        List<String> once = search.everyStoredRow();

        search.deliverInOneBatch(later);

        assertThat(search.everyStoredRow()).isEqualTo(once);
        assertThat(only(search.list(query().party("BLACKROCK").build()).items()).version()).isEqualTo(2);
    }

    @Test
    void olderEventsDeliveredLateCannotTakeAnEntryBack() {
        search.record(List.of(koreaBlackRockTaskForce()));

        search.deliverInOneBatch(seeds);

        AgreementSummary mou = only(search.list(query().party("BLACKROCK").build()).items());
        assertThat(mou.version()).isEqualTo(2);
        assertThat(mou.firstOccurredOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(mou.lastOccurredOn()).isEqualTo(LocalDate.of(2025, 11, 30));
    }

    @Test
    void aResetForgetsEveryEntryBeforeAReplay() {
        search.reset();

        assertThat(all().items()).isEmpty();
        assertThat(search.everyStoredRow()).isEmpty();
    }

    private AgreementPage all() {
        return search.list(query().build());
    }

    private static List<String> ids(AgreementPage page) {
        return page.items().stream().map(AgreementSummary::agreementId).toList();
    }

    private static AgreementSummary only(List<AgreementSummary> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static Query query() {
        return new Query();
    }

    /** A {@link ListAgreements} with no filter, the default limit and no cursor, filled in by name. */
    private static final class Query {
        private String party;
        private AgreementKind kind;
        private AgreementStatus status;
        private String scopeArea;
        private String text;
        private LocalDate from;
        private LocalDate to;
        private String cursor;
        private int limit = ListAgreements.DEFAULT_LIMIT;

        Query party(String code) {
            party = code;
            return this;
        }

        Query kind(AgreementKind value) {
            kind = value;
            return this;
        }

        Query status(AgreementStatus value) {
            status = value;
            return this;
        }

        Query scopeArea(String area) {
            scopeArea = area;
            return this;
        }

        Query text(String words) {
            text = words;
            return this;
        }

        Query occurred(LocalDate fromDay, LocalDate toDay) {
            from = fromDay;
            to = toDay;
            return this;
        }

        Query cursor(String value) {
            cursor = value;
            return this;
        }

        Query limit(int value) {
            limit = value;
            return this;
        }

        ListAgreements build() {
            return new ListAgreements(party, kind, status, scopeArea, text, from, to, cursor, limit);
        }
    }
}
