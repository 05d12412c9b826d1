package com.example.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP server on 127.0.0.1 that accepts each connection, reads the start of the request and resets
 * the connection (SO_LINGER 0 sends RST), so that no response ever arrives.
 */
public final class ResetServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;
    private final AtomicInteger connections = new AtomicInteger();

    public ResetServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptUntilClosed, "reset-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** How many connections were accepted and reset. */
    public int connections() {
        return connections.get();
    }

    private void acceptUntilClosed() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                connections.incrementAndGet();
                InputStream in = connection.getInputStream();
                in.read(new byte[1024]);
                connection.setSoLinger(true, 0);
            } catch (IOException e) {
                // closed, or the client went away first: the loop condition tells which
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
