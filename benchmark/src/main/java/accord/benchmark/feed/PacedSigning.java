package accord.benchmark.feed;

import accord.benchmark.CommandBodies;
import accord.benchmark.HttpProbe;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * A clerk signing new MoUs ({@code POST /agreements/{id}/sign-mou}, one event each) one at a
 * time over one kept-alive connection, at a steady rate: each command is sent when it is due, or
 * at once when the one before answered late. Every command is timed from just before it is sent to
 * its answer, which carries the ledger position of its event.
 */
final class PacedSigning {

    /**
     * One command.
     *
     * @param position the ledger position of its event, from the answer
     * @param sent     just before it was sent, in {@link System#nanoTime()}
     * @param answered when its 2xx answer had been read whole: the event was committed before
     */
    record Command(long position, long sent, long answered) {
    }

    private final HttpProbe http;
    private final ObjectMapper json = new ObjectMapper();
    private int signed;

    PacedSigning(HttpProbe http) {
        this.http = http;
    }

    /**
     * @param count     commands to send
     * @param perSecond how many a second
     * @return the commands, in the order sent
     */
    List<Command> sign(int count, int perSecond) throws IOException {
        List<Command> commands = new ArrayList<>(count);
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String id = String.format(Locale.ROOT, "feed-%06d", ++signed);
            String path = "/agreements/" + id + "/sign-mou";
            String body = CommandBodies.signMoU("Feed benchmark agreement " + signed);
            long sent = System.nanoTime();
            HttpProbe.Answer answer = http.postJson(path, body);
            long answered = System.nanoTime();
            if (answer.status() / 100 != 2) {
                throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.text());
            }
            long position = json.readTree(answer.body()).path("position").asLong(-1);
            if (position < 0) {
                throw new IllegalStateException("POST " + path + " answered without a ledger position: " + answer.text());
            }
            commands.add(new Command(position, sent, answered));
        }
        return commands;
    }
}
