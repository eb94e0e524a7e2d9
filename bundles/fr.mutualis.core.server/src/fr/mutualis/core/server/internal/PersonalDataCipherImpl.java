package fr.mutualis.core.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.config.PrivateFiles;
import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.security.PersonalDataCipher;

/**
 * AES-256-GCM; see {@link PersonalDataCipher} for where the key comes from. Started with the server: the key must be
 * the one the database's personal data were encrypted with ({@link PersonalDataKeyCheck}), else the start is refused.
 */
@Component(service = PersonalDataCipher.class, immediate = true)
public final class PersonalDataCipherImpl implements PersonalDataCipher {

    private static final System.Logger LOG = System.getLogger(PersonalDataCipherImpl.class.getName());
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    @Activate
    public PersonalDataCipherImpl(@Reference ServerConfig config, @Reference CoreStore store) {
        PersonalDataKeyCheck check = new PersonalDataKeyCheck(store.emf(), config);
        this.key = new SecretKeySpec(loadKey(config, check), "AES");
        check.verify(key.getEncoded());
    }

    private static byte[] loadKey(ServerConfig config, PersonalDataKeyCheck check) {
        String configured = config.get("crypto.key", null);
        if (configured != null) {
            byte[] bytes = Base64.getDecoder().decode(configured);
            if (bytes.length != 32) {
                throw new IllegalStateException("crypto.key must be 32 bytes in base64 (AES-256); found " + bytes.length);
            }
            return bytes;
        }
        Path file = config.dataDirectory().resolve("secrets").resolve("personal-data.key");
        try {
            if (!Files.exists(file)) {
                check.refuseWhenMissing(file);
                PrivateFiles.folder(file.getParent());
                byte[] generated = new byte[32];
                RANDOM.nextBytes(generated);
                try (var out = PrivateFiles.create(file)) {
                    out.write(Base64.getEncoder().encodeToString(generated).getBytes(StandardCharsets.US_ASCII));
                }
                LOG.log(Level.WARNING, "Generated the personal-data encryption key {0}: back it up with the database, "
                        + "or set crypto.key in the configuration", file);
            }
            PrivateFiles.folder(file.getParent());
            PrivateFiles.file(file);
            return loadKeyFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    private static byte[] loadKeyFile(Path file) throws IOException {
        byte[] bytes = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        if (bytes.length != 32) {
            throw new IllegalStateException(file + " must hold 32 bytes in base64 (AES-256)");
        }
        return bytes;
    }

    @Override
    public String encrypt(String clear) {
        if (clear == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    @Override
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Value is not encrypted with " + PREFIX);
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed (wrong key or tampered value)", e);
        }
    }
}
