package accord.http.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback in front of the test's PostgreSQL server, so a test can take "the
 * database" away from one service without stopping the server every other test shares.
 * {@link #stop()} closes the listening socket and cuts every open connection: connecting is
 * refused and every connection in use breaks, exactly what a stopped server looks like to a
 * client. {@link #start()} listens again on the same port.
 */
public final class DatabaseProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    /** Cuts reset connections, as when a server's process goes away mid-conversation. */
    private final SocketRelay relay = new SocketRelay("database-proxy", true);
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile ServerSocket server;

    /**
     * Listens on a free loopback port, forwarding to the server of the JDBC URL.
     *
     * @param jdbcUrl a {@code jdbc:postgresql://host:port/...} URL of the real server
     */
    public DatabaseProxy(String jdbcUrl) throws IOException {
        URI target = URI.create(jdbcUrl.substring("jdbc:".length()));
        this.targetHost = target.getHost();
        this.targetPort = target.getPort() < 0 ? 5432 : target.getPort();
        ServerSocket first = listen(0);
        this.port = first.getLocalPort();
        serve(first);
    }

    /** @return the port clients connect to; the same after every {@link #start()} */
    public int port() {
        return port;
    }

    /**
     * @param jdbcUrl a JDBC URL of the real server
     * @return the same URL through this proxy
     */
    public String through(String jdbcUrl) {
        URI target = URI.create(jdbcUrl.substring("jdbc:".length()));
        String authority = target.getHost() + (target.getPort() < 0 ? "" : ":" + target.getPort());
        return jdbcUrl.replaceFirst(java.util.regex.Pattern.quote(authority), "127.0.0.1:" + port);
    }

    /** @return how many connections it has accepted so far */
    public int accepted() {
        return accepted.get();
    }

    /** @return whether it is listening */
    public boolean isRunning() {
        ServerSocket current = server;
        return current != null && !current.isClosed();
    }

    /** Stops listening and cuts every open connection, as a database server that stops. */
    public synchronized void stop() throws IOException {
        ServerSocket current = server;
        server = null;
        if (current != null) {
            current.close();
        }
        relay.cutAll();
    }

    /** Listens again on the same port, as a database server that starts. */
    public synchronized void start() throws IOException {
        if (isRunning()) {
            return;
        }
        serve(listen(port));
    }

    @Override
    public void close() throws IOException {
        stop();
        relay.close();
    }

    private static ServerSocket listen(int onPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 100);
        return socket;
    }

    private void serve(ServerSocket listening) {
        server = listening;
        relay.execute(() -> accept(listening));
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            Socket client;
            try {
                client = listening.accept();
            } catch (IOException stopped) {
                return;
            }
            Socket database = new Socket();
            try {
                database.connect(new InetSocketAddress(targetHost, targetPort), 5_000);
                client.setTcpNoDelay(true);
                database.setTcpNoDelay(true);
            } catch (IOException unreachable) {
                relay.cut(client);
                relay.cut(database);
                continue;
            }
            synchronized (this) {
                if (server != listening) {
                    // Stopped while this one was connecting.
                    relay.cut(client);
                    relay.cut(database);
                    return;
                }
                relay.relay(client, database);
            }
            accepted.incrementAndGet();
        }
    }
}
