package fr.mutualis.payroll.server.internal;

import java.io.StringReader;
import java.lang.System.Logger.Level;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.ImportAgentsService;
import fr.mutualis.payroll.server.agents.ControleAgent;
import fr.mutualis.payroll.server.agents.FichierAgents;
import fr.mutualis.payroll.server.agents.FichierAgents.LigneAgent;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;

/** Agents entered in bulk from a CSV file. Runs after the access policy; writes only to the collectivity given. */
@Component(service = ImportAgentsService.class, property = "mutualis.remote=true")
public final class ImportAgentsServiceImpl implements ImportAgentsService {

    private static final System.Logger LOG = System.getLogger(ImportAgentsServiceImpl.class.getName());

    private final PaieStore store;
    private final PersonalDataCipher chiffrement;
    private final ReferentielPaie referentiel;
    private final AuditJournal journal;
    private final IndexNir indexNir;

    @Activate
    public ImportAgentsServiceImpl(@Reference PaieStore store, @Reference PersonalDataCipher chiffrement,
            @Reference ReferentielPaie referentiel, @Reference AuditJournal journal, @Reference IndexNir indexNir) {
        this.store = store;
        this.chiffrement = chiffrement;
        this.referentiel = referentiel;
        this.journal = journal;
        this.indexNir = indexNir;
    }

    /**
     * All or nothing: the file is read and every agent checked (cells, the record's own checks, the grade's grid, a
     * trial payslip, matricules and NIRs unique in the file and in the collectivity) before anything is written;
     * any problem refuses the whole file with its line and column. The agents then go to the database in JDBC
     * batches within one transaction, journaled once.
     */
    @Override
    public int importerAgents(CollectiviteId collectivite, String csv) {
        if (csv == null || csv.isBlank()) {
            throw new DonneeInvalideException("Le fichier est vide : une ligne d'en-tête puis une ligne par agent sont "
                    + "attendues.");
        }
        long debut = System.nanoTime();
        FichierAgents.Rapport rapport = new FichierAgents.Rapport();
        List<LigneAgent> lignes = FichierAgents.lire(new StringReader(csv), rapport);
        ReferentielPaie.Etat etat = referentiel.etat();
        YearMonth courant = YearMonth.now();
        List<EcritureAgents.AgentPret> prets = new ArrayList<>();
        Map<String, Integer> matricules = new HashMap<>();
        Map<String, Integer> nirs = new HashMap<>();
        for (LigneAgent ligne : lignes) {
            AgentSaisie propre = ControleAgent.normaliser(ligne.saisie());
            List<String> erreurs = ControleAgent.erreurs(propre, etat.moteur(), etat.grilles(), courant);
            erreurs.forEach(e -> rapport.ajouter(ligne.numero(), FichierAgents.colonneDe(e), e));
            if (!erreurs.isEmpty()) {
                continue;
            }
            String index = indexNir.de(propre.nir());
            Integer autre = matricules.putIfAbsent(AgentEntity.cleMatricule(propre.matricule()), ligne.numero());
            if (autre != null) {
                rapport.ajouter(ligne.numero(), "matricule", "le matricule " + propre.matricule() + " est déjà celui "
                        + "de la ligne " + autre + ".");
            }
            autre = nirs.putIfAbsent(index, ligne.numero());
            if (autre != null) {
                rapport.ajouter(ligne.numero(), "nir", "ce NIR est déjà celui de la ligne " + autre
                        + " : un agent n'a qu'une fiche par employeur.");
            }
            prets.add(new EcritureAgents.AgentPret(propre, chiffrement.encrypt(propre.nir()), index,
                    Agents.ibanChiffre(propre, chiffrement)));
        }
        long controle = System.nanoTime();
        int nombre = Transactions.write(store.emf(), em -> {
            for (Object[] existant : em.createQuery("SELECT a.matriculeCle, a.nirIndex, a.matricule, a.nom, a.prenom "
                    + "FROM AgentEntity a WHERE a.collectivite = :c", Object[].class)
                    .setParameter("c", collectivite.code()).getResultList()) {
                String libelle = existant[2] + " — " + existant[3] + " " + existant[4];
                Integer ligne = matricules.get((String) existant[0]);
                if (ligne != null) {
                    rapport.ajouter(ligne, "matricule", "le matricule " + existant[2] + " est déjà celui de "
                            + libelle + ".");
                }
                ligne = existant[1] == null ? null : nirs.get((String) existant[1]);
                if (ligne != null) {
                    rapport.ajouter(ligne, "nir", "ce NIR est déjà celui de " + libelle + " dans cette collectivité : "
                            + "un agent n'a qu'une fiche par employeur.");
                }
            }
            rapport.lever();
            EcritureAgents.ecrire(em, collectivite, prets);
            journal.record(em, collectivite.code(), "paie.agent.importer", prets.size() + " agent(s) importé(s) "
                    + "d'un fichier CSV");
            return prets.size();
        });
        LOG.log(Level.DEBUG, "{0} agents imported into {1}: checked in {2} ms, written in {3} ms", nombre,
                collectivite.code(), (controle - debut) / 1_000_000, (System.nanoTime() - controle) / 1_000_000);
        return nombre;
    }

}
