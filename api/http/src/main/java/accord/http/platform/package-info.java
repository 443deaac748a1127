/**
 * The platform the service runs on: where events, tokens and dead letters are stored, how event
 * processors are tuned, and who may call the service.
 */
package accord.http.platform;
