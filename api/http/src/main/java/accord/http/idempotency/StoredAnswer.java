package accord.http.idempotency;

/**
 * The answer a request with a key got, kept to answer its retries.
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type, or null
 * @param etag        the ETag, or null
 * @param location    the Location, or null
 * @param body        the body's bytes
 */
record StoredAnswer(int status, String contentType, String etag, String location, byte[] body) {
}
