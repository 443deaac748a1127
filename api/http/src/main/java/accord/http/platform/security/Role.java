package accord.http.platform.security;

/** What a user of the service may do. */
public enum Role {

    /** Records what happens to agreements: may send commands and read. */
    CLERK,

    /** Reads agreements and their history. */
    AUDITOR,

    /** Reads agreements and subscribes to their events. */
    INTEGRATOR,

    /** Operates the service: actuator endpoints, {@code /admin/**}, API tokens, every webhook subscription; may read agreements. */
    ADMIN
}
