package accord.http.problems;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.problems.DatabaseFailures.Outcome;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseFailuresTest {

    @Test
    void failingToGetAConnectionMeansNothingWasRecorded() {
        SQLTransientConnectionException pool = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 3000ms", "08001",
                new PSQLException("Connection to 127.0.0.1:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
        assertThat(DatabaseFailures.outcomeOf(new CannotCreateTransactionException("Could not open JDBC Connection", pool)))
                .hasValue(Outcome.NOT_RECORDED);
        assertThat(DatabaseFailures.outcomeOf(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLException("refused")))).hasValue(Outcome.NOT_RECORDED);
        assertThat(DatabaseFailures.outcomeOf(new CommandExecutionException("failed",
                new SQLException("the database system is starting up", "57P03"))))
                .hasValue(Outcome.NOT_RECORDED);
    }

    @Test
    void aConnectionThatBrokeWhileRunningLeavesTheOutcomeUnknown() {
        PSQLException broken = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE);
        assertThat(DatabaseFailures.outcomeOf(new CommandExecutionException("failed",
                new EventStoreException("append failed", broken)))).hasValue(Outcome.UNKNOWN);
        assertThat(DatabaseFailures.outcomeOf(new DataAccessResourceFailureException("JDBC commit", broken)))
                .hasValue(Outcome.UNKNOWN);
        assertThat(DatabaseFailures.outcomeOf(new SQLException("terminating connection due to administrator command",
                "57P01"))).hasValue(Outcome.UNKNOWN);
    }

    @Test
    void theDriversAssertionOnABrokenConnectionIsRecognised() {
        AssertionError driver = new AssertionError("pgStatement.getConnection().getAutoCommit() should not throw");
        driver.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.postgresql.jdbc.BatchResultHandler", "isAutoCommit", "BatchResultHandler.java", 115)});
        assertThat(DatabaseFailures.outcomeOf(new IllegalStateException("wrapped", driver))).hasValue(Outcome.UNKNOWN);
        assertThat(DatabaseFailures.isUnavailable(new AssertionError("ours"))).isFalse();
    }

    @Test
    void aPooledConnectionClosedAfterAFatalErrorIsRecognised() {
        SQLException closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "lambda", "ProxyConnection.java", 562)});
        assertThat(DatabaseFailures.outcomeOf(new CommandExecutionException("failed", closed))).hasValue(Outcome.UNKNOWN);
        assertThat(DatabaseFailures.isUnavailable(new SQLException("Connection is closed"))).isFalse();
    }

    @Test
    void otherFailuresAreNotTheDatabaseBeingAway() {
        assertThat(DatabaseFailures.outcomeOf(new IllegalStateException("a bug"))).isEmpty();
        assertThat(DatabaseFailures.outcomeOf(new DataIntegrityViolationException("duplicate",
                new PSQLException("duplicate key value", PSQLState.UNIQUE_VIOLATION)))).isEmpty();
        RuntimeException looped = new RuntimeException("one");
        RuntimeException other = new RuntimeException("two", looped);
        looped.initCause(other);
        assertThat(DatabaseFailures.outcomeOf(looped)).isEqualTo(Optional.empty());
    }

    @Test
    void theRefusalSaysWhatBecameOfACommandAndWhenToRetry() {
        Refused command = DatabaseFailures.refusalFor(new CannotCreateTransactionException("no connection"), "POST",
                Duration.ofSeconds(5));
        assertThat(command.problem()).isEqualTo(RequestProblem.DATABASE_UNAVAILABLE);
        assertThat(command.retryAfter()).hasValue(Duration.ofSeconds(5));
        assertThat(command.members()).containsEntry("outcome", "NOT_RECORDED");
        assertThat(command.getMessage()).contains("nothing was recorded");

        Refused unknown = DatabaseFailures.refusalFor(new PSQLException("I/O error", PSQLState.CONNECTION_FAILURE), "POST",
                Duration.ofSeconds(5));
        assertThat(unknown.members()).containsEntry("outcome", "UNKNOWN");
        assertThat(unknown.getMessage()).contains("Idempotency-Key").contains("If-Match");

        Refused read = DatabaseFailures.refusalFor(new CannotCreateTransactionException("no connection"), "GET",
                Duration.ofSeconds(5));
        assertThat(read.members()).doesNotContainKey("outcome");
    }
}
