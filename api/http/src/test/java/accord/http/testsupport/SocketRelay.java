package accord.http.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the loopback proxies ({@link CuttingProxy}, {@link DatabaseProxy}) share: daemon threads that
 * copy bytes both ways between a client's socket and the target's, and the sockets still open, so that
 * a proxy can cut one connection or all of them. When either side of a connection closes, so does the
 * other.
 */
final class SocketRelay implements AutoCloseable {

    private final ExecutorService threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final boolean reset;

    /**
     * @param threadName names the relay's threads
     * @param reset      whether a cut resets the connection (as a server's process that goes away does)
     *                   rather than closing it in order
     */
    SocketRelay(String threadName, boolean reset) {
        this.reset = reset;
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs a task of the proxy's own (its accept loop, a timer) on the relay's threads. */
    void execute(Runnable task) {
        threads.execute(task);
    }

    /** Copies bytes between the two sockets, each way, until either closes. */
    void relay(Socket client, Socket target) {
        open.add(client);
        open.add(target);
        threads.execute(() -> pipe(client, target));
        threads.execute(() -> pipe(target, client));
    }

    /** Cuts every connection still open. */
    void cutAll() {
        open.forEach(this::cut);
    }

    /** Closes the socket (resetting it if the relay resets), whether or not it is still open. */
    void cut(Socket socket) {
        open.remove(socket);
        if (reset) {
            try {
                socket.setSoLinger(true, 0);
            } catch (SocketException alreadyClosed) {
                // Nothing to reset.
            }
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException cut) {
            // One side was closed: the other follows.
        } finally {
            cut(from);
            cut(to);
        }
    }

    @Override
    public void close() {
        cutAll();
        threads.shutdownNow();
    }
}
