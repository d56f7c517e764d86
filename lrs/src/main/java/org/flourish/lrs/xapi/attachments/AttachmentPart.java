package org.flourish.lrs.xapi.attachments;

import java.util.Objects;
import java.util.Optional;

/**
 * A part after the statements in a {@code multipart/mixed} statement request (xAPI-Communication 1.5.2): the values of
 * its Content-Type, Content-Transfer-Encoding and X-Experience-API-Hash header fields, and its raw data.
 */
public record AttachmentPart(Optional<String> contentType, Optional<String> transferEncoding, Optional<String> hash,
        byte[] data) {

    public AttachmentPart {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(transferEncoding, "transferEncoding");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(data, "data");
    }
}
