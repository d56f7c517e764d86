package org.flourish.lrs.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * An RSA key and its self-signed X.509 certificate, made for the tests by the JDK's own {@code keytool} (the JDK has
 * no public API that builds certificates), and the JWS signatures of statements made with them.
 */
public final class TestSigner {

    private static final char[] PASSWORD = "test-only".toCharArray();

    private final PrivateKey key;
    private final Certificate certificate;

    private TestSigner(PrivateKey key, Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /** A new 2048-bit RSA key with a self-signed certificate, in a keystore under {@code target/}. */
    public static TestSigner create(String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "test-signers"));
            Path store = directory.resolve(name + "-" + UUID.randomUUID() + ".p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "signer", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                    "-dname", "CN=" + name + ", O=Flourish tests", "-storetype", "PKCS12",
                    "-keystore", store.toString(), "-storepass", new String(PASSWORD))
                    .redirectErrorStream(true).start();
            byte[] output = keytool.getInputStream().readAllBytes();
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + new String(output, StandardCharsets.UTF_8));
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, PASSWORD);
            }
            return new TestSigner((PrivateKey) keys.getKey("signer", PASSWORD), keys.getCertificate("signer"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JWS header with this signer's certificate as {@code x5c}. */
    public JsonObjectBuilder headerWithCertificate(String alg) {
        try {
            return Json.createObjectBuilder().add("alg", alg)
                    .add("x5c", Json.createArrayBuilder().add(Base64.getEncoder().encodeToString(
                            certificate.getEncoded())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The compact JWS of {@code payload} under {@code header}, signed with a Java algorithm (SHA256withRSA...). */
    public String sign(JsonObject header, String payload, String javaAlgorithm) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance(javaAlgorithm);
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + url.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The usual case: RS256 with the certificate in the header. */
    public String sign(JsonObject statement) {
        return sign(headerWithCertificate("RS256").build(), statement.toString(), "SHA256withRSA");
    }
}
