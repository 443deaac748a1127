package accord.http.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback that forwards to the service and cuts every connection after a random
 * time, the way a flaky network or a load balancer's idle timeout does. Clients reconnect through it.
 */
public final class CuttingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final Duration shortest;
    private final Duration longest;
    private final SocketRelay relay = new SocketRelay("cutting-proxy", false);
    private final AtomicInteger cuts = new AtomicInteger();
    private volatile boolean closed;

    /**
     * @param targetPort the service's port on loopback
     * @param shortest   the shortest a connection lives
     * @param longest    the longest a connection lives
     */
    public CuttingProxy(int targetPort, Duration shortest, Duration longest) throws IOException {
        this.targetPort = targetPort;
        this.shortest = shortest;
        this.longest = longest;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        relay.execute(this::accept);
    }

    /** @return the port clients connect to */
    public int port() {
        return server.getLocalPort();
    }

    /** @return how many connections it has cut so far */
    public int cuts() {
        return cuts.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket service = new Socket();
                service.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
                relay.relay(client, service);
                long life = ThreadLocalRandom.current().nextLong(shortest.toMillis(), longest.toMillis() + 1);
                relay.execute(() -> cutAfter(life, client, service));
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException("The proxy could not accept a connection", e);
                }
            }
        }
    }

    private void cutAfter(long millis, Socket client, Socket service) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!client.isClosed()) {
            cuts.incrementAndGet();
        }
        relay.cut(client);
        relay.cut(service);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        relay.close();
    }
}
