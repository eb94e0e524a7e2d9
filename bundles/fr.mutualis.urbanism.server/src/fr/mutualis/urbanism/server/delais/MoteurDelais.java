package fr.mutualis.urbanism.server.delais;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.CasRefusTacite;
import fr.mutualis.urbanism.api.DemandePieces;
import fr.mutualis.urbanism.api.DonneesInstruction;
import fr.mutualis.urbanism.api.IssueTacite;
import fr.mutualis.urbanism.api.MajorationNotifiee;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.TypeDossier;

/**
 * Deadline engine: from the facts of a dossier, the date limite d'instruction and what silence becomes after it.
 * A pure calculation; every duration comes from {@link ParametresDelais}, looked up by the filing date.
 */
public final class MoteurDelais {

    private final ParametresDelais parametres;
    private final Clock horloge;

    /** @param horloge gives "today", to refuse dates in the future */
    public MoteurDelais(ParametresDelais parametres, Clock horloge) {
        this.parametres = Objects.requireNonNull(parametres, "parametres");
        this.horloge = Objects.requireNonNull(horloge, "horloge");
    }

    /**
     * Computes the deadlines of a dossier.
     *
     * @throws DonneeInvalideException for a date in the future, a majoration notified after the first month or not
     *                                 applicable to the type, a refusal case not applicable to the type, or a filing
     *                                 date before the first parameter in force
     */
    public ResultatDelais calculer(DonneesInstruction donnees) {
        refuserDatesFutures(donnees);
        verifierCasRefusTacite(donnees);
        TypeDossier type = donnees.type();
        CalculDuree calcul = CalculDuree.calculer(donnees, parametres);
        Completude completude = Completude.analyser(donnees, parametres);
        List<String> avertissements = new ArrayList<>(calcul.avertissements());
        avertissements.addAll(completude.avertissements());
        if (completude.demandeEchue() != null) {
            return rejetTacite(donnees, completude.demandeEchue(), avertissements);
        }
        LocalDate debut = completude.debut();
        LocalDate dateLimite = calcul.duree().echeance(debut);
        String regle = calcul.duree().reference() + " à compter du " + Textes.date(debut) + " ("
                + completude.origine() + ")";
        if (type.estCertificat()) {
            Duree gel = parametres.cristallisationCertificatTacite(donnees.dateDepot());
            LocalDate finGel = gel.echeance(dateLimite);
            regle += " ; certificat tacite : règles gelées " + gel.mois() + " mois, jusqu'au " + Textes.date(finGel)
                    + " (" + gel.reference() + ")";
            return new ResultatDelais(type, debut, calcul.duree().mois(), dateLimite, IssueTacite.CERTIFICAT_TACITE,
                    regle, avertissements, finGel);
        }
        CasRefusTacite cas = donnees.casRefusTacite();
        if (cas != null) {
            regle += " ; le silence vaut refus (" + cas.article() + ")";
        }
        return new ResultatDelais(type, debut, calcul.duree().mois(), dateLimite,
                cas == null ? IssueTacite.ACCORD_TACITE : IssueTacite.REFUS_TACITE, regle, avertissements, null);
    }

    private ResultatDelais rejetTacite(DonneesInstruction donnees, DemandePieces demande, List<String> avertissements) {
        TypeDossier type = donnees.type();
        LocalDate debut = demande.dateDemande();
        Duree fourniture = parametres.delaiFourniturePieces(donnees.dateDepot());
        LocalDate limite = fourniture.echeance(debut);
        String regle = fourniture.reference() + " : pièces manquantes demandées le " + Textes.date(debut)
                + ", à fournir dans les " + fourniture.mois() + " mois, au plus tard le " + Textes.date(limite)
                + " ; à défaut, " + IssueTacite.REJET_TACITE.libelle(type);
        return new ResultatDelais(type, debut, fourniture.mois(), limite, IssueTacite.REJET_TACITE, regle,
                avertissements, null);
    }

    private void verifierCasRefusTacite(DonneesInstruction donnees) {
        CasRefusTacite cas = donnees.casRefusTacite();
        if (cas != null && !parametres.typesRefusTacite(cas, donnees.dateDepot()).contains(donnees.type())) {
            throw new DonneeInvalideException("Le refus tacite " + cas.article() + " ne s'applique pas à "
                    + Textes.dossier(donnees.type()) + ". Types concernés : "
                    + Textes.types(parametres.typesRefusTacite(cas, donnees.dateDepot())) + ".");
        }
    }

    private void refuserDatesFutures(DonneesInstruction donnees) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        refuserSiFuture("La date de dépôt", donnees.dateDepot(), aujourdhui);
        for (DemandePieces demande : donnees.demandesPieces()) {
            refuserSiFuture("La date de la demande de pièces", demande.dateDemande(), aujourdhui);
            if (demande.piecesFournies()) {
                refuserSiFuture("La date de fourniture des pièces", demande.dateFourniture(), aujourdhui);
            }
        }
        for (MajorationNotifiee majoration : donnees.majorations()) {
            refuserSiFuture("La date de notification de la majoration " + majoration.majoration().article(),
                    majoration.dateNotification(), aujourdhui);
        }
    }

    private static void refuserSiFuture(String quoi, LocalDate date, LocalDate aujourdhui) {
        if (date.isAfter(aujourdhui)) {
            throw new DonneeInvalideException(quoi + " (" + Textes.date(date) + ") est postérieure à aujourd'hui ("
                    + Textes.date(aujourdhui) + ") : une date future n'est pas acceptée.");
        }
    }
}
