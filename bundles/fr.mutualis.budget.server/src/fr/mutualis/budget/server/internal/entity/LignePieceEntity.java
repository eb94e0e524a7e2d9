package fr.mutualis.budget.server.internal.entity;

import java.math.BigDecimal;
import java.util.function.Function;

import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Tiers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a mandat or titre: imputation and amount. */
@Entity
@Table(name = "budget_ligne_piece")
public class LignePieceEntity {

    /** Written by {@code EcriturePieces} with its pièce. */
    @Id
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @ManyToOne(optional = false)
    @JoinColumn(name = "piece_id")
    private PieceEntity piece;

    private int rang;

    @Column(nullable = false, length = 1)
    private String section;

    @Column(nullable = false, length = 10)
    private String chapitre;

    @Column(nullable = false, length = 10)
    private String article;

    @Column(length = 4)
    private String fonction;

    @Column(length = 10)
    private String operation;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal montant;

    @Column(length = 200)
    private String libelle;

    @Column(name = "code_produit_local", length = 4)
    private String codeProduitLocal;

    /** The creditor of this line when it is not the pièce's tiers (a mandat collectif), or null. */
    @ManyToOne
    @JoinColumn(name = "tiers_id")
    private TiersEntity creancier;

    protected LignePieceEntity() {
    }

    /** The line, its own creditor (if any) as {@code vue} shows it. */
    public LignePiece toLigne(Function<TiersEntity, Tiers> vue) {
        return new LignePiece(new Imputation(Section.depuisCode(section), chapitre, article, fonction, operation),
                montant, libelle, codeProduitLocal, creancier == null ? null : vue.apply(creancier));
    }
}
