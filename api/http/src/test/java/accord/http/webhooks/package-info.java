/**
 * Webhook tests: a receiver on loopback built from the JDK's HTTP server, the Standard Webhooks
 * reference verifier and the CloudEvents SDK checks every delivery; the service runs on a database
 * of its own, restarted and doubled where the test needs it.
 */
package accord.http.webhooks;
