package accord.query.kafka;

/**
 * The topic events are published to.
 *
 * @param name              the topic's name
 * @param create            whether the publisher creates it when it is missing
 * @param partitions        how many partitions a created topic has
 * @param replicationFactor how many replicas a created topic has; -1 for the broker's default
 */
public record KafkaTopic(String name, boolean create, int partitions, short replicationFactor) {

    public KafkaTopic {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the topic needs a name");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic needs at least one partition, not " + partitions);
        }
        if (replicationFactor < 1 && replicationFactor != -1) {
            throw new IllegalArgumentException("the replication factor is positive or -1 (the broker's default), not "
                    + replicationFactor);
        }
    }
}
