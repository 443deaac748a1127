package accord.benchmark;

/** One simulated user: sends one command per call, from its own thread. */
@FunctionalInterface
interface Client {

    /**
     * Sends one command and waits for its answer.
     *
     * @return how it ended
     * @throws Exception anything else; counted as an error and described by its message
     */
    Outcome send() throws Exception;
}
