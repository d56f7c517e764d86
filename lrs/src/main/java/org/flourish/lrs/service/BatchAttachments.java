package org.flourish.lrs.service;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flourish.lrs.error.InvalidRequestException;
import org.flourish.lrs.xapi.XapiVersion;
import org.flourish.lrs.xapi.attachments.AttachmentData;
import org.flourish.lrs.xapi.attachments.AttachmentMatching;
import org.flourish.lrs.xapi.attachments.AttachmentPart;
import org.flourish.lrs.xapi.signature.SignatureCheck;

/**
 * The attachment rules of a statement batch, decided before anything is stored: the parts against the statements'
 * attachment objects (xAPI-Communication 1.5.2), then the signatures (xAPI-Data 2.6). Any problem refuses the whole
 * batch with 400, naming every problem found.
 */
final class BatchAttachments {

    private BatchAttachments() {
    }

    /** The data to keep, by lower-case sha2; throws {@link InvalidRequestException} when a rule is broken. */
    static Map<String, AttachmentData> checked(List<JsonValue> statements, List<AttachmentPart> parts,
            XapiVersion version) {
        List<JsonObject> objects = statements.stream().map(JsonValue::asJsonObject).toList();
        AttachmentMatching.Result matched = AttachmentMatching.check(objects, parts);
        List<String> problems = new ArrayList<>(matched.problems());
        if (problems.isEmpty()) {
            problems.addAll(SignatureCheck.problems(objects, matched.data(), version));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", problems));
        }
        return matched.data();
    }
}
