package fr.mutualis.budget.server.internal.entity;

import fr.mutualis.budget.api.PieceJustificative;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** Reference of a supporting document of a pièce (PES {@code PJRef}). */
@Entity
@Table(name = "budget_piece_justificative")
public class PieceJustificativeEntity {

    @Id
    @TableGenerator(name = "budget_piece_justificative", table = "budget_sequence", pkColumnName = "nom", valueColumnName = "valeur",
            pkColumnValue = "budget_piece_justificative", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "budget_piece_justificative")
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @ManyToOne(optional = false)
    @JoinColumn(name = "piece_id")
    private PieceEntity piece;

    private int rang;

    @Column(nullable = false, length = 2)
    private String support;

    @Column(name = "id_unique", nullable = false, length = 100)
    private String idUnique;

    @Column(nullable = false, length = 200)
    private String nom;

    protected PieceJustificativeEntity() {
    }

    PieceJustificativeEntity(PieceEntity piece, int rang, PieceJustificative pj) {
        this.collectivite = piece.getCollectivite();
        this.piece = piece;
        this.rang = rang;
        this.support = pj.support();
        this.idUnique = pj.idUnique();
        this.nom = pj.nom();
    }

    PieceJustificative toPieceJustificative() {
        return new PieceJustificative(support, idUnique, nom);
    }
}
