package org.flourish.lrs.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The bytes of a document and the content type it was sent with; documents may have any content type and are kept
 * byte for byte (xAPI-Communication 1.5, 2.2).
 */
public final class DocumentContent {

    /** What a document sent without a Content-Type is taken to be. */
    public static final String UNKNOWN_TYPE = "application/octet-stream";

    private final String contentType;
    private final byte[] bytes;

    public DocumentContent(String contentType, byte[] bytes) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.bytes = bytes.clone();
    }

    public static DocumentContent json(String json) {
        return new DocumentContent("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public String contentType() {
        return contentType;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether the media type, parameters aside, is {@code application/json} (xAPI-Communication 2.2.s7). */
    public boolean isJson() {
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals("application/json");
    }

    /**
     * The entity tag: the lower-case hexadecimal SHA-1 digest of the bytes (xAPI-Communication 3.1.s4.b2 in 1.0.3;
     * 2.0 only requires a tag, and this one serves both). Unquoted; HTTP quotes it.
     */
    public String etag() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-1", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentContent that && contentType.equals(that.contentType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * contentType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return contentType + " (" + bytes.length + " bytes)";
    }
}
