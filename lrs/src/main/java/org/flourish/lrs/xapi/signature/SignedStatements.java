package org.flourish.lrs.xapi.signature;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Optional;
import org.flourish.lrs.xapi.Jsons;
import org.flourish.lrs.xapi.XapiVersion;
import org.flourish.lrs.xapi.attachments.AttachmentObjects;
import org.flourish.lrs.xapi.rules.StatementEquivalence;

/**
 * Verifies a signed statement as xAPI-Data 2.6 (1.0.3 and 2.0) tells the LRS to: decode the JWS, read the signed
 * statement from its payload, check that it is equivalent to the statement received, check the algorithm, and, when
 * the header carries an X.509 certificate ({@code x5c}), verify the signature with that certificate's key. Without a
 * certificate there is no key to verify with, and the spec asks for none: the other checks still apply.
 */
public final class SignedStatements {

    private SignedStatements() {
    }

    /** Returns normally when the signature is well formed; throws {@link InvalidSignatureException} saying why not. */
    public static void verify(JsonObject statement, byte[] jws, XapiVersion version) {
        CompactJws parsed = CompactJws.parse(new String(jws, StandardCharsets.US_ASCII));
        JwsAlgorithm algorithm = algorithmOf(parsed.header());
        JsonObject signed = signedStatement(parsed);
        requireSameStatement(signed, withoutSignature(statement), version);
        Optional<PublicKey> key = X5cKey.of(parsed.header());
        if (key.isPresent() && !holds(parsed, algorithm, key.get())) {
            throw new InvalidSignatureException("the JWS signature does not verify with the key of its x5c "
                    + "certificate (xAPI-Data 2.6)");
        }
    }

    /** 2.6.s4.b4: RS256, RS384 or RS512 only. */
    private static JwsAlgorithm algorithmOf(JsonObject header) {
        String alg = header.get("alg") instanceof JsonString s ? s.getString() : "(none)";
        return JwsAlgorithm.named(alg).orElseThrow(() -> new InvalidSignatureException("the JWS alg " + alg
                + " is not allowed; a signed statement uses RS256, RS384 or RS512 (xAPI-Data 2.6)"));
    }

    /** 2.6.s4.b3: the payload is a JSON serialization of the statement. */
    private static JsonObject signedStatement(CompactJws jws) {
        JsonValue payload = jws.payloadJson();
        if (payload.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidSignatureException("the JWS payload is not a statement (a JSON object)");
        }
        return payload.asJsonObject();
    }

    /**
     * 2.6 LRS requirements: the signed statement and the received one are logically equivalent, by the comparison
     * of 2.3.1 (which leaves out what the LRS may set, and the attachments). That comparison leaves the ids to its
     * caller: an id in the payload must be the statement's.
     */
    private static void requireSameStatement(JsonObject signed, JsonObject received, XapiVersion version) {
        Optional<String> signedId = signed.get("id") instanceof JsonString id ? Optional.of(id.getString())
                : Optional.empty();
        boolean sameId = signedId.isEmpty() || signedId.get().equalsIgnoreCase(received.getString("id", ""));
        if (!sameId || !StatementEquivalence.equivalent(signed, received, version)) {
            throw new InvalidSignatureException("the JWS payload is not the statement it signs: the signed statement "
                    + "and the statement sent differ (xAPI-Data 2.6)");
        }
    }

    /** The statement as it was before the signature was added: without its signature attachment. */
    static JsonObject withoutSignature(JsonObject statement) {
        if (!(statement.get("attachments") instanceof JsonArray attachments)) {
            return statement;
        }
        JsonArrayBuilder others = Jsons.createArrayBuilder();
        attachments.stream().filter(a -> !(a instanceof JsonObject o && AttachmentObjects.isSignature(o)))
                .forEach(others::add);
        JsonArray rest = others.build();
        return rest.isEmpty() ? Jsons.createObjectBuilder(statement).remove("attachments").build()
                : Jsons.createObjectBuilder(statement).add("attachments", rest).build();
    }

    private static boolean holds(CompactJws jws, JwsAlgorithm algorithm, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(algorithm.javaName());
            verifier.initVerify(key);
            verifier.update(jws.signingInput());
            return verifier.verify(jws.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
