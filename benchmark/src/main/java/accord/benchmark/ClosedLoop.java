package accord.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs clients in a closed loop: each sends its next command as soon as the previous one is
 * answered, through the warm-up and then the measured window. Only commands that start and end
 * inside the window count, so the figures describe a steady state; errors count throughout.
 */
final class ClosedLoop {

    private static final int ERRORS_KEPT = 5;

    private final int clients;
    private final Duration warmup;
    private final Duration duration;

    ClosedLoop(int clients, Duration warmup, Duration duration) {
        this.clients = clients;
        this.warmup = warmup;
        this.duration = duration;
    }

    /**
     * @param meter read at the start and at the end of the measured window
     */
    Measurement run(String name, IntFunction<Client> clientFor, CpuMeter meter) throws InterruptedException {
        Tally total = new Tally();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int index = c;
            Thread thread = new Thread(() -> {
                Client client = clientFor.apply(index);
                ready.countDown();
                try {
                    go.await();
                    total.add(drive(client, window[0], window[1]));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name + " client " + c);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        window[0] = System.nanoTime() + warmup.toNanos();
        window[1] = window[0] + duration.toNanos();
        go.countDown();
        sleepUntil(window[0]);
        meter.start();
        sleepUntil(window[1]);
        CpuUse cpu = meter.stop();
        for (Thread thread : threads) {
            thread.join();
        }
        return new Measurement(name, clients, duration, total.latencies.count(),
                total.latencies.percentileMillis(50), total.latencies.percentileMillis(99),
                total.conflicts, total.errors, List.copyOf(total.firstErrors), cpu);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static Tally drive(Client client, long from, long until) throws InterruptedException {
        Tally tally = new Tally();
        for (long start = System.nanoTime(); start < until; start = System.nanoTime()) {
            try {
                Outcome outcome = client.send();
                long end = System.nanoTime();
                if (start >= from && end <= until) {
                    if (outcome == Outcome.RECORDED) {
                        tally.latencies.add(end - start);
                    } else {
                        tally.conflicts++;
                    }
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                tally.error(e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
        return tally;
    }

    /** One client's counts, merged into the run's when the client ends. */
    private static final class Tally {

        private final Latencies latencies = new Latencies();
        private final List<String> firstErrors = new ArrayList<>();
        private long conflicts;
        private long errors;

        void error(String description) {
            errors++;
            if (firstErrors.size() < ERRORS_KEPT) {
                firstErrors.add(description);
            }
        }

        synchronized void add(Tally other) {
            latencies.addAll(other.latencies);
            conflicts += other.conflicts;
            errors += other.errors;
            for (String description : other.firstErrors) {
                if (firstErrors.size() < ERRORS_KEPT) {
                    firstErrors.add(description);
                }
            }
        }
    }
}
