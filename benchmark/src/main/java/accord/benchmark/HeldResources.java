package accord.benchmark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a benchmark holds (a scratch database, a service, a key) and gives back once, in reverse
 * order, whether its run ended, failed or was interrupted.
 */
public final class HeldResources {

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final AtomicBoolean released = new AtomicBoolean();

    /** @return the resource, now held */
    public synchronized <T extends AutoCloseable> T hold(T resource) {
        resources.push(resource);
        return resource;
    }

    /** @return whether {@link #release} has run */
    public boolean released() {
        return released.get();
    }

    /** Closes everything held, newest first, once; a failure to close one is reported and the rest still close. */
    public synchronized void release() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("Could not release " + resource + ": " + e.getMessage());
            }
        }
    }
}
