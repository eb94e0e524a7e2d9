package fr.mutualis.core.server.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted slow password hashes: PBKDF2-HMAC-SHA512 from the JDK, 16-byte random salt, 210,000 iterations (OWASP 2023),
 * stored as {@code pbkdf2-sha512$<iterations>$<salt>$<hash>} so the cost can be raised later without breaking old hashes.
 */
final class PasswordHasher {

    static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String PREFIX = "pbkdf2-sha512";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return PREFIX + "$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
    }

    static boolean matches(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
    }

    /** Spends the same time as a real check, so an unknown login cannot be told apart by timing. */
    static void burn(String password) {
        matches(password == null ? "" : password, Dummy.HASH);
    }

    /** The hash an unknown login is checked against: computed at the first such login, not at start-up. */
    private static final class Dummy {
        static final String HASH = hash("mutualis-timing-equalizer");
    }

    /** A password's hash, and the password itself when it was generated (to be shown once), else null. */
    record Hashed(String hash, String generated) {
    }

    /** The hash of the given password, or, when none is given (null), of a {@link #generate generated} one. */
    static Hashed hashOrGenerate(String password) {
        String generated = password == null ? generate() : null;
        return new Hashed(hash(password == null ? generated : password), generated);
    }

    /** A random password of 16 letters and digits (no look-alike characters) for generated accounts. */
    static String generate() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 512);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }
}
