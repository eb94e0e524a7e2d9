package fr.mutualis.payroll.server.parametres;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.parametres.ChampsJson;

/**
 * One dated value of a grid parameter (such as the taux neutre of the prélèvement à la source): tranches by
 * increasing threshold, the first one starting at 0. Its date of effect and legal reference are carried by the core
 * {@link fr.mutualis.core.server.parametres.ValeurDatee} around it.
 *
 * @param tranches tranches, thresholds strictly increasing from 0
 */
public record Bareme(List<TrancheBareme> tranches) {

    public Bareme {
        if (tranches == null || tranches.isEmpty()) {
            throw new DonneeInvalideException("barème sans tranche");
        }
        if (tranches.get(0).seuil().signum() != 0) {
            throw new DonneeInvalideException("la première tranche doit commencer à 0");
        }
        for (int i = 1; i < tranches.size(); i++) {
            if (tranches.get(i).seuil().compareTo(tranches.get(i - 1).seuil()) <= 0) {
                throw new DonneeInvalideException("les seuils doivent être strictement croissants ("
                        + tranches.get(i - 1).seuil().toPlainString() + " puis "
                        + tranches.get(i).seuil().toPlainString() + ")");
            }
        }
        tranches = List.copyOf(tranches);
    }

    /** The value as written in the file: {@code { "tranches": [ { "seuil": 0, "taux": 0 }, … ] }}. */
    static Bareme depuisJson(JsonNode valeur) {
        if (!valeur.isObject()) {
            throw new DonneeInvalideException("barème attendu ({ \"tranches\": [ … ] })");
        }
        ChampsJson.champsAutorises(valeur, Set.of("tranches"));
        List<TrancheBareme> tranches = new ArrayList<>();
        List<JsonNode> lignes = ChampsJson.liste(valeur, "tranches");
        for (int i = 0; i < lignes.size(); i++) {
            JsonNode tranche = lignes.get(i);
            try {
                ChampsJson.champsAutorises(tranche, Set.of("seuil", "taux"));
                tranches.add(new TrancheBareme(Unite.nombre(tranche.get("seuil"), "seuil"),
                        Unite.nombre(tranche.get("taux"), "taux")));
            } catch (DonneeInvalideException e) {
                throw new DonneeInvalideException("tranche n° " + (i + 1) + " : " + e.getMessage());
            }
        }
        return new Bareme(tranches);
    }

    /** Rate of the tranche that contains {@code base} (a negative base falls in the first tranche). */
    public BigDecimal taux(BigDecimal base) {
        BigDecimal taux = tranches.get(0).taux();
        for (TrancheBareme tranche : tranches) {
            if (base.compareTo(tranche.seuil()) >= 0) {
                taux = tranche.taux();
            }
        }
        return taux;
    }

    /** Same thresholds and rates, whatever the scale of the numbers. */
    boolean memesTranches(Bareme autre) {
        if (tranches.size() != autre.tranches.size()) {
            return false;
        }
        for (int i = 0; i < tranches.size(); i++) {
            TrancheBareme x = tranches.get(i);
            TrancheBareme y = autre.tranches.get(i);
            if (x.seuil().compareTo(y.seuil()) != 0 || x.taux().compareTo(y.taux()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** As shown by {@code mutualis:parameters}. */
    @Override
    public String toString() {
        return tranches.size() + " tranches";
    }
}
