package accord.http.admin;

/**
 * Which dead letters to retry.
 *
 * @param sequenceId one sequence, or null (or no body at all) for every sequence
 */
public record RetryRequest(String sequenceId) {
}
