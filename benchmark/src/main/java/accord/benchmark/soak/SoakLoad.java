package accord.benchmark.soak;

import accord.benchmark.Latencies;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the soak's clients saw, minute by minute: how many requests of each kind were answered,
 * how fast, and every error (an answer that is not 2xx, or no answer at all).
 */
final class SoakLoad {

    enum Kind { COMMAND, READ }

    /** One minute of one kind. */
    static final class Minute {
        final Latencies latencies = new Latencies();
        final AtomicLong errors = new AtomicLong();
    }

    private static final int ERRORS_KEPT = 10;

    private final long start;
    private final ConcurrentHashMap<Kind, ConcurrentHashMap<Integer, Minute>> minutes = new ConcurrentHashMap<>();
    private final List<String> firstErrors = new CopyOnWriteArrayList<>();
    private final AtomicLong lastPosition = new AtomicLong(-1);
    private final AtomicLong events = new AtomicLong();

    SoakLoad(long start) {
        this.start = start;
    }

    /** Notes an answered request, timed from {@code sent} (System.nanoTime). */
    void answered(Kind kind, long sent, long answered) {
        minute(kind, sent).latencies.add(answered - sent);
    }

    /** Notes a request that failed, and keeps what went wrong if it is among the first. */
    void failed(Kind kind, long sent, String what) {
        minute(kind, sent).errors.incrementAndGet();
        if (firstErrors.size() < ERRORS_KEPT) {
            firstErrors.add(kind + ": " + what);
        }
    }

    /** Notes an event a command recorded, at its ledger position. */
    void recorded(long position) {
        events.incrementAndGet();
        lastPosition.accumulateAndGet(position, Math::max);
    }

    long lastPosition() {
        return lastPosition.get();
    }

    long events() {
        return events.get();
    }

    List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    /** @return every minute of the kind, in order; a minute without requests is empty */
    List<Minute> minutes(Kind kind) {
        ConcurrentHashMap<Integer, Minute> byIndex = minutes.getOrDefault(kind, new ConcurrentHashMap<>());
        int last = byIndex.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        List<Minute> ordered = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            ordered.add(byIndex.getOrDefault(i, new Minute()));
        }
        return ordered;
    }

    private Minute minute(Kind kind, long sent) {
        int index = (int) ((sent - start) / 60_000_000_000L);
        return minutes.computeIfAbsent(kind, any -> new ConcurrentHashMap<>()).computeIfAbsent(index, any -> new Minute());
    }
}
