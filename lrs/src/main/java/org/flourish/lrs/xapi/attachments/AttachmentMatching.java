package org.flourish.lrs.xapi.attachments;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flourish.lrs.xapi.validate.format.Sha2Format;

/**
 * Ties the parts of a statement request to the attachment objects of its statements, by SHA-2 and nothing else
 * (xAPI-Communication 1.5.2.s1.b4). Each rule is a method citing its requirement; every broken one is reported.
 * An {@code application/json} request is the case with no parts: then every attachment needs a fileUrl
 * (1.5.2.s2.b1).
 */
public final class AttachmentMatching {

    private static final String BINARY = "binary";

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Received> received = new LinkedHashMap<>();
    private final Set<String> declared = new HashSet<>();

    /** What the check found: the problems (none when the request is acceptable) and the data by lower-case sha2. */
    public record Result(List<String> problems, Map<String, AttachmentData> data) {
        public Result {
            problems = List.copyOf(problems);
            data = Map.copyOf(data);
        }

        public boolean acceptable() {
            return problems.isEmpty();
        }
    }

    private record Received(String label, AttachmentPart part) {
    }

    private AttachmentMatching() {
    }

    public static Result check(List<JsonObject> statements, List<AttachmentPart> parts) {
        AttachmentMatching matching = new AttachmentMatching();
        for (int i = 0; i < parts.size(); i++) {
            // Part 1 is the statements; attachment parts are numbered from 2 as a client counts them.
            matching.readPart("part " + (i + 2), parts.get(i));
        }
        for (int s = 0; s < statements.size(); s++) {
            List<JsonObject> attachments = AttachmentObjects.of(statements.get(s));
            for (int a = 0; a < attachments.size(); a++) {
                matching.matchAttachment("statements[" + s + "] attachment " + (a + 1), attachments.get(a));
            }
        }
        matching.requireEveryPartDeclared();
        return new Result(matching.problems, matching.data(statements));
    }

    /** 1.5.2.s2.b2.b3 and b4: the hash and the binary transfer encoding are in every attachment part's header. */
    private void readPart(String label, AttachmentPart part) {
        if (part.transferEncoding().filter(BINARY::equalsIgnoreCase).isEmpty()) {
            problems.add(label + " must have the header Content-Transfer-Encoding: binary (xAPI-Communication "
                    + "1.5.2.s2.b2.b4)");
        }
        if (part.hash().isEmpty()) {
            problems.add(label + " has no X-Experience-API-Hash header (xAPI-Communication 1.5.2.s2.b2.b3)");
            return;
        }
        String hash = part.hash().get().trim();
        if (!Sha2Format.isHexDigest(hash)) {
            problems.add(label + ": X-Experience-API-Hash " + hash + " is not a SHA-2 hash in hex");
            return;
        }
        requireHashOfData(label, hash, part);
    }

    /** 1.5.2.s1.b4: the data is matched by its SHA-2, so the declared hash must be the data's. */
    private void requireHashOfData(String label, String hash, AttachmentPart part) {
        String actual = Sha2Digests.sameVariantAs(hash, part.data()).orElseThrow();
        if (!actual.equalsIgnoreCase(hash)) {
            problems.add(label + ": its data does not hash to its X-Experience-API-Hash " + hash
                    + " (xAPI-Communication 1.5.2.s1.b4)");
            return;
        }
        received.putIfAbsent(hash.toLowerCase(Locale.ROOT), new Received(label, part));
    }

    /**
     * 1.5.2.s3.b5: an attachment without a fileUrl must have a part with its hash. 1.5.2.s2.b2.b7: the part's
     * Content-Type must agree with the attachment's. The declared length is not compared: no requirement ties it to
     * the part, the hash already proves the data is what the statement names, and the conformance suite itself
     * sends data whose length differs from the one it declares (XAPI-00127).
     */
    private void matchAttachment(String label, JsonObject attachment) {
        Optional<String> sha2 = AttachmentObjects.sha2(attachment);
        if (sha2.isEmpty()) {
            return;
        }
        declared.add(sha2.get());
        Received part = received.get(sha2.get());
        if (part == null) {
            if (!AttachmentObjects.hasFileUrl(attachment)) {
                problems.add(label + " has no fileUrl and no part of the request has its sha2 " + sha2.get()
                        + " (xAPI-Communication 1.5.2.s3.b5; an application/json request needs a fileUrl on "
                        + "every attachment, 1.5.2.s2.b1)");
            }
            return;
        }
        String declaredType = attachment.getString("contentType", "");
        part.part().contentType().filter(type -> !essence(type).equals(essence(declaredType))).ifPresent(type ->
                problems.add(label + " declares contentType " + declaredType + " but " + part.label()
                        + " with its hash has Content-Type " + type + " (xAPI-Communication 1.5.2.s2.b2.b7)"));
    }

    /**
     * Each part after the first "contains the raw data for an Attachment" (1.5.2.s2.b2.b2): a part that no
     * attachment declares is not one.
     */
    private void requireEveryPartDeclared() {
        received.forEach((hash, part) -> {
            if (!declared.contains(hash)) {
                problems.add(part.label() + " with hash " + hash + " is the data of no attachment in the "
                        + "statements (xAPI-Communication 1.5.2.s2.b2.b2)");
            }
        });
    }

    /** The media type without its parameters, in lower case: {@code text/plain; charset=ascii} is text/plain. */
    private static String essence(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private Map<String, AttachmentData> data(List<JsonObject> statements) {
        Map<String, AttachmentData> data = new LinkedHashMap<>();
        Map<String, String> declaredTypes = new LinkedHashMap<>();
        statements.forEach(statement -> AttachmentObjects.of(statement).forEach(attachment ->
                AttachmentObjects.sha2(attachment).ifPresent(sha2 ->
                        declaredTypes.putIfAbsent(sha2, attachment.getString("contentType", "")))));
        received.forEach((hash, part) -> {
            if (declared.contains(hash)) {
                String type = part.part().contentType().orElse(declaredTypes.get(hash));
                data.put(hash, new AttachmentData(hash, type, part.part().data()));
            }
        });
        return data;
    }
}
