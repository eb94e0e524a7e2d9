package fr.mutualis.core.server.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.persistence.Transactions;
import jakarta.persistence.EntityManagerFactory;

/**
 * Ties the personal-data key to the database: at first start an HMAC of a constant under the key is stored in
 * {@code parametre_serveur}; at every start it is compared. A database restored without its key (or with another
 * one) is refused with what to do, instead of a server that shows undecipherable NIRs and bank details.
 */
final class PersonalDataKeyCheck {

    static final String SETTING = "crypto.key.check";
    private static final byte[] CONSTANT = "Mutualis personal-data key check v1".getBytes(StandardCharsets.US_ASCII);

    private final EntityManagerFactory emf;
    private final ServerConfig config;

    PersonalDataKeyCheck(EntityManagerFactory emf, ServerConfig config) {
        this.emf = emf;
        this.config = config;
    }

    /** The key file is absent: fine for a new database, refused for one whose data were encrypted already. */
    void refuseWhenMissing(Path keyFile) {
        if (stored() != null) {
            throw StartRefusal.refuse("la clé des données personnelles " + keyFile + " manque alors que la base en "
                    + "contient, chiffrées avec elle ; remettez ce fichier depuis votre sauvegarde (ou crypto.key dans "
                    + config.configFile() + ") puis relancez le serveur.",
                    "Personal-data key " + keyFile + " missing for a database that holds data encrypted with it: "
                            + "restore the key file from the backup (or set crypto.key)", null);
        }
    }

    /** Records the check value at first start, compares it afterwards. */
    void verify(byte[] key) {
        String expected = checkValue(key);
        String stored = stored();
        if (stored == null) {
            Transactions.run(emf, em -> em.createNativeQuery("INSERT INTO parametre_serveur (cle, valeur) VALUES (?, ?)")
                    .setParameter(1, SETTING).setParameter(2, expected).executeUpdate());
        } else if (!MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII))) {
            throw StartRefusal.refuse("la clé des données personnelles n'est pas celle de cette base (données "
                    + "restaurées sans leur clé ?) ; remettez la clé sauvegardée avec la base dans "
                    + config.dataDirectory().resolve("secrets").resolve("personal-data.key") + " (ou crypto.key dans "
                    + config.configFile() + ") puis relancez le serveur.",
                    "The personal-data key does not match the database's key check value: restore the key that was "
                            + "backed up with this database", null);
        }
    }

    private String stored() {
        List<?> rows = Transactions.read(emf, em -> em.createNativeQuery(
                "SELECT valeur FROM parametre_serveur WHERE cle = ?").setParameter(1, SETTING).getResultList());
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    static String checkValue(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(CONSTANT));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
