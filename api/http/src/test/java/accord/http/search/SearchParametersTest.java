package accord.http.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import accord.http.problems.FieldProblem;
import accord.http.problems.InvalidRequest;
import accord.http.problems.RequestProblem;
import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import accord.messages.queries.ListAgreements;
import accord.query.search.SearchCursor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

    @Test
    void noParametersAskForTheFirstPageOfEveryAgreement() {
        assertThat(SearchParameters.read(null, null, null, null, null, null, null, null, null))
                .isEqualTo(new ListAgreements(null, null, null, null, null, null, null, null, ListAgreements.DEFAULT_LIMIT));
    }

    @Test
    void blankParametersCountAsAbsent() {
        assertThat(SearchParameters.read("", " ", "", "", " ", "", "", "", ""))
                .isEqualTo(new ListAgreements(null, null, null, null, null, null, null, null, ListAgreements.DEFAULT_LIMIT));
    }

    @Test
    void kindsAndStatusesAreReadInAnyCase() {
        ListAgreements query = SearchParameters.read(null, "mou", "In_Implementation", null, null, null, null, null, "500");

        assertThat(query.kind()).isEqualTo(AgreementKind.MOU);
        assertThat(query.status()).isEqualTo(AgreementStatus.IN_IMPLEMENTATION);
        assertThat(query.limit()).isEqualTo(500);
    }

    @Test
    void aRangeAtAnyPrecisionRunsFromTheEarliestToTheLatestDay() {
        assertThat(range("2025", "2025")).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(range("2024-02", "2024-02")).containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
        assertThat(range("2025-09-22", "2025-09-22")).containsExactly(LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 22));
    }

    @Test
    void textWithControlCharactersIsRefused() {
        InvalidRequest invalid = refusal("K\u0000R", null, null, "ai\u001b", "data\ud800", null, null, null, null);

        assertThat(invalid.errors()).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("party", "INVALID_CHARACTERS"),
                tuple("scopeArea", "INVALID_CHARACTERS"),
                tuple("q", "INVALID_CHARACTERS"));
    }

    @Test
    void everyWrongParameterIsListed() {
        InvalidRequest invalid = refusal("KR", "TREATY", "ASLEEP", null, null, "2025-02-30", "22.09.2025",
                "bm90IGEgY3Vyc29yIQ==", "0");

        assertThat(invalid.problem()).isEqualTo(RequestProblem.VALIDATION_FAILED);
        assertThat(invalid.errors()).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("kind", "INVALID_VALUE"),
                tuple("status", "INVALID_VALUE"),
                tuple("occurredFrom", "INVALID_FORMAT"),
                tuple("occurredTo", "INVALID_FORMAT"),
                tuple("cursor", "INVALID_VALUE"),
                tuple("limit", "OUT_OF_RANGE"));
        assertThat(invalid.getMessage()).isEqualTo("The request has 6 invalid parameters; see errors.");
    }

    @Test
    void aLimitMustBeAWholeNumberFromOneTo500() {
        assertThat(onlyProblem(null, "501").code()).isEqualTo("OUT_OF_RANGE");
        assertThat(onlyProblem(null, "12345678901").code()).isEqualTo("OUT_OF_RANGE");
        assertThat(onlyProblem(null, "1.5").code()).isEqualTo("WRONG_TYPE");
    }

    @Test
    void aCursorMustBeOneTheServiceWrote() {
        assertThat(SearchParameters.read(null, null, null, null, null, null, null, SearchCursor.after("kr-us-deal"), null)
                .cursor()).isEqualTo(SearchCursor.after("kr-us-deal"));
        assertThat(onlyProblem("a+b/", null).field()).isEqualTo("cursor");
        assertThat(onlyProblem(SearchCursor.after("kr-us-deal") + "=", null).field()).isEqualTo("cursor");
    }

    @Test
    void aRangeMustNotEndBeforeItStarts() {
        InvalidRequest invalid = refusal(null, null, null, null, null, "2025-10", "2025-09", null, null);

        assertThat(invalid.errors()).containsExactly(
                new FieldProblem("occurredTo", "OUT_OF_RANGE", "must not lie before occurredFrom"));
    }

    @Test
    void freeTextHasAtMostTenWordsAnd200Characters() {
        assertThat(refusal(null, null, null, null, "a b c d e f g h i j k", null, null, null, null).errors())
                .extracting(FieldProblem::field).containsExactly("q");
        assertThat(refusal(null, null, null, null, "x".repeat(201), null, null, null, null).errors())
                .extracting(FieldProblem::code).containsExactly("INVALID_SIZE");
    }

    private static List<LocalDate> range(String from, String to) {
        ListAgreements query = SearchParameters.read(null, null, null, null, null, from, to, null, null);
        return List.of(query.occurredFrom(), query.occurredTo());
    }

    private static FieldProblem onlyProblem(String cursor, String limit) {
        InvalidRequest invalid = refusal(null, null, null, null, null, null, null, cursor, limit);
        assertThat(invalid.errors()).hasSize(1);
        return invalid.errors().get(0);
    }

    private static InvalidRequest refusal(String party, String kind, String status, String scopeArea, String q,
            String from, String to, String cursor, String limit) {
        InvalidRequest invalid = catchThrowableOfType(InvalidRequest.class,
                () -> SearchParameters.read(party, kind, status, scopeArea, q, from, to, cursor, limit));
        assertThat(invalid).isNotNull();
        return invalid;
    }
}
