package accord.query.kafka;

/** What a node's publisher is doing. */
public enum PublisherState {
    /** Started, not yet sure whether it may publish. */
    STARTING,
    /** Holds the lease and publishes. */
    PUBLISHING,
    /** Another node holds the lease; this one watches and takes over when it lapses. */
    STANDBY,
    /** The last attempt failed (broker unreachable, topic missing, database down); it tries again after a pause. */
    FAILING,
    /** Closed with the service. */
    STOPPED
}
