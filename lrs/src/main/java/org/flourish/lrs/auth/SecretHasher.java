package org.flourish.lrs.auth;

/** Turns secrets into slow salted hashes and checks secrets against them. */
public interface SecretHasher {

    String hash(char[] secret);

    boolean verify(char[] secret, String hash);
}
