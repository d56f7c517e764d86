package org.flourish.lrs.api.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Builds a {@code multipart/mixed} body (RFC 2046 section 5.1.1) with CRLF line breaks and a fresh boundary. */
public final class MultipartWriter {

    private final String boundary = "flourish-" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** The Content-Type of the body this writer builds. */
    public String contentType() {
        return "multipart/mixed; boundary=" + boundary;
    }

    /** Adds a part; header names are written as given, in the map's order. */
    public MultipartWriter part(Map<String, String> headers, byte[] content) {
        ascii("--" + boundary + "\r\n");
        headers.forEach((name, value) -> ascii(name + ": " + value + "\r\n"));
        ascii("\r\n");
        out.writeBytes(content);
        ascii("\r\n");
        return this;
    }

    /** The body, closed by its close delimiter. */
    public byte[] finish() {
        ascii("--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private void ascii(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
