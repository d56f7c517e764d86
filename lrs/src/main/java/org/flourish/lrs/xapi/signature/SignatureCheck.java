package org.flourish.lrs.xapi.signature;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flourish.lrs.xapi.XapiVersion;
import org.flourish.lrs.xapi.attachments.AttachmentData;
import org.flourish.lrs.xapi.attachments.AttachmentObjects;

/**
 * The signature attachments of a batch (xAPI-Data 2.6): each has contentType {@code application/octet-stream}, comes
 * with its JWS as a part of the request, and that JWS is a well-formed signature of its statement. The LRS refuses
 * the batch with 400 on any problem (2.6 LRS requirements).
 */
public final class SignatureCheck {

    private static final String OCTET_STREAM = "application/octet-stream";

    private SignatureCheck() {
    }

    /** The problems of the batch's signatures; empty when all hold (or none is signed). */
    public static List<String> problems(List<JsonObject> statements, Map<String, AttachmentData> data,
            XapiVersion version) {
        List<String> problems = new ArrayList<>();
        for (int s = 0; s < statements.size(); s++) {
            JsonObject statement = statements.get(s);
            String label = "statements[" + s + "] signature";
            for (JsonObject attachment : topLevelSignatures(statement)) {
                String type = attachment.getString("contentType", "");
                if (!OCTET_STREAM.equalsIgnoreCase(type.trim())) {
                    problems.add(label + " has contentType " + type + "; a signature attachment is "
                            + OCTET_STREAM + " (xAPI-Data 2.6.s4.b1)");
                    continue;
                }
                AttachmentData jws = data.get(attachment.getString("sha2", "").toLowerCase(Locale.ROOT));
                if (jws == null) {
                    problems.add(label + " has no part with its JWS in the request; a signed statement carries "
                            + "its signature (xAPI-Data 2.6.s4.b1)");
                    continue;
                }
                try {
                    SignedStatements.verify(statement, jws.content(), version);
                } catch (InvalidSignatureException e) {
                    problems.add(label + ": " + e.getMessage());
                }
            }
        }
        return problems;
    }

    private static List<JsonObject> topLevelSignatures(JsonObject statement) {
        if (!(statement.get("attachments") instanceof JsonArray attachments)) {
            return List.of();
        }
        return attachments.stream().filter(a -> a instanceof JsonObject o && AttachmentObjects.isSignature(o))
                .map(JsonObject.class::cast).toList();
    }
}
