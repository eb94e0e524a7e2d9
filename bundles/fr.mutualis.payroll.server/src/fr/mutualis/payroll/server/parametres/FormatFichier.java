package fr.mutualis.payroll.server.parametres;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.parametres.ChampsJson;
import fr.mutualis.core.server.parametres.LecteurParametres;

/** The two kinds of payroll data file an administrator can load, told apart by their "format" field. */
public enum FormatFichier {
    PARAMETRES(LecteurParametres.FORMAT),
    GRILLES(ChargeurGrilles.FORMAT);

    private final String format;

    FormatFichier(String format) {
        this.format = format;
    }

    public String format() {
        return format;
    }

    /**
     * The text of a parameter file in the format its reader expects: a payroll file of the former format {@code
     * mutualis-paie-parametres/1} (stored before the shared format) is rewritten with the same values; any other
     * text is returned as it is.
     */
    public static String enFormatActuel(String contenu) {
        return AncienFormatPaie.enFormatActuel(contenu);
    }

    /**
     * The kind of {@code contenu}.
     *
     * @throws DonneeInvalideException when the file is not valid JSON or not a payroll data file
     */
    public static FormatFichier de(String contenu) {
        String lu;
        try {
            lu = ChampsJson.format(new ByteArrayInputStream(contenu.getBytes(StandardCharsets.UTF_8))).orElse(null);
        } catch (DonneeInvalideException e) {
            throw new DonneeInvalideException("Fichier de paie illisible : " + e.getMessage() + ".");
        }
        if (AncienFormatPaie.FORMAT.equals(lu)) {
            return PARAMETRES; // files loaded before the shared format, converted when read
        }
        for (FormatFichier candidat : values()) {
            if (candidat.format.equals(lu)) {
                return candidat;
            }
        }
        throw new DonneeInvalideException("Fichier non reconnu : le champ « format » doit valoir « "
                + LecteurParametres.FORMAT + " » (paramètres de paie) ou « " + ChargeurGrilles.FORMAT
                + " » (grilles indiciaires)" + (lu == null ? "." : ", pas « " + lu + " »."));
    }
}
