package fr.mutualis.payroll.server.internal;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;

/**
 * The blind index of the NIR: an HMAC-SHA256 of the NIR stored beside the encrypted NIR, so that "is this NIR already
 * an agent of this employer?" is one index lookup instead of decrypting every agent of the collectivity. The key is
 * random, generated on first start and kept in {@code paie_cle} encrypted with the personal-data key.
 */
@Component(service = IndexNir.class)
public final class IndexNir {

    private static final System.Logger LOG = System.getLogger(IndexNir.class.getName());
    private static final String ALGORITHME = "HmacSHA256";
    private static final String NOM_CLE = "index-nir";

    private final PaieStore store;
    private final PersonalDataCipher chiffrement;
    private final SecretKeySpec cle;

    @Activate
    public IndexNir(@Reference PaieStore store, @Reference PersonalDataCipher chiffrement) {
        this.store = store;
        this.chiffrement = chiffrement;
        this.cle = new SecretKeySpec(cle(store, chiffrement), ALGORITHME);
        int completes = completer();
        if (completes > 0) {
            LOG.log(Level.INFO, "NIR index computed for {0} agents recorded before it existed", completes);
        }
    }

    /** The index of a normalised NIR, 64 hexadecimal characters. */
    public String de(String nir) {
        try {
            Mac mac = Mac.getInstance(ALGORITHME);
            mac.init(cle);
            return HexFormat.of().formatHex(mac.doFinal(nir.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Computes the index of the agents recorded without one (before schema version 2); how many. Run at start. */
    public int completer() {
        return Transactions.write(store.emf(), em -> {
            List<AgentEntity> sansIndex = em.createQuery("SELECT a FROM AgentEntity a WHERE a.nirIndex IS NULL",
                    AgentEntity.class).getResultList();
            sansIndex.forEach(a -> a.indexer(de(chiffrement.decrypt(a.getNirChiffre()))));
            return sansIndex.size();
        });
    }

    /** The key, generated and stored (encrypted) on first start; two servers starting together keep the first. */
    private static byte[] cle(PaieStore store, PersonalDataCipher chiffrement) {
        String lue = lire(store);
        if (lue == null) {
            byte[] nouvelle = new byte[32];
            new SecureRandom().nextBytes(nouvelle);
            try {
                Transactions.run(store.emf(), em -> em.createNativeQuery(
                        "INSERT INTO paie_cle (nom, valeur) VALUES (?, ?)").setParameter(1, NOM_CLE)
                        .setParameter(2, chiffrement.encrypt(Base64.getEncoder().encodeToString(nouvelle)))
                        .executeUpdate());
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "NIR index key written by another server first", e);
            }
            lue = lire(store);
        }
        return Base64.getDecoder().decode(chiffrement.decrypt(lue));
    }

    private static String lire(PaieStore store) {
        List<?> valeurs = Transactions.read(store.emf(), em -> em.createNativeQuery(
                "SELECT valeur FROM paie_cle WHERE nom = ?").setParameter(1, NOM_CLE).getResultList());
        return valeurs.isEmpty() ? null : (String) valeurs.get(0);
    }
}
