package accord.http.problems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Keeps a database outage from turning into 500s or poisoned threads, around every filter that reads
 * the database (an Idempotency-Key claim, a bearer token lookup) and the request itself:
 * <ul>
 *   <li>a failure {@link DatabaseFailures} recognises, thrown by a later filter, is answered 503
 *       DATABASE_UNAVAILABLE through {@link ProblemAdvice}, instead of reaching the container, which
 *       would log it at ERROR with its stack trace and answer 500; one thrown after the answer was sent
 *       (releasing an Idempotency-Key after a 503, say) is logged at DEBUG only;</li>
 *   <li>a transaction left bound to the request's thread (an Error thrown past a unit of work's
 *       rollback, say) is unbound and its connection closed, so the next request on that thread does
 *       not inherit a dead connection.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseFailureFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFailureFilter.class);

    private final HandlerExceptionResolver problems;

    DatabaseFailureFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException | Error failure) {
            if (!DatabaseFailures.isUnavailable(failure)) {
                throw failure;
            }
            if (response.isCommitted()) {
                // The answer is out (an Idempotency-Key could not be released after it, say): only the
                // clean-up failed, and the container would log it at ERROR with its stack trace.
                LOG.debug("{} {} was answered; the database failed after that: {}", request.getMethod(),
                        request.getRequestURI(), failure.toString());
                return;
            }
            Exception answerable = failure instanceof Exception exception ? exception : new ServletException(failure);
            if (problems.resolveException(request, response, null, answerable) == null) {
                throw failure;
            }
        } finally {
            unbindLeftovers(request);
        }
    }

    private static void unbindLeftovers(HttpServletRequest request) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        for (Object key : new ArrayList<>(TransactionSynchronizationManager.getResourceMap().keySet())) {
            Object resource = TransactionSynchronizationManager.unbindResourceIfPossible(key);
            LOG.warn("{} {} left a transactional resource bound to its thread ({}); it is released so the next "
                    + "request on the thread starts clean", request.getMethod(), request.getRequestURI(), resource);
            if (resource instanceof ConnectionHolder holder) {
                try {
                    Connection connection = holder.getConnection();
                    if (!connection.isClosed() && !connection.getAutoCommit()) {
                        connection.rollback();
                    }
                    connection.close();
                } catch (SQLException | RuntimeException broken) {
                    LOG.debug("Could not close the leftover connection: {}", broken.toString());
                }
            }
        }
        TransactionSynchronizationManager.setCurrentTransactionName(null);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
        TransactionSynchronizationManager.setCurrentTransactionIsolationLevel(null);
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }
}
