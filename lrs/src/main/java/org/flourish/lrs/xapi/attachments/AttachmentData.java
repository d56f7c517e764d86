package org.flourish.lrs.xapi.attachments;

import java.util.Locale;
import java.util.Objects;

/**
 * The raw data of an attachment, named by its SHA-2 in lower-case hex: the only way the LRS matches data to the
 * attachment objects that declare it (xAPI-Communication 1.5.2.s1.b4). The same data sent twice is kept once.
 */
public record AttachmentData(String sha2, String contentType, byte[] content) {

    public AttachmentData {
        sha2 = sha2.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
