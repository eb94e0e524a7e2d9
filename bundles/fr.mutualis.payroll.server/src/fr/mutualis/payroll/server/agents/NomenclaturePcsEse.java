package fr.mutualis.payroll.server.agents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The PCS-ESE 2017 nomenclature of the Insee (professions et catégories socioprofessionnelles des emplois salariés
 * des employeurs privés et publics): the detailed professions an employer declares in the DSN (S21.G00.40.004).
 * Shipped as data, {@value #FICHIER}, with its source in the file's header.
 */
public final class NomenclaturePcsEse {

    /** The shipped list, at the root of the bundle. */
    public static final String FICHIER = "parametres/pcs-ese-2017.csv";

    private static volatile NomenclaturePcsEse livree;

    private final Map<String, String> libelles;

    private NomenclaturePcsEse(Map<String, String> libelles) {
        this.libelles = Collections.unmodifiableMap(libelles);
    }

    /** The list shipped in the bundle. */
    public static NomenclaturePcsEse livree() {
        NomenclaturePcsEse n = livree;
        if (n == null) {
            try (InputStream in = NomenclaturePcsEse.class.getClassLoader().getResourceAsStream(FICHIER)) {
                if (in == null) {
                    throw new IllegalStateException("Shipped PCS-ESE list " + FICHIER + " is missing from the bundle");
                }
                n = lire(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            livree = n;
        }
        return n;
    }

    /** Reads a list: lines {@code code;libellé} after the header {@code code;libelle}, {@code #} comments skipped. */
    public static NomenclaturePcsEse lire(InputStream in) throws IOException {
        Map<String, String> libelles = new TreeMap<>();
        BufferedReader lecteur = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String ligne = lecteur.readLine(); ligne != null; ligne = lecteur.readLine()) {
            if (ligne.isBlank() || ligne.startsWith("#") || ligne.equals("code;libelle")) {
                continue;
            }
            int separateur = ligne.indexOf(';');
            if (separateur != 4) {
                throw new IllegalStateException("Malformed PCS-ESE line: " + ligne);
            }
            libelles.put(ligne.substring(0, 4), ligne.substring(5));
        }
        return new NomenclaturePcsEse(libelles);
    }

    /** The label of a code (lower-case letter, as published), or null when the code is not in the list. */
    public String libelle(String code) {
        return code == null ? null : libelles.get(code);
    }

    public int taille() {
        return libelles.size();
    }

    /** Why the code is refused, in French, or null when it is in the list (or absent: the caller decides). */
    public String probleme(String code) {
        if (code == null || libelles.containsKey(code)) {
            return null;
        }
        return "Code PCS-ESE « " + code + " » absent de la nomenclature PCS-ESE 2017 de l'Insee (" + libelles.size()
                + " professions) : par exemple 523c adjoints administratifs des collectivités locales, 451g "
                + "professions intermédiaires administratives des collectivités locales, 333f personnels "
                + "administratifs de catégorie A des collectivités locales.";
    }
}
