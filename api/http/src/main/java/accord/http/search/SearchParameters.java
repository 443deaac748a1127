package accord.http.search;

import accord.http.agreements.validation.PlainTextValidator;
import accord.http.problems.FieldProblem;
import accord.http.problems.InvalidRequest;
import accord.http.problems.RequestProblem;
import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import accord.messages.agreement.DatePrecision;
import accord.messages.agreement.OccurredOn;
import accord.messages.queries.ListAgreements;
import accord.query.search.SearchCursor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of {@code GET /agreements} into a {@link ListAgreements}, listing
 * every wrong parameter at once. A blank parameter counts as absent.
 */
final class SearchParameters {

    static final int LONGEST_TEXT = 200;
    static final int MOST_WORDS = 10;
    private static final int LONGEST_CODE = 100;

    private final List<FieldProblem> problems = new ArrayList<>();

    private SearchParameters() {
    }

    /**
     * @return the query the parameters ask for
     * @throws InvalidRequest listing every wrong parameter
     */
    static ListAgreements read(String party, String kind, String status, String scopeArea, String q,
            String occurredFrom, String occurredTo, String cursor, String limit) {
        SearchParameters parameters = new SearchParameters();
        ListAgreements query = new ListAgreements(
                parameters.text("party", party, LONGEST_CODE),
                parameters.choice("kind", kind, AgreementKind.class),
                parameters.choice("status", status, AgreementStatus.class),
                parameters.text("scopeArea", scopeArea, LONGEST_TEXT),
                parameters.words("q", q),
                parameters.day("occurredFrom", occurredFrom, OccurredOn::earliest),
                parameters.day("occurredTo", occurredTo, OccurredOn::latest),
                parameters.cursor(cursor),
                parameters.limit(limit));
        if (query.occurredFrom() != null && query.occurredTo() != null
                && query.occurredTo().isBefore(query.occurredFrom())) {
            parameters.problem("occurredTo", "OUT_OF_RANGE", "must not lie before occurredFrom");
        }
        if (!parameters.problems.isEmpty()) {
            int count = parameters.problems.size();
            throw new InvalidRequest(RequestProblem.VALIDATION_FAILED, count == 1
                    ? "The request has 1 invalid parameter; see errors."
                    : "The request has " + count + " invalid parameters; see errors.", parameters.problems);
        }
        return query;
    }

    private String text(String name, String value, int longest) {
        if (absent(value)) {
            return null;
        }
        if (value.length() > longest) {
            problem(name, "INVALID_SIZE", "must be at most " + longest + " characters");
            return null;
        }
        String characters = PlainTextValidator.problemOf(value, false);
        if (characters != null) {
            problem(name, "INVALID_CHARACTERS", characters);
            return null;
        }
        return value.strip();
    }

    private String words(String name, String value) {
        String text = text(name, value, LONGEST_TEXT);
        if (text != null && text.split("\\s+").length > MOST_WORDS) {
            problem(name, "INVALID_SIZE", "must have at most " + MOST_WORDS + " words");
            return null;
        }
        return text;
    }

    private <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (absent(value)) {
            return null;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        problem(name, "INVALID_VALUE", "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    private LocalDate day(String name, String value, Function<OccurredOn, LocalDate> end) {
        if (absent(value)) {
            return null;
        }
        String date = value.strip();
        DatePrecision precision = DatePrecision.of(date);
        OccurredOn occurredOn = new OccurredOn(date, precision);
        if (precision == null || occurredOn.problem().isPresent()) {
            problem(name, "INVALID_FORMAT", "must be a real date written as 2025-09-22, 2025-09 or 2025");
            return null;
        }
        return end.apply(occurredOn);
    }

    private String cursor(String value) {
        if (absent(value)) {
            return null;
        }
        if (SearchCursor.decode(value.strip()).isEmpty()) {
            problem("cursor", "INVALID_VALUE", "is not a cursor this service wrote; follow the next link of a page");
            return null;
        }
        return value.strip();
    }

    private int limit(String value) {
        if (absent(value)) {
            return ListAgreements.DEFAULT_LIMIT;
        }
        String range = "must be a whole number from 1 to " + ListAgreements.MAX_LIMIT;
        int limit;
        try {
            limit = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            problem("limit", value.strip().matches("[+-]?\\d+") ? "OUT_OF_RANGE" : "WRONG_TYPE", range);
            return ListAgreements.DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > ListAgreements.MAX_LIMIT) {
            problem("limit", "OUT_OF_RANGE", range);
            return ListAgreements.DEFAULT_LIMIT;
        }
        return limit;
    }

    private void problem(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
