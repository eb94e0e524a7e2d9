package fr.mutualis.payroll.server.parametres;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import fr.mutualis.core.api.DonneeInvalideException;

/** The two kinds of payroll data file an administrator can load, told apart by their "format" field. */
public enum FormatFichier {
    PARAMETRES(ChargeurParametres.FORMAT),
    GRILLES(ChargeurGrilles.FORMAT);

    private final String format;

    FormatFichier(String format) {
        this.format = format;
    }

    public String format() {
        return format;
    }

    /**
     * The kind of {@code contenu}.
     *
     * @throws DonneeInvalideException when the file is not valid JSON or not a payroll data file
     */
    public static FormatFichier de(String contenu) {
        String lu = LecteurJson.format(new ByteArrayInputStream(contenu.getBytes(StandardCharsets.UTF_8)), "de paie")
                .orElse(null);
        for (FormatFichier candidat : values()) {
            if (candidat.format.equals(lu)) {
                return candidat;
            }
        }
        throw new DonneeInvalideException("Fichier non reconnu : le champ « format » doit valoir « "
                + ChargeurParametres.FORMAT + " » (paramètres de paie) ou « " + ChargeurGrilles.FORMAT
                + " » (grilles indiciaires)" + (lu == null ? "." : ", pas « " + lu + " »."));
    }
}
