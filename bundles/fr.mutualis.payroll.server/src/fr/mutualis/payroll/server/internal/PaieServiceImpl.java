package fr.mutualis.payroll.server.internal;

import java.lang.System.Logger.Level;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Masquage;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.persistence.ConflitsSql;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.payroll.api.BulletinDetail;
import fr.mutualis.payroll.api.BulletinResume;
import fr.mutualis.payroll.api.ComptabilisationPaie;
import fr.mutualis.payroll.api.Employeur;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.payroll.server.documents.BulletinPdf;
import fr.mutualis.payroll.server.documents.JournalCsv;
import fr.mutualis.payroll.server.documents.JournalPdf;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;
import fr.mutualis.payroll.server.internal.entity.BulletinEntity;
import fr.mutualis.payroll.server.internal.entity.PaieMoisEntity;

/**
 * The monthly payroll of a collectivity. Runs after the access policy; every query is filtered by the collectivity.
 * When the glue bundle {@code fr.mutualis.payroll.budget} is installed, validating a month also issues its mandats
 * through {@link ComptabilisationPaie}, in the validation's transaction.
 */
@Component(service = PaieService.class, property = "mutualis.remote=true")
public final class PaieServiceImpl implements PaieService {

    private static final System.Logger LOG = System.getLogger(PaieServiceImpl.class.getName());

    private final PaieStore store;
    private final ReferentielPaie referentiel;
    private final PersonalDataCipher chiffrement;
    private final Administration administration;
    private final AuditJournal journal;
    private final ComptabilisationPaie comptabilisation;

    @Activate
    public PaieServiceImpl(@Reference PaieStore store, @Reference ReferentielPaie referentiel,
            @Reference PersonalDataCipher chiffrement, @Reference Administration administration,
            @Reference AuditJournal journal,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ComptabilisationPaie comptabilisation) {
        this.store = store;
        this.referentiel = referentiel;
        this.chiffrement = chiffrement;
        this.administration = administration;
        this.journal = journal;
        this.comptabilisation = comptabilisation;
    }

    @Override
    public PaieMois etatPaie(CollectiviteId collectivite, YearMonth mois) {
        Mois.exiger(mois);
        return Transactions.read(store.emf(), em -> Mois.trouver(em, collectivite, mois).map(PaieMoisEntity::valeur)
                .orElse(PaieMois.nonCalculee(mois)));
    }

    @Override
    public PaieMois lancerPaie(CollectiviteId collectivite, YearMonth mois) {
        Mois.exiger(mois);
        ReferentielPaie.Etat etat = referentiel.etat();
        List<String> manquants = etat.parametres().manquants(mois);
        if (!manquants.isEmpty()) {
            List<String> refus = new ArrayList<>();
            refus.add(Lancement.refus(mois, manquants.size()));
            manquants.forEach(manquant -> refus.add("  - " + manquant));
            throw new DonneeInvalideException(refus);
        }
        String login = CallContext.current().login();
        long debut = System.nanoTime();
        Supplier<PaieMois> run = () -> ConflitsSql.reessayer("a payroll run", () -> Transactions.writeOnce(
                store.emf(), em -> {
            LOG.log(Level.DEBUG, "Payroll {0} of {1}: run started (one transaction)", mois, collectivite.code());
            PaieMois calculee = Lancement.lancer(em, collectivite, mois, etat.moteur(), login).valeur();
            journal.record(em, collectivite.code(), "paie.lancer", Lancement.resume(mois, calculee.nombreBulletins(),
                    calculee.brut(), calculee.netAPayer(), calculee.coutEmployeur()));
            return calculee;
        }));
        PaieMois paie;
        try {
            paie = run.get();
        } catch (RuntimeException e) {
            if (!ConflitsSql.doublon(e)) {
                throw e;
            }
            // the first run of the month by someone else created its row meanwhile: this run now waits on its lock
            paie = run.get();
        }
        LOG.log(Level.DEBUG, "Payroll {0} of {1}: {2} payslips computed and stored in {3} ms", mois,
                collectivite.code(), paie.nombreBulletins(), (System.nanoTime() - debut) / 1_000_000);
        return paie;
    }

    @Override
    public PaieMois validerPaie(CollectiviteId collectivite, YearMonth mois) {
        Mois.exiger(mois);
        String login = CallContext.current().login();
        String nom = employeur(collectivite).nom();
        return Transactions.write(store.emf(), em -> {
            PaieMoisEntity paie = Mois.verrouiller(em, collectivite, mois).orElseThrow(() -> Mois.nonCalculee(mois));
            PaieMois avant = paie.valeur();
            if (avant.etat() == EtatPaie.VALIDEE) {
                throw new DonneeInvalideException("La paie " + FormatFrancais.deMois(mois) + " est déjà validée ("
                        + FormatFrancais.date(avant.valideeLe().toLocalDate()) + ", " + avant.valideePar() + ").");
            }
            String comptabilise = null;
            if (comptabilisation != null) {
                boolean abregee = comptabilisation.nomenclatureAbregee(collectivite);
                comptabilise = comptabilisation.comptabiliser(collectivite,
                        Bulletins.journal(em, collectivite, nom, paie, abregee),
                        Bulletins.mandatement(em, collectivite, paie, chiffrement, abregee));
            }
            paie.validee(login, LocalDateTime.now(), comptabilise);
            journal.record(em, collectivite.code(), "paie.valider", Lancement.resume(mois, avant.nombreBulletins(),
                    avant.brut(), avant.netAPayer(), avant.coutEmployeur())
                    + (comptabilise == null ? "" : " ; " + comptabilise));
            return paie.valeur();
        });
    }

    @Override
    public List<BulletinResume> bulletins(CollectiviteId collectivite, YearMonth mois) {
        Mois.exiger(mois);
        return Transactions.read(store.emf(), em -> Mois.trouver(em, collectivite, mois)
                .map(paie -> Bulletins.duMois(em, collectivite, paie).stream().map(BulletinEntity::resume).toList())
                .orElse(List.of()));
    }

    @Override
    public BulletinDetail bulletin(CollectiviteId collectivite, long id) {
        Employeur employeur = employeur(collectivite);
        return Transactions.read(store.emf(), em -> {
            BulletinEntity bulletin = Bulletins.trouver(em, collectivite, id);
            PaieMois paie = em.find(PaieMoisEntity.class, bulletin.getPaieMoisId()).valeur();
            AgentEntity agent = em.find(AgentEntity.class, bulletin.getAgentId());
            String nirMasque = Masquage.nir(chiffrement.decrypt(agent.getNirChiffre()));
            return new BulletinDetail(bulletin.getId(), paie.etat(), employeur, bulletin.situation(nirMasque),
                    bulletin.bulletin(paie.mois()));
        });
    }

    @Override
    public byte[] bulletinPdf(CollectiviteId collectivite, long id) {
        return BulletinPdf.ecrire(DocumentsPaieServiceImpl.presentation(store, referentiel, chiffrement,
                administration, journal, collectivite, id));
    }

    @Override
    public JournalPaie journal(CollectiviteId collectivite, YearMonth mois) {
        Mois.exiger(mois);
        String nom = employeur(collectivite).nom();
        boolean abregee = comptabilisation != null && comptabilisation.nomenclatureAbregee(collectivite);
        return Transactions.read(store.emf(), em -> Bulletins.journal(em, collectivite, nom,
                Mois.exiger(em, collectivite, mois), abregee));
    }

    @Override
    public byte[] journalPdf(CollectiviteId collectivite, YearMonth mois) {
        return JournalPdf.ecrire(journal(collectivite, mois), bulletins(collectivite, mois));
    }

    @Override
    public String journalCsv(CollectiviteId collectivite, YearMonth mois) {
        return JournalCsv.ecrire(journal(collectivite, mois));
    }

    private Employeur employeur(CollectiviteId collectivite) {
        return Employeurs.de(administration, collectivite);
    }
}
