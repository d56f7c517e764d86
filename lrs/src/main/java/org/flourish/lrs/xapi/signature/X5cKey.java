package org.flourish.lrs.xapi.signature;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Optional;

/**
 * The public key of the first certificate of a JWS header's {@code x5c} chain (RFC 7515 4.1.6: base64, not base64url,
 * DER certificates, the signer's first). Trust in the certificate is not judged: xAPI-Data 2.6 checks the signature
 * against it only to catch mistakes.
 */
final class X5cKey {

    private X5cKey() {
    }

    /** The signer's RSA key when the header has an {@code x5c}; empty when it has none. */
    static Optional<PublicKey> of(JsonObject header) {
        JsonValue x5c = header.get("x5c");
        if (x5c == null) {
            return Optional.empty();
        }
        if (!(x5c instanceof JsonArray chain) || chain.isEmpty() || !(chain.get(0) instanceof JsonString first)) {
            throw new InvalidSignatureException("the JWS header's x5c must be a non-empty array of base64 "
                    + "certificates (RFC 7515 4.1.6)");
        }
        PublicKey key = certificateKey(first.getString());
        if (!(key instanceof RSAPublicKey)) {
            throw new InvalidSignatureException("the x5c certificate's key is not an RSA key, as RS256, RS384 and "
                    + "RS512 need");
        }
        return Optional.of(key);
    }

    private static PublicKey certificateKey(String base64) {
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der))
                    .getPublicKey();
        } catch (IllegalArgumentException | CertificateException e) {
            throw new InvalidSignatureException("the first x5c entry is not a base64 DER X.509 certificate");
        }
    }
}
