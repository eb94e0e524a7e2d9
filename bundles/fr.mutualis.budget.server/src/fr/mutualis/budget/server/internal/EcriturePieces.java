package fr.mutualis.budget.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.PieceJustificative;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.TiersEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Writes checked pièces, their lines and supporting documents as JDBC batch inserts on the connection of the write's
 * transaction (rolled back with it): a lot of 2,000 mandats is three batches instead of 2,000 entities and their
 * lines registered, compared and written one by one at the commit by EclipseLink (56 % of the CPU of a lot, profiled
 * 2026-12-05). Keys from {@link ClesBudget}; read back through the entities ({@code PieceEntity}) as before.
 */
final class EcriturePieces {

    private static final String PIECE = "INSERT INTO budget_piece (id, collectivite, budget_id, exercice, sens, numero, "
            + "date_piece, objet, tiers_id, nature, origine_numero, mode_reglement, engagement_id, montant, emise_le) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LIGNE = "INSERT INTO budget_ligne_piece (id, collectivite, piece_id, rang, section, "
            + "chapitre, article, fonction, operation, montant, libelle, code_produit_local, tiers_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PJ = "INSERT INTO budget_piece_justificative (id, collectivite, piece_id, rang, "
            + "support, id_unique, nom) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private EcriturePieces() {
    }

    /** {@code pieces.get(i)} was checked and numbered from {@code demandes.get(i)}. */
    static void ecrire(EntityManager em, ClesBudget cles, BudgetEntity budget, List<Piece> pieces,
            List<PieceDemandee> demandes, LocalDateTime emiseLe) {
        int lignes = pieces.stream().mapToInt(p -> p.lignes().size()).sum();
        int pjs = pieces.stream().mapToInt(p -> p.piecesJustificatives().size()).sum();
        Map<String, Long> premieres = cles.premieres(em.getEntityManagerFactory(), Map.of("budget_piece",
                pieces.size(), "budget_ligne_piece", lignes, "budget_piece_justificative", pjs));
        long idPiece = premieres.get("budget_piece");
        long idLigne = premieres.get("budget_ligne_piece");
        long idPj = premieres.get("budget_piece_justificative");
        String collectivite = budget.getCollectivite();
        Connection connexion = em.unwrap(Connection.class);
        try (PreparedStatement piece = connexion.prepareStatement(PIECE);
                PreparedStatement ligne = connexion.prepareStatement(LIGNE);
                PreparedStatement pj = connexion.prepareStatement(PJ)) {
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                PieceDemandee d = demandes.get(i);
                long id = idPiece++;
                int c = 0;
                piece.setLong(++c, id);
                piece.setString(++c, collectivite);
                piece.setLong(++c, budget.getId());
                piece.setInt(++c, p.exercice());
                piece.setString(++c, p.sens().code());
                piece.setInt(++c, p.numero());
                piece.setObject(++c, p.date());
                piece.setString(++c, p.objet());
                piece.setLong(++c, d.tiers().getId());
                piece.setString(++c, p.nature().name());
                setInteger(piece, ++c, p.origine() == null ? null : p.origine().numero());
                piece.setString(++c, p instanceof Mandat m ? m.modeReglement() : null);
                setLong(piece, ++c, d.engagement() == null ? null : d.engagement().getId());
                piece.setBigDecimal(++c, p.montant());
                piece.setObject(++c, emiseLe);
                piece.addBatch();
                for (int r = 0; r < p.lignes().size(); r++) {
                    LignePiece l = p.lignes().get(r);
                    TiersEntity creancier = d.creanciers() == null ? null : d.creanciers().get(r);
                    c = 0;
                    ligne.setLong(++c, idLigne++);
                    ligne.setString(++c, collectivite);
                    ligne.setLong(++c, id);
                    ligne.setInt(++c, r + 1);
                    ligne.setString(++c, l.imputation().section().code());
                    ligne.setString(++c, l.imputation().chapitre());
                    ligne.setString(++c, l.imputation().article());
                    ligne.setString(++c, l.imputation().fonction());
                    ligne.setString(++c, l.imputation().operation());
                    ligne.setBigDecimal(++c, l.montant());
                    ligne.setString(++c, l.libelle());
                    ligne.setString(++c, l.codeProduitLocal());
                    setLong(ligne, ++c, creancier == null ? null : creancier.getId());
                    ligne.addBatch();
                }
                for (int r = 0; r < p.piecesJustificatives().size(); r++) {
                    PieceJustificative j = p.piecesJustificatives().get(r);
                    c = 0;
                    pj.setLong(++c, idPj++);
                    pj.setString(++c, collectivite);
                    pj.setLong(++c, id);
                    pj.setInt(++c, r + 1);
                    pj.setString(++c, j.support());
                    pj.setString(++c, j.idUnique());
                    pj.setString(++c, j.nom());
                    pj.addBatch();
                }
            }
            piece.executeBatch();
            if (lignes > 0) {
                ligne.executeBatch();
            }
            if (pjs > 0) {
                pj.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Cannot insert " + pieces.size() + " pièces of budget " + budget.getId(), e);
        }
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }
}
