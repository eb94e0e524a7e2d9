package fr.mutualis.budget.server.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.ReferencePiece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.Titre;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A mandat or titre. Append-only: once written, only its bordereau changes (set when it is put on a bordereau in
 * preparation, cleared if that bordereau is abandoned, fixed for good when it is sent).
 */
@Entity
@Table(name = "budget_piece")
public class PieceEntity {

    /** Written by {@code EcriturePieces} (JDBC batches), keys from {@code ClesBudget} (budget_sequence). */
    @Id
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @ManyToOne(optional = false)
    @JoinColumn(name = "budget_id")
    private BudgetEntity budget;

    private int exercice;

    @Column(nullable = false, length = 1)
    private String sens;

    private int numero;

    @Column(name = "date_piece", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 500)
    private String objet;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tiers_id")
    private TiersEntity tiers;

    @Column(nullable = false, length = 12)
    private String nature;

    @Column(name = "origine_numero")
    private Integer origine;

    @Column(name = "mode_reglement", length = 2)
    private String modeReglement;

    @ManyToOne
    @JoinColumn(name = "engagement_id")
    private EngagementEntity engagement;

    @ManyToOne
    @JoinColumn(name = "bordereau_id")
    private BordereauEntity bordereau;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal montant;

    @Column(name = "emise_le", nullable = false)
    private LocalDateTime emiseLe;

    @OneToMany(mappedBy = "piece", cascade = CascadeType.ALL)
    @OrderBy("rang")
    private List<LignePieceEntity> lignes = new ArrayList<>();

    @OneToMany(mappedBy = "piece", cascade = CascadeType.ALL)
    @OrderBy("rang")
    private List<PieceJustificativeEntity> piecesJustificatives = new ArrayList<>();

    protected PieceEntity() {
    }

    public String getCollectivite() {
        return collectivite;
    }

    public BudgetEntity getBudget() {
        return budget;
    }

    public int getExercice() {
        return exercice;
    }

    public Sens getSens() {
        return Codes.sens(sens);
    }

    public int getNumero() {
        return numero;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getObjet() {
        return objet;
    }

    public TiersEntity getTiers() {
        return tiers;
    }

    public NaturePiece getNature() {
        return NaturePiece.valueOf(nature);
    }

    public Integer getOrigine() {
        return origine;
    }

    public String getModeReglement() {
        return modeReglement;
    }

    public EngagementEntity getEngagement() {
        return engagement;
    }

    public BordereauEntity getBordereau() {
        return bordereau;
    }

    public void setBordereau(BordereauEntity bordereau) {
        if (this.bordereau != null && bordereau != null) {
            throw new IllegalStateException("Pièce " + id + " is already on bordereau " + this.bordereau.getId());
        }
        this.bordereau = bordereau;
    }

    public BigDecimal getMontant() {
        return montant;
    }

    public List<LignePieceEntity> getLignes() {
        return lignes;
    }

    /** The pièce as a record, every tiers without bank details. */
    public Piece sansCoordonneesBancaires() {
        return toPiece(tiers.toTiers(null), t -> t.toTiers(null));
    }

    /**
     * The pièce as a record, with the tiers given and each line's own creditor as {@code vue} shows it (bank details
     * or not, as the caller may see them).
     */
    public Piece toPiece(Tiers tiersVu, Function<TiersEntity, Tiers> vue) {
        ReferencePiece reference = origine == null ? null : new ReferencePiece(exercice, origine);
        var lignesPiece = lignes.stream().map(l -> l.toLigne(vue)).toList();
        var pjs = piecesJustificatives.stream().map(PieceJustificativeEntity::toPieceJustificative).toList();
        return getSens() == Sens.DEPENSE
                ? new Mandat(exercice, numero, date, objet, tiersVu, lignesPiece, pjs, getNature(), reference,
                        modeReglement)
                : new Titre(exercice, numero, date, objet, tiersVu, lignesPiece, pjs, getNature(), reference);
    }
}
