package fr.mutualis.payroll.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Writes the agents of an import as JDBC batch inserts on the connection of the import's transaction, like
 * {@link EcritureBulletins} does for the payslips: IDENTITY keys defeat EclipseLink's batch writing (one insert and
 * one round trip per agent), so the agents go in batches of {@link #LOT}, their keys are read back in one query by
 * matricule, then their régime indemnitaire lines go in batches too. Rolled back with the transaction.
 */
final class EcritureAgents {

    /** Rows sent to the database at once. */
    static final int LOT = 500;

    private static final String AGENT = "INSERT INTO paie_agent (collectivite, matricule, matricule_cle, nom, prenom, "
            + "nir_chiffre, nir_index, statut, heures_hebdo, quotite, code_grade, echelon, indice_majore, points_nbi, "
            + "zone_residence, nombre_enfants, categorie_tpp, taux_pas, date_entree, "
            + "date_naissance, pcs_ese, iban_chiffre, bic) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ELEMENT = "INSERT INTO paie_element_indemnitaire (agent_id, rang, nature, libelle, "
            + "montant_mensuel) VALUES (?, ?, ?, ?, ?)";

    /** An agent checked, with its NIR encrypted and indexed, and its IBAN encrypted (null without bank account). */
    record AgentPret(AgentSaisie saisie, String nirChiffre, String nirIndex, String ibanChiffre) {
    }

    private EcritureAgents() {
    }

    static void ecrire(EntityManager em, CollectiviteId collectivite, List<AgentPret> agents) {
        Connection connexion = em.unwrap(Connection.class);
        try {
            try (PreparedStatement insert = connexion.prepareStatement(AGENT)) {
                int enAttente = 0;
                for (AgentPret agent : agents) {
                    lier(insert, collectivite, agent);
                    insert.addBatch();
                    if (++enAttente == LOT) {
                        insert.executeBatch();
                        enAttente = 0;
                    }
                }
                if (enAttente > 0) {
                    insert.executeBatch();
                }
            }
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement select = connexion.prepareStatement(
                    "SELECT matricule_cle, id FROM paie_agent WHERE collectivite = ?")) {
                select.setString(1, collectivite.code());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            try (PreparedStatement insert = connexion.prepareStatement(ELEMENT)) {
                int enAttente = 0;
                for (AgentPret agent : agents) {
                    long id = ids.get(AgentEntity.cleMatricule(agent.saisie().matricule()));
                    List<ElementIndemnitaire> elements = agent.saisie().elementsIndemnitaires();
                    for (int rang = 0; rang < elements.size(); rang++) {
                        ElementIndemnitaire e = elements.get(rang);
                        insert.setLong(1, id);
                        insert.setInt(2, rang);
                        insert.setString(3, e.nature().name());
                        insert.setString(4, e.libelle());
                        insert.setBigDecimal(5, e.montantMensuel());
                        insert.addBatch();
                        if (++enAttente == LOT) {
                            insert.executeBatch();
                            enAttente = 0;
                        }
                    }
                }
                if (enAttente > 0) {
                    insert.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Cannot insert the " + agents.size() + " imported agents", e);
        }
    }

    private static void lier(PreparedStatement insert, CollectiviteId collectivite, AgentPret agent)
            throws SQLException {
        AgentSaisie a = agent.saisie();
        int i = 0;
        insert.setString(++i, collectivite.code());
        insert.setString(++i, a.matricule());
        insert.setString(++i, AgentEntity.cleMatricule(a.matricule()));
        insert.setString(++i, a.nom().strip());
        insert.setString(++i, a.prenom().strip());
        insert.setString(++i, agent.nirChiffre());
        insert.setString(++i, agent.nirIndex());
        insert.setString(++i, a.statut().name());
        insert.setBigDecimal(++i, a.heuresHebdomadairesPoste());
        insert.setBigDecimal(++i, a.quotite());
        if (a.codeGrade() == null) {
            insert.setNull(++i, Types.VARCHAR);
        } else {
            insert.setString(++i, a.codeGrade());
        }
        insert.setInt(++i, a.echelon());
        insert.setInt(++i, a.indiceMajore());
        insert.setInt(++i, a.pointsNbi());
        insert.setString(++i, a.zoneResidence().name());
        insert.setInt(++i, a.nombreEnfants());
        insert.setString(++i, a.categorieTpp().name());
        if (a.tauxPasPersonnel() == null) {
            insert.setNull(++i, Types.NUMERIC);
        } else {
            insert.setBigDecimal(++i, a.tauxPasPersonnel());
        }
        insert.setObject(++i, a.dateEntree());
        if (a.dateNaissance() == null) {
            insert.setNull(++i, Types.DATE);
        } else {
            insert.setObject(++i, a.dateNaissance());
        }
        if (a.pcsEse() == null) {
            insert.setNull(++i, Types.VARCHAR);
        } else {
            insert.setString(++i, a.pcsEse());
        }
        if (a.compteBancaire() == null) {
            insert.setNull(++i, Types.VARCHAR);
            insert.setNull(++i, Types.VARCHAR);
        } else {
            insert.setString(++i, agent.ibanChiffre());
            insert.setString(++i, a.compteBancaire().bic());
        }
    }
}
