package fr.mutualis.budget.server.internal.entity;

import fr.mutualis.budget.api.PieceJustificative;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Reference of a supporting document of a pièce (PES {@code PJRef}). */
@Entity
@Table(name = "budget_piece_justificative")
public class PieceJustificativeEntity {

    /** Written by {@code EcriturePieces} with its pièce. */
    @Id
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

    PieceJustificative toPieceJustificative() {
        return new PieceJustificative(support, idUnique, nom);
    }
}
