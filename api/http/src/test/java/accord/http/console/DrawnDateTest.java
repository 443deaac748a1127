package accord.http.console;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.console.DrawnDate.MonthCell;
import accord.messages.agreement.DatePrecision;
import accord.messages.agreement.OccurredOn;
import org.junit.jupiter.api.Test;

class DrawnDateTest {

    @Test
    void aDateKnownToTheMonthFillsItsMonthAndNothingElse() {
        DrawnDate september = DrawnDate.of(OccurredOn.month(2025, 9));

        assertThat(september.label()).isEqualTo("September 2025");
        assertThat(september.precision()).isEqualTo("month");
        assertThat(september.iso()).isEqualTo("2025-09");
        assertThat(september.months()).hasSize(12);
        assertThat(september.months()).filteredOn(MonthCell::filled).extracting(MonthCell::name).containsExactly("Sep");
        assertThat(september.months()).allMatch(month -> month.dayAt() == null);
    }

    @Test
    void aDateKnownToTheDayMarksItsDayInsideItsMonth() {
        DrawnDate signed = DrawnDate.of(OccurredOn.day(2025, 9, 22));

        assertThat(signed.label()).isEqualTo("22 September 2025");
        assertThat(signed.precision()).isEqualTo("day");
        assertThat(signed.months()).noneMatch(MonthCell::filled);
        assertThat(signed.months()).filteredOn(month -> month.dayAt() != null)
                .extracting(MonthCell::name, MonthCell::dayAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sep", 70));
    }

    @Test
    void aDateKnownToTheYearFillsTheWholeStrip() {
        DrawnDate year = DrawnDate.of(OccurredOn.year(2025));

        assertThat(year.label()).isEqualTo("2025");
        assertThat(year.months()).allMatch(MonthCell::filled);
    }

    @Test
    void aMissingOrUnrealDateIsNotDrawn() {
        assertThat(DrawnDate.of(null)).isNull();
        assertThat(DrawnDate.of(new OccurredOn("2025-02-30", DatePrecision.DAY))).isNull();
        assertThat(DrawnDate.of(new OccurredOn("2025-09", DatePrecision.DAY))).isNull();
    }
}
