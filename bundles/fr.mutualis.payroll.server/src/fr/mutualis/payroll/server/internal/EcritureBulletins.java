package fr.mutualis.payroll.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.api.TotauxBulletin;
import fr.mutualis.payroll.server.calcul.CumulRafp;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;
import fr.mutualis.payroll.server.internal.entity.LignesBulletinTexte;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Writes the payslips of a run as JDBC batch inserts on the connection of the run's transaction (one row per payslip,
 * its lines in one column), so a run of 10,000 agents sends a few batches instead of 10,000 inserts that each wait
 * for their generated key (IDENTITY keys defeat EclipseLink's batch writing). Rolled back with the transaction.
 */
final class EcritureBulletins implements AutoCloseable {

    private static final String INSERT = "INSERT INTO paie_bulletin (paie_mois_id, collectivite, agent_id, matricule, "
            + "nom, prenom, statut, heures_hebdo, quotite, code_grade, echelon, indice_majore, points_nbi, regime, "
            + "brut, cotisations_salariales, net_avant_impot, net_imposable, prelevement_source, net_a_payer, "
            + "charges_patronales, cout_employeur, lignes, rafp_accessoires, rafp_traitement, rafp_assiette) VALUES (?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final long paieMoisId;
    private final PreparedStatement insert;
    private int enAttente;

    EcritureBulletins(EntityManager em, long paieMoisId) {
        this.paieMoisId = paieMoisId;
        try {
            this.insert = em.unwrap(Connection.class).prepareStatement(INSERT);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot prepare the payslip insert", e);
        }
    }

    /** {@code rafp}: what the month adds to the RAFP's annual cumul, stored for the later months of the year. */
    void ajouter(AgentEntity agent, SituationAgent situation, Bulletin bulletin, CumulRafp rafp) {
        TotauxBulletin t = bulletin.totaux();
        try {
            int i = 0;
            insert.setLong(++i, paieMoisId);
            insert.setString(++i, agent.getCollectivite());
            insert.setLong(++i, agent.getId());
            insert.setString(++i, agent.getMatricule());
            insert.setString(++i, agent.getNom());
            insert.setString(++i, agent.getPrenom());
            insert.setString(++i, situation.statut().name());
            insert.setBigDecimal(++i, situation.heuresHebdomadairesPoste());
            insert.setBigDecimal(++i, situation.quotite());
            if (situation.codeGrade() == null) {
                insert.setNull(++i, Types.VARCHAR);
            } else {
                insert.setString(++i, situation.codeGrade());
            }
            insert.setInt(++i, agent.getEchelon());
            insert.setInt(++i, situation.indiceMajore());
            insert.setInt(++i, situation.pointsNbi());
            insert.setString(++i, bulletin.regime().name());
            insert.setBigDecimal(++i, t.brut());
            insert.setBigDecimal(++i, t.cotisationsSalariales());
            insert.setBigDecimal(++i, t.netAvantImpot());
            insert.setBigDecimal(++i, t.netImposable());
            insert.setBigDecimal(++i, t.prelevementALaSource());
            insert.setBigDecimal(++i, t.netAPayer());
            insert.setBigDecimal(++i, t.chargesPatronales());
            insert.setBigDecimal(++i, t.coutEmployeur());
            insert.setString(++i, LignesBulletinTexte.ecrire(bulletin.lignes()));
            insert.setBigDecimal(++i, rafp.remunerationsAccessoires());
            insert.setBigDecimal(++i, rafp.traitement());
            insert.setBigDecimal(++i, rafp.assietteRetenue());
            insert.addBatch();
            enAttente++;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot add the payslip of agent " + agent.getId() + " to the batch", e);
        }
    }

    /** Sends the payslips added since the last call. */
    void envoyer() {
        if (enAttente == 0) {
            return;
        }
        try {
            insert.executeBatch();
            enAttente = 0;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot insert a batch of " + enAttente + " payslips", e);
        }
    }

    @Override
    public void close() {
        try {
            insert.close();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot close the payslip insert", e);
        }
    }
}
