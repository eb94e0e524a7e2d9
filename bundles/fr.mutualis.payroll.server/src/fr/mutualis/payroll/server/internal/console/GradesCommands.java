package fr.mutualis.payroll.server.internal.console;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.console.Console;
import fr.mutualis.core.console.Table;
import fr.mutualis.payroll.api.EchelonGrade;
import fr.mutualis.payroll.api.GradeGrille;
import fr.mutualis.payroll.server.internal.ReferentielPaie;
import fr.mutualis.payroll.server.parametres.Echelon;
import fr.mutualis.payroll.server.parametres.GrilleGrade;
import fr.mutualis.payroll.server.parametres.GrillesIndiciaires;
import fr.mutualis.payroll.server.parametres.ListeGrades;

/**
 * Gogo commands of the grade grids (scope paie): the grades and their grid at a date, and one grid échelon by échelon
 * with its sources. They read the server's grids (shipped and loaded with paie:load), no collectivity's data.
 */
@Component(service = GradesCommands.class, property = { "osgi.command.scope=paie", "osgi.command.function=grades",
        "osgi.command.function=grid" })
public final class GradesCommands {

    private final ReferentielPaie referentiel;

    @Activate
    public GradesCommands(@Reference ReferentielPaie referentiel) {
        this.referentiel = referentiel;
    }

    @Descriptor("Liste les grades territoriaux et leur grille indiciaire en vigueur à une date (indices majorés du "
            + "premier et du dernier échelon)")
    public Object grades(@Descriptor("date, au format AAAA-MM-JJ ou AAAA-MM (facultative : aujourd'hui)")
            String... date) {
        return Console.run(() -> {
            LocalDate jour = date(date);
            List<GradeGrille> grades = ListeGrades.au(referentiel.grilles(), jour);
            Table table = new Table("Code", "Grade", "Cat.", "Filière", "Grille", "Depuis", "Échelons", "IM")
                    .right(6).right(7);
            for (GradeGrille grade : grades) {
                List<EchelonGrade> echelons = grade.echelons();
                table.row(grade.code(), grade.libelle(), grade.categorie(), grade.filiere(), grade.codeGrille(),
                        grade.dateEffet(), echelons.size(), echelons.get(0).indiceMajore() + " à "
                                + echelons.get(echelons.size() - 1).indiceMajore());
            }
            return "Grades et grilles en vigueur le " + jour + " :\n" + table + Console.number(table.size())
                    + " grade(s). Détail d'une grille : paie:grid <code> [date].";
        });
    }

    @Descriptor("Affiche la grille d'un grade (ou d'une échelle, ex. C2) à une date : échelons, indices bruts et "
            + "majorés, durées, textes sources")
    public Object grid(@Descriptor("code du grade (ex. ADJ-ADM-P2) ou de la grille (ex. C2)") String code,
            @Descriptor("date, au format AAAA-MM-JJ ou AAAA-MM (facultative : aujourd'hui)") String... date) {
        return Console.run(() -> {
            LocalDate jour = date(date);
            GrillesIndiciaires grilles = referentiel.grilles();
            String cle = code == null ? "" : code.strip().toUpperCase();
            GrilleGrade grille = grilles.enVigueurAu(cle, jour).orElseThrow(() -> new DonneeInvalideException(
                    "Aucune grille en vigueur le " + jour + " pour « " + code + " » : paie:grades liste les codes "
                            + "connus."));
            Table table = new Table("Échelon", "Indice brut", "Indice majoré", "Durée").right(0).right(1).right(2);
            for (Echelon echelon : grille.echelons()) {
                table.row(echelon.numero(), echelon.indiceBrut() == 0 ? "—" : echelon.indiceBrut(),
                        echelon.indiceMajore(), echelon.dureeTexte());
            }
            StringBuilder texte = new StringBuilder(grilles.libelle(cle, jour).orElse(cle)).append(" (").append(cle)
                    .append(") — grille ").append(grille.code()).append(", ").append(grille.libelle())
                    .append(", en vigueur depuis le ").append(grille.dateEffet()).append(" :\n").append(table)
                    .append("Sources :\n");
            grilles.grade(cle).ifPresent(grade -> grade.sources().forEach(s -> texte.append("- ").append(s)
                    .append('\n')));
            grille.sources().forEach(s -> texte.append("- ").append(s).append('\n'));
            return texte.toString().stripTrailing();
        });
    }

    private static LocalDate date(String... date) {
        if (date == null || date.length == 0) {
            return LocalDate.now();
        }
        String texte = date[0] == null ? "" : date[0].strip();
        try {
            return texte.length() == 7 ? YearMonth.parse(texte).atDay(1) : LocalDate.parse(texte);
        } catch (DateTimeParseException e) {
            throw new DonneeInvalideException("Date invalide « " + date[0] + " » : format attendu AAAA-MM-JJ ou "
                    + "AAAA-MM, par exemple 2026-01-01.");
        }
    }
}
