package fr.mutualis.payroll.server.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.ControleSiret;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.DeclarationDsn;
import fr.mutualis.payroll.api.DsnService;
import fr.mutualis.payroll.api.EmetteurDsn;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.SituationBulletin;
import fr.mutualis.payroll.server.dsn.DsnMensuelle;
import fr.mutualis.payroll.server.dsn.LigneDsn;
import fr.mutualis.payroll.server.dsn.NormeDsn;
import fr.mutualis.payroll.server.dsn.ValidateurDsn;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;
import fr.mutualis.payroll.server.internal.entity.BulletinEntity;
import fr.mutualis.payroll.server.internal.entity.PaieMoisEntity;

/**
 * The DSN mensuelle of a validated month: built from its stored payslips and the agents' records, checked by
 * {@link ValidateurDsn} and reconciled with the month's journal. The production is journaled (the file carries NIRs
 * in clear); nothing else is written.
 */
@Component(service = DsnService.class, property = "mutualis.remote=true")
public final class DsnServiceImpl implements DsnService {

    private static final Pattern NIC = Pattern.compile("\\d{5}");
    private static final Pattern SIREN = Pattern.compile("\\d{9}");
    private static final DateTimeFormatter ORDRE = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    private final PaieStore store;
    private final PersonalDataCipher chiffrement;
    private final Administration administration;
    private final AuditJournal journal;

    @Activate
    public DsnServiceImpl(@Reference PaieStore store, @Reference PersonalDataCipher chiffrement,
            @Reference Administration administration, @Reference AuditJournal journal) {
        this.store = store;
        this.chiffrement = chiffrement;
        this.administration = administration;
        this.journal = journal;
    }

    @Override
    public DeclarationDsn dsnMensuelle(CollectiviteId collectivite, YearMonth mois, EmetteurDsn emetteur) {
        Mois.exiger(mois);
        Collectivite employeur = administration.show(collectivite.code()).collectivite();
        verifier(employeur, emetteur);
        DsnMensuelle.Employeur declarant = new DsnMensuelle.Employeur(employeur.siren(), emetteur.nic(),
                employeur.nom(), emetteur.contactNom(), emetteur.contactMel(), emetteur.contactTelephone(),
                emetteur.essai());
        LocalDateTime maintenant = LocalDateTime.now();
        return Transactions.write(store.emf(), em -> {
            PaieMoisEntity paie = Mois.exiger(em, collectivite, mois);
            EtatPaie etat = paie.valeur().etat();
            if (etat != EtatPaie.VALIDEE) {
                throw new DonneeInvalideException("La DSN " + FormatFrancais.deMois(mois) + " ne peut pas être "
                        + "produite : la paie du mois n'est pas validée (état : " + etat.libelle() + "). "
                        + "L'ordonnateur la valide d'abord (paie:validate " + collectivite.code() + " " + mois
                        + ").");
            }
            List<DsnMensuelle.Individu> individus = new ArrayList<>();
            for (BulletinEntity bulletin : Bulletins.duMois(em, collectivite, paie)) {
                AgentEntity agent = em.find(AgentEntity.class, bulletin.getAgentId());
                String nir = chiffrement.decrypt(agent.getNirChiffre());
                AgentSaisie saisie = agent.saisie(nir, null);
                SituationBulletin s = bulletin.situation(nir);
                individus.add(new DsnMensuelle.Individu(nir, s.nom(), s.prenom(), s.matricule(), s.statut(),
                        saisie.dateEntree(), saisie.dateNaissance(), saisie.pcsEse(), s.heuresHebdomadairesPoste(), s.quotite(), s.indiceMajore(),
                        s.pointsNbi(), saisie.tauxPasPersonnel() != null, bulletin.bulletin(mois)));
            }
            JournalPaie journalPaie = Bulletins.journal(em, collectivite, employeur.nom(), paie, false); // totals: any chart
            List<LigneDsn> lignes = DsnMensuelle.construire(declarant, mois, LocalDate.from(maintenant),
                    maintenant.format(ORDRE), individus);
            String contenu = DsnMensuelle.texte(lignes);
            ValidateurDsn.Resultat resultat = ValidateurDsn.valider(contenu, journalPaie);
            journal.record(em, collectivite.code(), "paie.dsn", "DSN " + FormatFrancais.deMois(mois) + " produite ("
                    + NormeDsn.VERSION + ") : " + individus.size() + " individu(s), " + lignes.size()
                    + " rubriques, " + (resultat.conforme() ? "conforme au validateur"
                            : resultat.anomalies().size() + " anomalie(s)"));
            return new DeclarationDsn(mois, NormeDsn.VERSION, "DSN_" + employeur.siren() + emetteur.nic() + "_"
                    + mois.toString().replace("-", "") + ".dsn", contenu, individus.size(), resultat.anomalies(),
                    resultat.rapprochements());
        });
    }

    private static void verifier(Collectivite employeur, EmetteurDsn emetteur) {
        List<String> erreurs = new ArrayList<>();
        if (employeur.siren() == null || !SIREN.matcher(employeur.siren()).matches()) {
            erreurs.add("La collectivité " + employeur.libelle() + " n'a pas de SIREN à 9 chiffres : renseignez-le "
                    + "avant de produire sa DSN.");
        }
        if (emetteur == null) {
            erreurs.add("Émetteur de la DSN manquant : NIC de l'établissement et contact.");
        } else {
            if (emetteur.nic() == null || !NIC.matcher(emetteur.nic()).matches()) {
                erreurs.add("NIC de l'établissement invalide : les 5 chiffres qui suivent le SIREN dans le SIRET "
                        + "sont attendus.");
            } else if (employeur.siren() != null && !ControleSiret.siretValide(employeur.siren() + emetteur.nic())) {
                erreurs.add("SIRET " + employeur.siren() + emetteur.nic() + " invalide (clé de contrôle) : vérifiez "
                        + "le NIC de l'établissement.");
            }
            if (emetteur.contactNom() == null || emetteur.contactNom().isBlank()) {
                erreurs.add("Nom du contact de la DSN manquant.");
            }
            if (emetteur.contactMel() == null || !emetteur.contactMel().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                erreurs.add("Adresse mél du contact de la DSN invalide.");
            }
        }
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
    }
}
