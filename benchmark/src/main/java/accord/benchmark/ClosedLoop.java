package accord.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Runs clients in a closed loop: each sends its next command as soon as the previous one is
 * answered, for the warm-up and then the measured window. Only commands that start and end
 * inside the window count, so the figures describe a steady state.
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

    Measurement run(String name, IntFunction<Client> clientFor) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int index = c;
            Thread thread = new Thread(() -> {
                Client client = clientFor.apply(index);
                Latencies own = new Latencies();
                long ownConflicts = 0;
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long from = window[0];
                long until = window[1];
                for (long start = System.nanoTime(); start < until; start = System.nanoTime()) {
                    try {
                        Outcome outcome = client.send();
                        long end = System.nanoTime();
                        if (start >= from && end <= until) {
                            if (outcome == Outcome.RECORDED) {
                                own.add(end - start);
                            } else {
                                ownConflicts++;
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= ERRORS_KEPT) {
                            firstErrors.add(String.valueOf(e.getMessage() == null ? e : e.getMessage()));
                        }
                    }
                }
                conflicts.addAndGet(ownConflicts);
                synchronized (latencies) {
                    latencies.addAll(own);
                }
            }, name + "-client-" + c);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long now = System.nanoTime();
        window[0] = now + warmup.toNanos();
        window[1] = window[0] + duration.toNanos();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return new Measurement(name, clients, duration, latencies.count(),
                latencies.percentileMillis(50), latencies.percentileMillis(99),
                conflicts.get(), errors.get(), List.copyOf(firstErrors));
    }
}
