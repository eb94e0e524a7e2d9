package fr.mutualis.budget.server.internal;

import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.server.internal.entity.TiersEntity;
import fr.mutualis.core.api.Masquage;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.security.PersonalDataCipher;

/**
 * Tiers as the caller may see them: bank details (IBAN and BIC, both encrypted at rest) are decrypted for the
 * ordonnateur only; the other roles get the tiers without IBAN and BIC and the IBAN masked in the fiche. The PES
 * export (ordonnateur only) reads them in clear.
 */
final class VueTiers {

    private final PersonalDataCipher cipher;

    VueTiers(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    static boolean ibanVisible() {
        return CallContext.find().map(c -> c.roles().contains(Role.ORDONNATEUR)).orElse(false);
    }

    Tiers tiers(TiersEntity tiers) {
        return ibanVisible() ? tiersComplet(tiers) : tiers.toTiers(null);
    }

    /** With the bank details in clear, whoever asks: for the PES file only. */
    Tiers tiersComplet(TiersEntity tiers) {
        return tiers.toTiers(iban(tiers), bic(tiers));
    }

    FicheTiers fiche(TiersEntity tiers) {
        String iban = iban(tiers);
        boolean visible = ibanVisible();
        return new FicheTiers(tiers.getId(), visible ? tiersComplet(tiers) : tiers.toTiers(null),
                iban == null ? null : visible ? iban : Masquage.iban(iban), tiers.isActif());
    }

    String chiffrer(String donnee) {
        return donnee == null ? null : cipher.encrypt(donnee);
    }

    private String iban(TiersEntity tiers) {
        return tiers.getIbanChiffre() == null ? null : cipher.decrypt(tiers.getIbanChiffre());
    }

    private String bic(TiersEntity tiers) {
        return tiers.getBicChiffre() == null ? tiers.getBicAncien() : cipher.decrypt(tiers.getBicChiffre());
    }
}
