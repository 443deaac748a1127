package accord.http.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "cutting-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
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
        threads.execute(this::accept);
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
                open.add(client);
                open.add(service);
                threads.execute(() -> pipe(client, service));
                threads.execute(() -> pipe(service, client));
                long life = ThreadLocalRandom.current().nextLong(shortest.toMillis(), longest.toMillis() + 1);
                threads.execute(() -> cutAfter(life, client, service));
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
        closeQuietly(client);
        closeQuietly(service);
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException cut) {
            // One side was closed: the other follows.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        open.forEach(this::closeQuietly);
        threads.shutdownNow();
    }
}
