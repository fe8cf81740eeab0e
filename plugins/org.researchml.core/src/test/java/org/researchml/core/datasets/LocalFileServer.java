package org.researchml.core.datasets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** HTTP server on 127.0.0.1 with a free port that serves byte arrays, optionally cutting the connection. */
final class LocalFileServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Integer> cutAfterBytes = new ConcurrentHashMap<>();
    private final Map<String, Integer> stallAfterBytes = new ConcurrentHashMap<>();
    private final AtomicInteger requestCount = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);

    LocalFileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves the content at the path, for example {@code /data/a.bin}. */
    void serve(String path, byte[] content) {
        files.put(path, content);
    }

    /** Serves the content with its full Content-Length, but closes the connection after some bytes. */
    void serveCut(String path, byte[] content, int bytesBeforeCut) {
        files.put(path, content);
        cutAfterBytes.put(path, bytesBeforeCut);
    }

    /** Serves the content with its full Content-Length, but stops sending after some bytes until closed. */
    void serveStalled(String path, byte[] content, int bytesBeforeStall) {
        files.put(path, content);
        stallAfterBytes.put(path, bytesBeforeStall);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    int requestCount() {
        return requestCount.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requestCount.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        byte[] content = files.get(path);
        if (content == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, content.length);
        Integer cut = cutAfterBytes.get(path);
        Integer stall = stallAfterBytes.get(path);
        OutputStream body = exchange.getResponseBody();
        if (stall != null) {
            body.write(content, 0, stall);
            body.flush();
            awaitClosing();
            throw new IOException("Test server stalled after " + stall + " bytes");
        }
        if (cut == null) {
            body.write(content);
            body.close();
            return;
        }
        body.write(content, 0, cut);
        body.flush();
        // HttpServer closes the TCP connection when a handler throws, so the client sees a cut transfer.
        throw new IOException("Test server cuts the connection after " + cut + " bytes");
    }

    private void awaitClosing() {
        try {
            closing.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
