package org.flourish.lrs.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A GET sent from a chosen loopback address (127.0.0.2, 127.0.0.3, ...), so that a test can be several clients as
 * the server counts them; Java's HTTP client cannot choose its source address.
 */
public final class FromAddress {

    /** The status, headers (names in lower case), body and how long the exchange took. */
    public record Reply(int status, Map<String, String> headers, String body, long nanos) {
    }

    private FromAddress() {
    }

    public static Reply get(String localAddress, URI uri, String key, String secret) {
        String basic = Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        String request = "GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\nAuthorization: Basic " + basic
                + "\r\nX-Experience-API-Version: 2.0.0\r\nConnection: close\r\n\r\n";
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String response = readAll(socket.getInputStream());
            long nanos = System.nanoTime() - start;
            int split = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, split).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1)
                        .trim());
            }
            return new Reply(Integer.parseInt(head[0].split(" ")[1]), headers, response.substring(split + 4), nanos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
