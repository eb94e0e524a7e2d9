package fr.mutualis.payroll.ui.agents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.CompteBancaire;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;

/**
 * Turns the texts of the agent form into an {@link AgentSaisie} and back. Reading collects every problem (a number
 * that is not one, a date in the wrong format, then the checks of {@link AgentSaisie#erreurs()}) so the form can
 * show them all before anything is sent to the server. No SWT here: the form only passes texts.
 */
final class LectureFormulaire {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** The entry read, and every problem found (the entry is null when a field could not be read). */
    record Lecture(AgentSaisie saisie, List<String> erreurs) {
    }

    private final Map<ChampAgent, String> textes;
    private final List<String> erreurs = new ArrayList<>();

    private LectureFormulaire(Map<ChampAgent, String> textes) {
        this.textes = textes;
    }

    static Lecture lire(Map<ChampAgent, String> textes) {
        return new LectureFormulaire(textes).lire();
    }

    private Lecture lire() {
        List<ElementIndemnitaire> elements = new ArrayList<>();
        montant(ChampAgent.IFSE).ifPresent(m -> elements.add(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", m)));
        montant(ChampAgent.CIA).ifPresent(m -> elements.add(new ElementIndemnitaire(NatureElement.CIA, "CIA", m)));
        montant(ChampAgent.AUTRE_MONTANT).ifPresent(m -> {
            String libelle = texte(ChampAgent.AUTRE_LIBELLE);
            if (libelle.isEmpty()) {
                erreurs.add(ChampAgent.AUTRE_LIBELLE.libelle() + " : indiquez le libellé de la prime.");
            } else {
                elements.add(new ElementIndemnitaire(NatureElement.AUTRE, libelle, m));
            }
        });
        // the employer's participations to the protection sociale complémentaire (décret 2022-581): the server
        // checks the minimum
        montant(ChampAgent.PARTICIPATION_PREVOYANCE).ifPresent(m -> elements.add(new ElementIndemnitaire(
                NatureElement.PARTICIPATION_PREVOYANCE, "Participation prévoyance", m)));
        montant(ChampAgent.PARTICIPATION_SANTE).ifPresent(m -> elements.add(new ElementIndemnitaire(
                NatureElement.PARTICIPATION_SANTE, "Participation santé", m)));
        AgentSaisie saisie = new AgentSaisie(texte(ChampAgent.MATRICULE), texte(ChampAgent.NOM),
                texte(ChampAgent.PRENOM), texte(ChampAgent.NIR), choix(ChampAgent.STATUT, Statut.values()),
                nombre(ChampAgent.HEURES), nombre(ChampAgent.QUOTITE), codeGrade(texte(ChampAgent.GRADE)),
                entier(ChampAgent.ECHELON), entier(ChampAgent.INDICE), entier(ChampAgent.NBI),
                choix(ChampAgent.ZONE, ZoneResidence.values()), entier(ChampAgent.ENFANTS), elements,
                choix(ChampAgent.TPP, CategorieTpp.values()), nombre(ChampAgent.PAS), date(ChampAgent.ENTREE),
                compteBancaire(), date(ChampAgent.NAISSANCE), texte(ChampAgent.PCS_ESE));
        if (!erreurs.isEmpty()) {
            return new Lecture(null, List.copyOf(erreurs));
        }
        return new Lecture(saisie, saisie.erreurs());
    }

    /**
     * The grade code in the text of the grade field: the code between the last parentheses of a name chosen in the
     * list ("Adjoint administratif principal de 2e classe (ADJ-ADM-P2)"), or the text typed (a grid code, e.g. C2).
     */
    static String codeGrade(String texte) {
        String t = texte == null ? "" : texte.strip();
        int ouverture = t.lastIndexOf(" (");
        return t.endsWith(")") && ouverture > 0 ? t.substring(ouverture + 2, t.length() - 1).strip() : t;
    }

    /** The bank account, or null when both fields are left empty (the account can be entered later). */
    private CompteBancaire compteBancaire() {
        String iban = texte(ChampAgent.IBAN);
        String bic = texte(ChampAgent.BIC);
        return iban.isEmpty() && bic.isEmpty() ? null : CompteBancaire.normaliser(iban, bic);
    }

    /** The texts that show {@code saisie} in the form. */
    static Map<ChampAgent, String> textes(AgentSaisie saisie) {
        Map<ChampAgent, String> textes = new EnumMap<>(ChampAgent.class);
        textes.put(ChampAgent.MATRICULE, saisie.matricule());
        textes.put(ChampAgent.NOM, saisie.nom());
        textes.put(ChampAgent.PRENOM, saisie.prenom());
        textes.put(ChampAgent.NIR, saisie.nir());
        textes.put(ChampAgent.STATUT, saisie.statut().name());
        textes.put(ChampAgent.HEURES, decimal(saisie.heuresHebdomadairesPoste()));
        textes.put(ChampAgent.QUOTITE, decimal(saisie.quotite()));
        textes.put(ChampAgent.GRADE, saisie.codeGrade() == null ? "" : saisie.codeGrade());
        textes.put(ChampAgent.ECHELON, saisie.echelon() == 0 ? "" : Integer.toString(saisie.echelon()));
        textes.put(ChampAgent.INDICE, Integer.toString(saisie.indiceMajore()));
        textes.put(ChampAgent.NBI, Integer.toString(saisie.pointsNbi()));
        textes.put(ChampAgent.ZONE, saisie.zoneResidence().name());
        textes.put(ChampAgent.ENFANTS, Integer.toString(saisie.nombreEnfants()));
        for (ElementIndemnitaire element : saisie.elementsIndemnitaires()) {
            switch (element.nature()) {
                case IFSE -> textes.put(ChampAgent.IFSE, decimal(element.montantMensuel()));
                case CIA -> textes.put(ChampAgent.CIA, decimal(element.montantMensuel()));
                case AUTRE -> {
                    textes.put(ChampAgent.AUTRE_LIBELLE, element.libelle());
                    textes.put(ChampAgent.AUTRE_MONTANT, decimal(element.montantMensuel()));
                }
                case PARTICIPATION_PREVOYANCE -> textes.put(ChampAgent.PARTICIPATION_PREVOYANCE,
                        decimal(element.montantMensuel()));
                case PARTICIPATION_SANTE -> textes.put(ChampAgent.PARTICIPATION_SANTE,
                        decimal(element.montantMensuel()));
            }
        }
        textes.put(ChampAgent.TPP, saisie.categorieTpp().name());
        textes.put(ChampAgent.PAS, decimal(saisie.tauxPasPersonnel()));
        textes.put(ChampAgent.ENTREE, DATE.format(saisie.dateEntree()));
        textes.put(ChampAgent.NAISSANCE, saisie.dateNaissance() == null ? "" : DATE.format(saisie.dateNaissance()));
        textes.put(ChampAgent.PCS_ESE, saisie.pcsEse() == null ? "" : saisie.pcsEse());
        if (saisie.compteBancaire() != null) {
            textes.put(ChampAgent.IBAN, saisie.compteBancaire().iban());
            textes.put(ChampAgent.BIC, saisie.compteBancaire().bic());
        }
        return textes;
    }

    static String decimal(BigDecimal valeur) {
        return valeur == null ? "" : valeur.toPlainString().replace('.', ',');
    }

    private String texte(ChampAgent champ) {
        String texte = textes.get(champ);
        return texte == null ? "" : texte.strip();
    }

    private BigDecimal nombre(ChampAgent champ) {
        String texte = texte(champ).replace(" ", "").replace(',', '.');
        if (texte.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(texte);
        } catch (NumberFormatException e) {
            erreurs.add(champ.libelle() + " : nombre attendu, « " + texte(champ) + " » saisi.");
            return null;
        }
    }

    /** An amount that may be left empty (no such prime). */
    private Optional<BigDecimal> montant(ChampAgent champ) {
        return Optional.ofNullable(nombre(champ));
    }

    private int entier(ChampAgent champ) {
        String texte = texte(champ);
        if (texte.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(texte);
        } catch (NumberFormatException e) {
            erreurs.add(champ.libelle() + " : nombre entier attendu, « " + texte + " » saisi.");
            return 0;
        }
    }

    private <E extends Enum<E>> E choix(ChampAgent champ, E[] valeurs) {
        for (E valeur : valeurs) {
            if (valeur.name().equals(texte(champ))) {
                return valeur;
            }
        }
        return null;
    }

    private LocalDate date(ChampAgent champ) {
        String texte = texte(champ);
        if (texte.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(texte, DATE);
        } catch (DateTimeParseException e) {
            erreurs.add(champ.libelle() + " : date attendue au format JJ/MM/AAAA, « " + texte + " » saisi.");
            return null;
        }
    }
}
