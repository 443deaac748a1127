package accord.http.platform;

/**
 * A test event with no meaning in the domain, for exercising the event store.
 *
 * @param note anything
 */
public record ProbeRecorded(String note) {
}
