package accord.http.platform.persistence;

/**
 * An {@link Error} thrown by an event handler, carried as an ordinary failure so that the processor
 * treats it as it treats any failing event (parked as a dead letter, or the batch retried) instead
 * of losing its worker. The message names the error's class and repeats its message, which is what
 * an operator sees as the dead letter's cause.
 */
public class EventHandlerError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventHandlerError(Error error) {
        super(error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage()), error);
    }
}
