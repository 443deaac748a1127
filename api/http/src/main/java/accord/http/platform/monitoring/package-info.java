/**
 * What the service measures about itself beyond Spring Boot's own meters: how far each event
 * processor lags behind the event store.
 */
package accord.http.platform.monitoring;
