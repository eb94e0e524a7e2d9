package fr.mutualis.payroll.server.parametres;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * One step of a grade's grid.
 *
 * @param numero       échelon number, from 1
 * @param indiceMajore indice majoré of the échelon (the one the pay is computed on)
 * @param indiceBrut   indice brut of the échelon, 0 when the grid's sources do not give it
 * @param dureeMois    time to spend in the échelon before the next one, in months; 0 for the last échelon or when
 *                     the sources do not give it
 */
public record Echelon(int numero, int indiceMajore, int indiceBrut, int dureeMois) {

    public Echelon {
        if (numero < 1 || indiceMajore < 1 || indiceBrut < 0 || dureeMois < 0) {
            throw new DonneeInvalideException("échelon invalide : numéro et indice majoré doivent être positifs, "
                    + "indice brut et durée positifs ou nuls (" + numero + ", " + indiceMajore + ", " + indiceBrut
                    + ", " + dureeMois + ")");
        }
    }

    /** An échelon known by its indice majoré only. */
    public Echelon(int numero, int indiceMajore) {
        this(numero, indiceMajore, 0, 0);
    }

    /** The duration in French ("2 ans 6 mois"), or "—" when there is none. */
    public String dureeTexte() {
        if (dureeMois == 0) {
            return "—";
        }
        int ans = dureeMois / 12;
        int mois = dureeMois % 12;
        String texte = ans == 0 ? "" : ans + (ans == 1 ? " an" : " ans");
        return (texte + (mois == 0 ? "" : " " + mois + " mois")).strip();
    }
}
