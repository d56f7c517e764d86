package org.flourish.lrs.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The answer to a multiple-document GET: the ids, and when the most recently written of them was written. */
public record DocumentList(List<String> ids, Optional<OffsetDateTime> lastModified) {

    public DocumentList {
        ids = List.copyOf(ids);
    }
}
