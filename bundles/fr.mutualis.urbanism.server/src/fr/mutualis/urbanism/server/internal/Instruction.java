package fr.mutualis.urbanism.server.internal;

import static fr.mutualis.urbanism.api.EtatDossier.DEPOSE;
import static fr.mutualis.urbanism.api.EtatDossier.EN_INSTRUCTION;
import static fr.mutualis.urbanism.api.EtatDossier.INCOMPLET;
import static fr.mutualis.urbanism.api.EtatDossier.MAJORE;
import static fr.mutualis.urbanism.api.EtatDossier.RETIRE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.persistence.ConflitsSql;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.urbanism.api.DecisionDossier;
import fr.mutualis.urbanism.api.DemandePieces;
import fr.mutualis.urbanism.api.DonneesInstruction;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.Majoration;
import fr.mutualis.urbanism.api.MajorationNotifiee;
import fr.mutualis.urbanism.api.NatureEvenement;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.TransitionJournal;
import fr.mutualis.urbanism.server.delais.Duree;
import fr.mutualis.urbanism.server.internal.entity.DemandePiecesEntity;
import fr.mutualis.urbanism.server.internal.entity.DossierEntity;
import jakarta.persistence.EntityManager;

/**
 * The acts of the instruction. Each runs in one transaction on the locked dossier: the new facts are checked by the
 * deadline engine and the move by the workflow before anything is changed; a refusal rolls everything back.
 */
final class Instruction {

    private static final Set<EtatDossier> DECISIONS = EnumSet.of(EtatDossier.ACCORD,
            EtatDossier.ACCORD_AVEC_PRESCRIPTIONS, EtatDossier.REFUS, EtatDossier.OPPOSITION);

    private final UrbanismeStore store;
    private final Reglementation reglementation;
    private final Historique historique;
    private final Vues vues;

    Instruction(UrbanismeStore store, Reglementation reglementation, Historique historique, Vues vues) {
        this.store = store;
        this.reglementation = reglementation;
        this.historique = historique;
        this.vues = vues;
    }

    DossierDetail demanderPieces(CollectiviteId commune, String numero, LocalDate dateDemande, String pieces) {
        exiger(dateDemande, "Date de la demande de pièces manquante.");
        String liste = texte(pieces, 2000, "Liste des pièces manquantes",
                "Listez les pièces manquantes : une seule demande, qui les cite toutes (R423-38).");
        return agir(commune, numero, d -> {
            refuserSiTermine(d, "aucune demande de pièces n'est possible");
            List<DemandePieces> demandes = new ArrayList<>(d.donneesInstruction().demandesPieces());
            ResultatDelais avant = reglementation.delais(d.donneesInstruction());
            demandes.add(DemandePieces.enAttente(dateDemande));
            ResultatDelais apres = reglementation.delais(new DonneesInstruction(d.getType(), d.getDateDepot(),
                    demandes, d.majorations(), d.getCasRefusTacite()));
            LocalDate fin = reglementation.finDemandePieces(d.getType(), d.getDateDepot());
            boolean effective = fin != null && !dateDemande.isAfter(fin) && d.demandesPieces().isEmpty();
            EtatDossier etat = d.getEtat();
            String commentaire = "Pièces demandées le " + Textes.date(dateDemande) + " : " + liste;
            if (effective) {
                d.changerEtat(transition(d, INCOMPLET, liste).vers());
            } else {
                List<String> nouveaux = new ArrayList<>(apres.avertissements());
                nouveaux.removeAll(avant.avertissements());
                commentaire += ". " + String.join(" ", nouveaux);
            }
            d.ajouterDemandePieces(dateDemande, liste);
            d.appliquer(apres);
            return new Acte(NatureEvenement.DEMANDE_PIECES, etat, commentaire);
        });
    }

    DossierDetail declarerComplet(CollectiviteId commune, String numero, LocalDate piecesRecuesLe) {
        return agir(commune, numero, d -> {
            refuserSiTermine(d, "il ne peut plus être déclaré complet");
            EtatDossier etat = d.getEtat();
            DemandePiecesEntity attendue = demandeAttendue(d);
            if (attendue == null) {
                if (piecesRecuesLe != null) {
                    throw new DonneeInvalideException("Aucune pièce n'est attendue pour le dossier " + d.getNumero()
                            + " : déclarez-le complet sans date de réception de pièces.");
                }
                if (etat != DEPOSE) {
                    throw new DonneeInvalideException("Le dossier " + d.getNumero() + " est déjà complet (état « "
                            + etat.libelle() + " »).");
                }
                d.changerEtat(transition(d, EN_INSTRUCTION, "").vers());
                return new Acte(NatureEvenement.COMPLETUDE, etat, "Dossier complet au dépôt");
            }
            exiger(piecesRecuesLe, "Indiquez la date de réception des pièces demandées le "
                    + Textes.date(attendue.getDateDemande()) + ".");
            Duree fourniture = reglementation.parametres().delaiFourniturePieces(d.getDateDepot());
            LocalDate limite = fourniture.echeance(attendue.getDateDemande());
            if (piecesRecuesLe.isAfter(limite)) {
                throw new DonneeInvalideException("Pièces reçues le " + Textes.date(piecesRecuesLe) + ", après le "
                        + "délai de " + fourniture.mois() + " mois suivant la demande du "
                        + Textes.date(attendue.getDateDemande()) + " (au plus tard le " + Textes.date(limite) + ", "
                        + fourniture.reference() + ") : la demande est tacitement rejetée. Constatez l'issue tacite "
                        + "au lieu de déclarer le dossier complet.");
            }
            attendue.fournies(piecesRecuesLe);
            d.appliquer(reglementation.delais(d.donneesInstruction()));
            if (etat == INCOMPLET) {
                d.changerEtat(transition(d, EN_INSTRUCTION, "").vers());
            }
            return new Acte(NatureEvenement.RECEPTION_PIECES, etat, "Pièces demandées le "
                    + Textes.date(attendue.getDateDemande()) + " reçues le " + Textes.date(piecesRecuesLe)
                    + " : le délai d'instruction court à partir de cette date.");
        });
    }

    DossierDetail majorer(CollectiviteId commune, String numero, Majoration majoration, LocalDate dateNotification,
            String motif) {
        if (majoration == null) {
            throw new DonneeInvalideException("Majoration manquante : R423-24, R423-25 ou R423-28.");
        }
        exiger(dateNotification, "Date de notification de la majoration manquante.");
        String raison = motif == null ? "" : texte(motif, 1000, "Motif de la majoration", "");
        return agir(commune, numero, d -> {
            refuserSiTermine(d, "le délai ne peut plus être majoré");
            MajorationNotifiee notifiee = new MajorationNotifiee(majoration, dateNotification);
            List<MajorationNotifiee> majorations = new ArrayList<>(d.majorations());
            majorations.add(notifiee);
            ResultatDelais delais = reglementation.delais(new DonneesInstruction(d.getType(), d.getDateDepot(),
                    d.donneesInstruction().demandesPieces(), majorations, d.getCasRefusTacite()));
            EtatDossier etat = d.getEtat();
            if (etat != MAJORE) {
                d.changerEtat(transition(d, MAJORE, raison).vers());
            }
            d.ajouterMajoration(notifiee, raison);
            d.appliquer(delais);
            return new Acte(NatureEvenement.MAJORATION, etat, majoration.article() + " notifiée le "
                    + Textes.date(dateNotification) + " : délai de " + delais.dureeMois() + " mois, date limite le "
                    + Textes.date(delais.dateLimite()) + (raison.isEmpty() ? "" : ". Motif : " + raison));
        });
    }

    DossierDetail statuer(CollectiviteId commune, String numero, EtatDossier decision, LocalDate dateDecision,
            String motivation) {
        if (decision == null || !DECISIONS.contains(decision)) {
            throw new DonneeInvalideException("« " + (decision == null ? "" : decision.libelle()) + " » n'est pas "
                    + "une décision : choisissez accord, accord avec prescriptions, refus ou opposition.");
        }
        exiger(dateDecision, "Date de la décision manquante.");
        String motifs = motivation == null ? "" : texte(motivation, 4000, "Motivation", "");
        if (decision == EtatDossier.ACCORD_AVEC_PRESCRIPTIONS && motifs.isEmpty()) {
            throw new DonneeInvalideException("Indiquez les prescriptions dont l'accord est assorti.");
        }
        if ((decision == EtatDossier.REFUS || decision == EtatDossier.OPPOSITION) && motifs.isEmpty()) {
            throw new DonneeInvalideException("Un refus ou une opposition doit être motivé (L424-3) : indiquez les "
                    + "motifs.");
        }
        LocalDate aujourdhui = reglementation.aujourdhui();
        if (dateDecision.isAfter(aujourdhui)) {
            throw new DonneeInvalideException("La date de la décision (" + Textes.date(dateDecision) + ") est "
                    + "postérieure à aujourd'hui (" + Textes.date(aujourdhui) + ").");
        }
        return agir(commune, numero, d -> {
            EtatDossier etat = d.getEtat();
            TransitionJournal t = transition(d, decision, motifs);
            if (dateDecision.isBefore(d.getDateDepot())) {
                throw new DonneeInvalideException("La décision du " + Textes.date(dateDecision) + " ne peut pas "
                        + "précéder le dépôt de la demande, le " + Textes.date(d.getDateDepot()) + ".");
            }
            if (dateDecision.isAfter(d.getDateLimite())) {
                throw new DonneeInvalideException("Décision datée du " + Textes.date(dateDecision) + ", après la "
                        + "date limite d'instruction du " + Textes.date(d.getDateLimite()) + " : l'issue tacite (« "
                        + d.getIssueTacite().libelle(d.getType()) + " ») est acquise depuis le "
                        + Textes.date(d.getDateLimite().plusDays(1)) + ". Constatez-la au lieu de statuer.");
            }
            d.decider(new DecisionDossier(t.vers(), dateDecision, t.auteur(), motifs));
            return new Acte(NatureEvenement.DECISION, etat, decision.libelle() + " le " + Textes.date(dateDecision)
                    + (motifs.isEmpty() ? "" : ". " + motifs));
        });
    }

    DossierDetail retirer(CollectiviteId commune, String numero, String motif) {
        String raison = motif == null ? "" : texte(motif, 1000, "Motif du retrait", "");
        return agir(commune, numero, d -> {
            EtatDossier etat = d.getEtat();
            d.changerEtat(transition(d, RETIRE, raison).vers());
            return new Acte(NatureEvenement.RETRAIT, etat, raison.isEmpty() ? "Demande retirée par le demandeur"
                    : "Demande retirée par le demandeur : " + raison);
        });
    }

    /** What an act did, for the dossier's history. */
    private record Acte(NatureEvenement nature, EtatDossier avant, String commentaire) {
    }

    private DossierDetail agir(CollectiviteId commune, String numero, Function<DossierEntity, Acte> acte) {
        Communes.insee(commune);
        return ConflitsSql.reessayer("an urbanism transaction", () -> Transactions.write(store.emf(), em -> {
            DossierEntity dossier = Dossiers.verrouiller(em, commune, numero);
            Acte fait = acte.apply(dossier);
            historique.enregistrer(em, dossier, fait.nature(), fait.avant(), reglementation.maintenant(),
                    fait.commentaire());
            return detail(em, dossier);
        }));
    }

    private DossierDetail detail(EntityManager em, DossierEntity dossier) {
        em.flush();
        return vues.detail(em, dossier);
    }

    private TransitionJournal transition(DossierEntity d, EtatDossier cible, String commentaire) {
        return reglementation.workflow().appliquer(d.getType(), d.getEtat(), cible, CallContext.current().login(),
                commentaire);
    }

    /** The first request for pieces, when it counts (in time, for a type that has one) and its pieces are awaited. */
    private DemandePiecesEntity demandeAttendue(DossierEntity d) {
        LocalDate fin = reglementation.finDemandePieces(d.getType(), d.getDateDepot());
        return d.premiereDemandePieces().filter(DemandePiecesEntity::enAttente)
                .filter(p -> fin != null && !p.getDateDemande().isAfter(fin)).orElse(null);
    }

    private static void refuserSiTermine(DossierEntity d, String consequence) {
        if (d.getEtat().estFinal()) {
            throw new DonneeInvalideException("L'instruction du dossier " + d.getNumero() + " est terminée (état « "
                    + d.getEtat().libelle() + " ») : " + consequence + ".");
        }
    }

    private static void exiger(Object valeur, String message) {
        if (valeur == null) {
            throw new DonneeInvalideException(message);
        }
    }

    private static String texte(String valeur, int max, String libelle, String siVide) {
        String texte = valeur == null ? "" : valeur.strip();
        if (texte.isEmpty() && !siVide.isEmpty()) {
            throw new DonneeInvalideException(siVide);
        }
        if (texte.length() > max) {
            throw new DonneeInvalideException(libelle + " : " + max + " caractères au plus (" + texte.length()
                    + " saisis).");
        }
        return texte;
    }
}
