package accord.http.idempotency;

/** What claiming a key found. */
sealed interface Claim {

    /** The key is this request's now: run it, then store its answer or release the key. */
    record Granted(String token) implements Claim {
    }

    /** The same request was answered before: answer it again. */
    record Answered(StoredAnswer answer) implements Claim {
    }

    /** The key was used for another request. */
    record Reused() implements Claim {
    }

    /** A request with this key is still running. */
    record InUse() implements Claim {
    }
}
