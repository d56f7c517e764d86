package org.flourish.lrs.service;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.store.DocumentContent;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.json.BoundedJsonReader;
import org.flourish.lrs.xapi.json.MalformedJsonException;

/**
 * The merge of a POSTed JSON document into a stored one (xAPI-Communication 2.2.s7): each top-level property of the
 * posted object replaces the stored one whole; the others stay. Both must be JSON objects sent as
 * {@code application/json}, else the request is a 400 and nothing changes (2.2.s8.b1).
 */
final class DocumentMerge {

    private DocumentMerge() {
    }

    /**
     * What a POST writes: the posted content when there is no document yet, else the merge of the two. Posted as
     * {@code application/json}, the body must be one JSON object in UTF-8, with nothing after it, even when there is
     * nothing to merge into (2.2.s8.b1; XAPI-00314 posts such a body onto a new document).
     */
    static DocumentContent post(Optional<DocumentContent> stored, DocumentContent posted) {
        if (posted.isJson() && jsonObject(posted).isEmpty()) {
            throw new InvalidRequestException("a document POSTed as application/json must be one JSON object in "
                    + "UTF-8 with nothing after it (xAPI-Communication 2.2.s8)");
        }
        return stored.map(document -> merge(document, posted)).orElse(posted);
    }

    static DocumentContent merge(DocumentContent stored, DocumentContent posted) {
        JsonObject base = jsonObject(stored).orElseThrow(() -> new InvalidRequestException(
                "the stored document is not a JSON object sent as application/json (it is " + stored.contentType()
                        + "), so a POST cannot merge into it; replace it with PUT (xAPI-Communication 2.2.s8)"));
        JsonObject update = jsonObject(posted).orElseThrow(() -> new InvalidRequestException(
                "a POST onto an existing JSON document must send a JSON object as application/json to merge "
                        + "(xAPI-Communication 2.2.s8)"));
        JsonObjectBuilder merged = Jsons.createObjectBuilder(base);
        update.forEach(merged::add);
        return DocumentContent.json(merged.build().toString());
    }

    /** The content as a JSON object: sent as JSON, strict UTF-8, one object and only white space after it. */
    private static Optional<JsonObject> jsonObject(DocumentContent content) {
        if (!content.isJson()) {
            return Optional.empty();
        }
        try {
            JsonValue value = BoundedJsonReader.standard().read(content.bytes());
            return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (MalformedJsonException notJson) {
            return Optional.empty();
        }
    }
}
