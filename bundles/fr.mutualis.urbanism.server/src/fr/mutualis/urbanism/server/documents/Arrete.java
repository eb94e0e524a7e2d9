package fr.mutualis.urbanism.server.documents;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.documents.PdfLayout;
import fr.mutualis.urbanism.api.DecisionDossier;
import fr.mutualis.urbanism.api.DemandePieces;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.DossierResume;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.MajorationNotifiee;
import fr.mutualis.urbanism.api.NatureSuffixe;
import fr.mutualis.urbanism.api.NumeroDossier;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.SuffixeNumero;
import fr.mutualis.urbanism.api.TypeDossier;

/**
 * The arrêté recording an express decision of the mayor: the visas (application, code, acts of the instruction),
 * the operative articles (grant, grant with prescriptions, refusal or opposition with its grounds) and the mentions
 * the applicant must find in it (transmission, appeals, validity, posting, withdrawal).
 */
public final class Arrete {

    private Arrete() {
    }

    /** @throws DonneeInvalideException when the dossier carries no express decision */
    public static byte[] pdf(String commune, DossierDetail dossier) {
        DossierResume resume = dossier.resume();
        DecisionDossier decision = dossier.decision();
        if (decision == null || !decision.expresse()) {
            throw new DonneeInvalideException("Pas d'arrêté pour le dossier " + resume.numero() + " : aucune décision "
                    + "expresse n'a été enregistrée (état « " + resume.etat().libelle() + " »).");
        }
        TypeDossier type = resume.type();
        SuffixeNumero suffixe = NumeroDossier.parse(resume.numero()).suffixe();
        NatureSuffixe nature = suffixe == null ? null : suffixe.nature();
        PdfLayout pdf = PdfLayout.portrait("Arrêté " + resume.numero(), "Commune de " + commune,
                "Arrêté du " + Libelles.date(decision.date()) + " — dossier " + resume.numero() + " — commune de "
                        + commune);
        pdf.strong("Commune de " + commune);
        pdf.small("Code INSEE " + resume.commune().code());
        pdf.title(titre(type, nature, decision.sens()));
        pdf.field("Dossier", resume.numero());
        pdf.space(6);

        Petitionnaire p = dossier.petitionnaire();
        pdf.paragraph("Le maire de " + commune + ",");
        pdf.paragraph("Vu " + Libelles.demande(type, nature) + " déposée le " + Libelles.dateLongue(resume.dateDepot())
                + " par " + p.designation() + ", demeurant " + p.adresse() + ", enregistrée sous le numéro "
                + Libelles.numero(resume.numero()) + " ;");
        if (dossier.permisInitial() != null) {
            pdf.paragraph("Vu le permis initial n° " + Libelles.numero(dossier.permisInitial()) + " ;");
        }
        pdf.paragraph("Vu l'objet de la demande : " + (dossier.description().isBlank() ? "demande d'information"
                : dossier.description()) + ", sur un terrain situé " + resume.adresseTerrain() + ", cadastré "
                + Libelles.parcelles(dossier.parcelles()) + " ;");
        pdf.paragraph(type.estCertificat()
                ? "Vu le code de l'urbanisme, notamment ses articles L410-1 et R410-1 et suivants ;"
                : "Vu le code de l'urbanisme, notamment ses articles L421-1 et suivants, R421-1 et suivants et "
                        + "R423-1 et suivants ;");
        for (DemandePieces demande : dossier.demandesPieces()) {
            if (demande.piecesFournies()) {
                pdf.paragraph("Vu les pièces complémentaires demandées le " + Libelles.date(demande.dateDemande())
                        + " et reçues le " + Libelles.date(demande.dateFourniture()) + " ;");
            }
        }
        for (MajorationNotifiee m : dossier.majorations()) {
            pdf.paragraph("Vu la lettre du " + Libelles.date(m.dateNotification()) + " notifiant la majoration du "
                    + "délai d'instruction (article " + m.majoration().article() + ") ;");
        }
        pdf.centeredStrong("ARRÊTE");
        pdf.paragraph("Article 1 : " + dispositif(type, nature, decision.sens()));
        switch (decision.sens()) {
            case ACCORD_AVEC_PRESCRIPTIONS -> pdf.paragraph("Article 2 : Prescriptions : " + decision.motivation());
            case REFUS, OPPOSITION -> pdf.paragraph("Article 2 : Motifs : " + decision.motivation());
            default -> {
                if (!decision.motivation().isBlank()) {
                    pdf.paragraph("Article 2 : Observations : " + decision.motivation());
                }
            }
        }
        pdf.space(10);
        pdf.paragraph("Fait à " + commune + ", le " + Libelles.dateLongue(decision.date()) + ".");
        pdf.signatures("Le maire,");
        mentions(pdf, type, decision.sens());
        return pdf.toBytes();
    }

    private static String titre(TypeDossier type, NatureSuffixe nature, EtatDossier sens) {
        if (type.estCertificat()) {
            return sens == EtatDossier.REFUS ? "Certificat d'urbanisme opérationnel : opération non réalisable"
                    : "Certificat d'urbanisme " + (type == TypeDossier.CUa ? "d'information" : "opérationnel");
        }
        String objet = Libelles.autorisation(type, nature);
        return switch (sens) {
            case ACCORD -> type == TypeDossier.DP ? "Arrêté de non-opposition à une déclaration préalable"
                    : "Arrêté accordant " + objet;
            case ACCORD_AVEC_PRESCRIPTIONS -> type == TypeDossier.DP
                    ? "Arrêté de non-opposition avec prescriptions à une déclaration préalable"
                    : "Arrêté accordant " + objet + " avec prescriptions";
            case REFUS -> "Arrêté refusant " + objet;
            case OPPOSITION -> "Arrêté d'opposition à une déclaration préalable";
            default -> throw new IllegalArgumentException(sens.name());
        };
    }

    private static String dispositif(TypeDossier type, NatureSuffixe nature, EtatDossier sens) {
        if (type == TypeDossier.CUa) {
            return "Le certificat d'urbanisme d'information est délivré pour le terrain susvisé.";
        }
        if (type == TypeDossier.CUb) {
            return sens == EtatDossier.REFUS
                    ? "Le terrain ne peut pas être utilisé pour la réalisation de l'opération envisagée, pour les "
                            + "motifs indiqués à l'article 2."
                    : "Le terrain peut être utilisé pour la réalisation de l'opération envisagée.";
        }
        if (type == TypeDossier.DP) {
            return switch (sens) {
                case OPPOSITION -> "Il est fait opposition à la déclaration préalable susvisée, pour les motifs "
                        + "indiqués à l'article 2.";
                case ACCORD_AVEC_PRESCRIPTIONS -> "Il n'est pas fait opposition à la déclaration préalable "
                        + "susvisée, sous réserve du respect des prescriptions indiquées à l'article 2.";
                default -> "Il n'est pas fait opposition à la déclaration préalable susvisée.";
            };
        }
        String objet = Libelles.autorisationDefinie(type, nature);
        return switch (sens) {
            case REFUS -> objet + " est refusé, pour les motifs indiqués à l'article 2.";
            case ACCORD_AVEC_PRESCRIPTIONS -> objet + " est accordé pour le projet décrit dans la demande, sous "
                    + "réserve du respect des prescriptions indiquées à l'article 2.";
            default -> objet + " est accordé pour le projet décrit dans la demande.";
        };
    }

    private static void mentions(PdfLayout pdf, TypeDossier type, EtatDossier sens) {
        boolean favorable = sens == EtatDossier.ACCORD || sens == EtatDossier.ACCORD_AVEC_PRESCRIPTIONS;
        pdf.heading("Informations à lire attentivement");
        pdf.small("Transmission : la présente décision est exécutoire dès sa notification au demandeur et sa "
                + "transmission au représentant de l'État dans les conditions prévues aux articles L2131-1 et "
                + "L2131-2 du code général des collectivités territoriales (L424-7 du code de l'urbanisme).");
        pdf.small("Délais et voies de recours : le demandeur peut contester la légalité de la décision dans les deux "
                + "mois qui suivent sa notification, par un recours contentieux devant le tribunal administratif "
                + "territorialement compétent, ou par un recours gracieux auprès du maire (ce recours prolonge le "
                + "délai de recours contentieux, qui recommence à courir à compter de la réponse).");
        if (!favorable) {
            return;
        }
        if (type.estCertificat()) {
            pdf.small("Durée de validité : le certificat d'urbanisme est valable dix-huit mois. Il peut être prorogé "
                    + "par périodes d'une année si les règles d'urbanisme, les servitudes et les taxes applicables "
                    + "au terrain n'ont pas changé, sur demande présentée deux mois au moins avant l'expiration du "
                    + "délai de validité (L410-1, R410-17).");
            return;
        }
        pdf.small("Durée de validité : l'autorisation est périmée si les travaux ne sont pas entrepris dans le délai "
                + "de trois ans à compter de sa notification, ou si, passé ce délai, les travaux sont interrompus "
                + "pendant plus d'une année (R424-17). Elle peut être prorogée deux fois pour une durée d'un an, sur "
                + "demande présentée deux mois au moins avant l'expiration du délai de validité (R424-21).");
        pdf.small("Affichage : mention de l'autorisation doit être affichée sur le terrain, de manière visible depuis "
                + "la voie publique, dès sa notification et pendant toute la durée du chantier (R424-15). Les tiers "
                + "peuvent la contester dans le délai de deux mois à compter du premier jour d'une période continue "
                + "de deux mois d'affichage sur le terrain (R600-2) ; tout recours doit être notifié à l'auteur de "
                + "la décision et à son bénéficiaire dans les quinze jours (R600-1).");
        pdf.small("Retrait : dans le délai de trois mois suivant sa date, l'autorisation peut être retirée si elle "
                + "est illégale ; l'autorité compétente invite alors préalablement son bénéficiaire à présenter ses "
                + "observations (L424-5).");
    }
}
