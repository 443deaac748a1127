/**
 * Webhooks over HTTP (docs/webhooks.md): the {@code /subscriptions} endpoints, their settings
 * ({@code accord.webhooks.*}) and the lifecycle that runs the read side's dispatcher with the service.
 */
package accord.http.webhooks;
