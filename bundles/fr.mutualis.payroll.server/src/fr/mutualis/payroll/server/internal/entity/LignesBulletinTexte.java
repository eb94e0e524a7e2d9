package fr.mutualis.payroll.server.internal.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.NatureLigne;

/**
 * The lines of a stored payslip in one text column ({@code paie_bulletin.lignes}, db/paie/V3): one line of text per
 * payslip line, in order, its fields separated by {@code |}: code, libellé, nature, base, taux salarial, montant
 * salarial, taux patronal, montant patronal; an absent value is empty. A {@code \}, {@code |} or line break inside a
 * code or libellé is written {@code \\}, {@code \|}, {@code \n}. Amounts keep their two decimals and rates are
 * rounded to the four decimals of the former {@code NUMERIC(9,4)} column, so a payslip reads back as it did when each
 * line was a row (the migration converts those rows to this text).
 */
public final class LignesBulletinTexte {

    private static final int CHAMPS = 8;

    private LignesBulletinTexte() {
    }

    public static String ecrire(List<LigneBulletin> lignes) {
        StringBuilder texte = new StringBuilder(lignes.size() * 96);
        for (LigneBulletin ligne : lignes) {
            if (!texte.isEmpty()) {
                texte.append('\n');
            }
            echapper(texte, ligne.code());
            texte.append('|');
            echapper(texte, ligne.libelle());
            texte.append('|').append(ligne.nature().name()).append('|');
            nombre(texte, ligne.base());
            texte.append('|');
            nombre(texte, taux(ligne.tauxSalarial()));
            texte.append('|');
            nombre(texte, ligne.montantSalarial());
            texte.append('|');
            nombre(texte, taux(ligne.tauxPatronal()));
            texte.append('|');
            nombre(texte, ligne.montantPatronal());
        }
        return texte.toString();
    }

    public static List<LigneBulletin> lire(String texte) {
        List<LigneBulletin> lignes = new ArrayList<>();
        List<String> champs = new ArrayList<>(CHAMPS);
        StringBuilder champ = new StringBuilder();
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            if (c == '\\' && i + 1 < texte.length()) {
                char suivant = texte.charAt(++i);
                champ.append(suivant == 'n' ? '\n' : suivant);
            } else if (c == '|') {
                champs.add(champ.toString());
                champ.setLength(0);
            } else if (c == '\n') {
                champs.add(champ.toString());
                champ.setLength(0);
                lignes.add(ligne(champs));
                champs.clear();
            } else {
                champ.append(c);
            }
        }
        if (!texte.isEmpty()) {
            champs.add(champ.toString());
            lignes.add(ligne(champs));
        }
        return lignes;
    }

    private static LigneBulletin ligne(List<String> champs) {
        if (champs.size() != CHAMPS) {
            throw new IllegalStateException("Stored payslip line with " + champs.size() + " fields instead of "
                    + CHAMPS + ": " + champs);
        }
        return new LigneBulletin(champs.get(0), champs.get(1), NatureLigne.valueOf(champs.get(2)),
                decimal(champs.get(3)), Decimales.utiles(decimal(champs.get(4))), decimal(champs.get(5)),
                Decimales.utiles(decimal(champs.get(6))), decimal(champs.get(7)));
    }

    private static void echapper(StringBuilder texte, String valeur) {
        for (int i = 0; i < valeur.length(); i++) {
            char c = valeur.charAt(i);
            switch (c) {
                case '\\' -> texte.append("\\\\");
                case '|' -> texte.append("\\|");
                case '\n' -> texte.append("\\n");
                default -> texte.append(c);
            }
        }
    }

    private static BigDecimal taux(BigDecimal taux) {
        return taux == null ? null : taux.setScale(4, RoundingMode.HALF_UP);
    }

    private static void nombre(StringBuilder texte, BigDecimal valeur) {
        if (valeur != null) {
            texte.append(valeur.toPlainString());
        }
    }

    private static BigDecimal decimal(String champ) {
        return champ.isEmpty() ? null : new BigDecimal(champ);
    }
}
