package fr.mutualis.core.server.security;

/**
 * Encrypts personal data at rest (NIR, bank details): AES-256-GCM with a random IV per value, the key coming from
 * the configuration ({@code crypto.key}, base64, best given as {@code ${env:MUTUALIS_CRYPTO_KEY}}) or, failing that,
 * from a key file generated on first start in the data folder ({@code secrets/personal-data.key}, to back up with
 * the database). Values are stored as {@code v1:<base64>}; decrypting detects tampering.
 */
public interface PersonalDataCipher {

    String encrypt(String clear);

    String decrypt(String stored);
}
