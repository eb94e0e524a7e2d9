package fr.mutualis.payroll.server.internal;

import java.time.YearMonth;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.payroll.api.DocumentsPaieService;
import fr.mutualis.payroll.api.Employeur;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.PresentationBulletin;
import fr.mutualis.payroll.server.documents.BulletinPdf;
import fr.mutualis.payroll.server.internal.entity.BulletinEntity;
import fr.mutualis.payroll.server.internal.entity.PaieMoisEntity;
import fr.mutualis.payroll.server.parametres.GrillesIndiciaires;

/**
 * The complete payslips (see {@link EditionBulletins}). Runs after the access policy; every query is filtered by the
 * collectivity. Each read is journaled in its own transaction with the read: a payslip shows the NIR in full.
 */
@Component(service = DocumentsPaieService.class, property = "mutualis.remote=true")
public final class DocumentsPaieServiceImpl implements DocumentsPaieService {

    private final PaieStore store;
    private final ReferentielPaie referentiel;
    private final PersonalDataCipher chiffrement;
    private final Administration administration;
    private final AuditJournal journal;

    @Activate
    public DocumentsPaieServiceImpl(@Reference PaieStore store, @Reference ReferentielPaie referentiel,
            @Reference PersonalDataCipher chiffrement, @Reference Administration administration,
            @Reference AuditJournal journal) {
        this.store = store;
        this.referentiel = referentiel;
        this.chiffrement = chiffrement;
        this.administration = administration;
        this.journal = journal;
    }

    @Override
    public byte[] bulletinPdf(CollectiviteId collectivite, long id) {
        return BulletinPdf.ecrire(presentationBulletin(collectivite, id));
    }

    @Override
    public PresentationBulletin presentationBulletin(CollectiviteId collectivite, long id) {
        return presentation(store, referentiel, chiffrement, administration, journal, collectivite, id);
    }

    /** The complete payslip, its read journaled (also {@code PaieService.bulletinPdf}). */
    static PresentationBulletin presentation(PaieStore store, ReferentielPaie referentiel,
            PersonalDataCipher chiffrement, Administration administration, AuditJournal journal,
            CollectiviteId collectivite, long id) {
        Employeur employeur = Employeurs.de(administration, collectivite);
        GrillesIndiciaires grilles = referentiel.etat().grilles();
        return Transactions.write(store.emf(), em -> {
            BulletinEntity bulletin = Bulletins.trouver(em, collectivite, id);
            PaieMoisEntity paie = em.find(PaieMoisEntity.class, bulletin.getPaieMoisId());
            PresentationBulletin presentation = new EditionBulletins(em, collectivite, employeur, grilles,
                    chiffrement, paie, bulletin.getAgentId()).presentation(bulletin);
            journal.record(em, collectivite.code(), "paie.bulletin.consulter", "bulletin "
                    + FormatFrancais.deMois(paie.valeur().mois()) + " de " + bulletin.resume().matricule());
            return presentation;
        });
    }

    @Override
    public byte[] bulletinsPdf(CollectiviteId collectivite, YearMonth mois) {
        Mois.exiger(mois);
        Employeur employeur = Employeurs.de(administration, collectivite);
        GrillesIndiciaires grilles = referentiel.etat().grilles();
        List<PresentationBulletin> presentations = Transactions.write(store.emf(), em -> {
            PaieMoisEntity paie = Mois.exiger(em, collectivite, mois);
            EditionBulletins edition = new EditionBulletins(em, collectivite, employeur, grilles, chiffrement, paie,
                    null);
            List<PresentationBulletin> liste = Bulletins.duMois(em, collectivite, paie).stream()
                    .map(edition::presentation).toList();
            journal.record(em, collectivite.code(), "paie.bulletin.consulter", liste.size() + " bulletin(s) "
                    + FormatFrancais.deMois(mois) + " en un document");
            return liste;
        });
        if (presentations.isEmpty()) {
            throw new DonneeInvalideException("Aucun bulletin " + FormatFrancais.deMois(mois) + " : la paie du mois "
                    + "ne compte aucun agent.");
        }
        return BulletinPdf.ecrire(presentations, "Bulletins de paie — " + FormatFrancais.mois(mois),
                employeur.nom());
    }

}
