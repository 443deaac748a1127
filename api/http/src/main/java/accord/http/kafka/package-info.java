/**
 * Kafka publication's wiring (docs/kafka.md): off unless {@code accord.kafka.enabled=true}; then the
 * publisher of {@code accord.query.kafka}, its settings ({@code accord.kafka.*}), the {@code kafka}
 * health contributor and the {@code accord.kafka.lag} gauge.
 */
package accord.http.kafka;
