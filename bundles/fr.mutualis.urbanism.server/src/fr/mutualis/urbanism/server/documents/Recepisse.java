package fr.mutualis.urbanism.server.documents;

import java.time.LocalDate;

import fr.mutualis.core.server.documents.PdfLayout;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.DossierResume;
import fr.mutualis.urbanism.api.IssueTacite;
import fr.mutualis.urbanism.api.NatureSuffixe;
import fr.mutualis.urbanism.api.NumeroDossier;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.SuffixeNumero;
import fr.mutualis.urbanism.api.TypeDossier;

/**
 * The filing receipt (récépissé de dépôt, R423-3 to R423-5): the registration number, the filing date, the date limite
 * d'instruction and what the silence of the administration will mean after it, the first month during which that
 * date may still change, and the warnings the law requires about a tacit authorisation.
 */
public final class Recepisse {

    private Recepisse() {
    }

    /**
     * @param commune        name of the commune
     * @param delaisAuDepot  the deadlines as computed from the filing alone
     * @param finPremierMois last day on which pieces may be requested or a majoration notified; null when the
     *                       period cannot change (certificates)
     */
    public static byte[] pdf(String commune, DossierDetail dossier, ResultatDelais delaisAuDepot,
            LocalDate finPremierMois) {
        DossierResume resume = dossier.resume();
        TypeDossier type = resume.type();
        SuffixeNumero suffixe = NumeroDossier.parse(resume.numero()).suffixe();
        NatureSuffixe nature = suffixe == null ? null : suffixe.nature();
        PdfLayout pdf = PdfLayout.portrait("Récépissé de dépôt " + resume.numero(), "Commune de " + commune,
                "Récépissé de dépôt " + resume.numero() + " — commune de " + commune);
        pdf.strong("Commune de " + commune);
        pdf.small("Code INSEE " + resume.commune().code());
        pdf.title("Récépissé de dépôt de " + Libelles.demande(type, nature));
        pdf.small("Délivré en application des articles R423-3 à R423-5 du code de l'urbanisme.");
        pdf.space(6);

        Petitionnaire p = dossier.petitionnaire();
        pdf.field("Numéro d'enregistrement", resume.numero());
        pdf.field("Date de dépôt", Libelles.dateLongue(resume.dateDepot()));
        pdf.field("Mode de dépôt", dossier.canal().libelle());
        pdf.field("Formulaire", "Cerfa n° " + dossier.cerfa());
        if (dossier.permisInitial() != null) {
            pdf.field("Permis initial", dossier.permisInitial());
        }
        pdf.field("Demandeur", p.designation() + ", " + p.adresse());
        pdf.field("Terrain", resume.adresseTerrain());
        pdf.field("Parcelle(s)", Libelles.parcelles(dossier.parcelles()));
        pdf.field("Projet", dossier.description());

        pdf.heading("Délai d'instruction");
        pdf.paragraph("Le délai d'instruction de votre demande est de " + delaisAuDepot.dureeMois() + " mois.");
        pdf.small("Règle appliquée : " + delaisAuDepot.regleAppliquee() + ".");
        pdf.space(4);
        pdf.strong("Date limite d'instruction : " + Libelles.date(delaisAuDepot.dateLimite()));
        pdf.space(4);
        pdf.paragraph(issueTacite(dossier, nature, delaisAuDepot));
        if (finPremierMois != null) {
            pdf.paragraph("Toutefois, dans le mois qui suit le dépôt, soit au plus tard le "
                    + Libelles.date(finPremierMois) + ", l'administration peut vous écrire : pour vous indiquer "
                    + "qu'il manque une ou plusieurs pièces à votre dossier (le délai ne courra alors qu'à compter de "
                    + "la réception de toutes les pièces, à fournir dans les trois mois) ; pour vous avertir qu'un "
                    + "autre délai d'instruction s'applique (majoration prévue par le code de l'urbanisme) ; ou pour "
                    + "vous informer que votre projet relève d'un cas où le silence vaut refus. Si vous recevez une "
                    + "telle lettre avant le " + Libelles.date(finPremierMois) + ", elle remplacera le présent "
                    + "récépissé. Si vous n'avez rien reçu à cette date, le délai ne pourra plus être modifié.");
        }
        if (delaisAuDepot.issueTacite() == IssueTacite.ACCORD_TACITE) {
            pdf.heading("Si vous bénéficiez d'une autorisation tacite");
            pdf.paragraph("Vous pourrez commencer les travaux après avoir affiché sur le terrain, de manière visible "
                    + "depuis la voie publique et pendant toute la durée du chantier, un panneau décrivant le projet "
                    + "(R424-15) et, pour un permis, adressé au maire la déclaration d'ouverture de chantier. "
                    + "Une attestation de l'autorisation tacite vous sera délivrée sur simple demande (R424-13).");
            pdf.paragraph("Attention : l'autorisation n'est définitive qu'en l'absence de recours ou de retrait. "
                    + "Dans le délai de deux mois à compter du premier jour d'une période continue de deux mois "
                    + "d'affichage sur le terrain, sa légalité peut être contestée par un tiers (R600-2) ; tout "
                    + "recours doit vous être notifié dans les quinze jours (R600-1). Dans le délai de trois mois "
                    + "suivant la date de l'autorisation, l'autorité compétente peut la retirer si elle l'estime "
                    + "illégale, après vous avoir invité à présenter vos observations (L424-5).");
        }
        pdf.space(16);
        pdf.paragraph("Fait le " + Libelles.dateLongue(resume.dateDepot()) + ".");
        pdf.signatures("Cachet de la mairie :");
        return pdf.toBytes();
    }

    private static String issueTacite(DossierDetail dossier, NatureSuffixe nature, ResultatDelais delais) {
        TypeDossier type = dossier.resume().type();
        String limite = Libelles.date(delais.dateLimite());
        String acquise = Libelles.date(delais.dateIssueTacite());
        return switch (delais.issueTacite()) {
            case ACCORD_TACITE -> "Si aucune décision ne vous a été notifiée au plus tard le " + limite + ", vous "
                    + "bénéficierez à compter du " + acquise + " "
                    + (type == TypeDossier.DP ? "d'une décision de non-opposition tacite à votre déclaration"
                            : "d'un permis tacite" + (nature == null ? "" : " (" + nature.libelle() + ")"))
                    + " (article R424-1 du code de l'urbanisme).";
            case REFUS_TACITE -> "Attention : votre projet relève d'un cas où le silence de l'administration vaut "
                    + "refus (article " + dossier.casRefusTacite().article() + " du code de l'urbanisme). Si aucune "
                    + "décision ne vous a été notifiée au plus tard le " + limite + ", votre demande sera tacitement "
                    + "rejetée à compter du " + acquise + ".";
            case CERTIFICAT_TACITE -> "Si aucune réponse ne vous a été notifiée au plus tard le " + limite + ", vous "
                    + "bénéficierez à compter du " + acquise + " d'un certificat d'urbanisme tacite : les règles "
                    + "d'urbanisme applicables au terrain à cette date vous seront garanties jusqu'au "
                    + Libelles.date(delais.finCristallisation()) + " (articles L410-1 et R410-12 du code de "
                    + "l'urbanisme).";
            case REJET_TACITE -> "Des pièces manquantes vous ont été demandées : si vous ne les fournissez pas au "
                    + "plus tard le " + limite + ", votre demande sera tacitement rejetée ("
                    + delais.issueTacite().libelle(type) + ") à compter du " + acquise + " (R423-39).";
        };
    }
}
