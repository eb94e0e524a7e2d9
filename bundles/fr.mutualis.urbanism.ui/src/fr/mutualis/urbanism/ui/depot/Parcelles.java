package fr.mutualis.urbanism.ui.depot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.Parcelle;

/** Reads the cadastral parcels as a user types them: {@code AB 123, AB 124} (commas or semicolons between them). */
final class Parcelles {

    private static final Pattern PARCELLE = Pattern.compile("([A-Za-z]{1,2}|0[A-Za-z])\\s*(\\d{1,6})");

    private Parcelles() {
    }

    /** The parcels, each checked as the server checks it; the first problem is thrown, in French. */
    static List<Parcelle> lire(String texte) {
        List<Parcelle> parcelles = new ArrayList<>();
        Set<Parcelle> vues = new LinkedHashSet<>();
        for (String morceau : (texte == null ? "" : texte).split("[,;]")) {
            String saisie = morceau.strip();
            if (saisie.isEmpty()) {
                continue;
            }
            Matcher m = PARCELLE.matcher(saisie);
            if (!m.matches()) {
                throw new DonneeInvalideException("Parcelle « " + saisie + " » illisible : indiquez la section puis "
                        + "le numéro, ex. AB 123 ; séparez les parcelles par des virgules.");
            }
            Parcelle parcelle = new Parcelle(m.group(1), Integer.parseInt(m.group(2)));
            if (!vues.add(parcelle)) {
                throw new DonneeInvalideException("La parcelle " + parcelle.libelle() + " est indiquée deux fois.");
            }
            parcelles.add(parcelle);
        }
        if (parcelles.isEmpty()) {
            throw new DonneeInvalideException("Au moins une parcelle cadastrale est obligatoire (section et numéro, "
                    + "ex. AB 123).");
        }
        return parcelles;
    }
}
