package accord.messages.agreement;

/** How one agreement relates to another. Read as "this agreement ... the other". */
public enum LinkRelation {
    /** Related in a way not named more precisely. */
    RELATED_TO,
    /** Similar in content, for example the same kind of deal with another country. */
    SIMILAR_TO,
    /** Builds on the other, for example extends an earlier partnership. */
    BUILDS_ON,
    /** Implements the other, for example a deal implementing a framework. */
    IMPLEMENTS,
    /** Replaces the other. */
    SUPERSEDES
}
