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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * A mandat or titre. Append-only: once written, only its bordereau changes (set when it is put on a bordereau in
 * preparation, cleared if that bordereau is abandoned, fixed for good when it is sent).
 */
@Entity
@Table(name = "budget_piece")
public class PieceEntity {

    @Id
    @TableGenerator(name = "budget_piece", table = "budget_sequence", pkColumnName = "nom", valueColumnName = "valeur",
            pkColumnValue = "budget_piece", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "budget_piece")
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

    /** @param creanciers the répertoire entry of each line's own creditor (elements null when none), or null */
    public PieceEntity(BudgetEntity budget, Piece piece, TiersEntity tiers, EngagementEntity engagement,
            LocalDateTime emiseLe, List<TiersEntity> creanciers) {
        this.collectivite = budget.getCollectivite();
        this.budget = budget;
        this.exercice = piece.exercice();
        this.sens = piece.sens().code();
        this.numero = piece.numero();
        this.date = piece.date();
        this.objet = piece.objet();
        this.tiers = tiers;
        this.nature = piece.nature().name();
        this.origine = piece.origine() == null ? null : piece.origine().numero();
        this.modeReglement = piece instanceof Mandat mandat ? mandat.modeReglement() : null;
        this.engagement = engagement;
        this.montant = piece.montant();
        this.emiseLe = emiseLe;
        for (int i = 0; i < piece.lignes().size(); i++) {
            lignes.add(new LignePieceEntity(this, i + 1, piece.lignes().get(i),
                    creanciers == null ? null : creanciers.get(i)));
        }
        for (int i = 0; i < piece.piecesJustificatives().size(); i++) {
            piecesJustificatives.add(new PieceJustificativeEntity(this, i + 1, piece.piecesJustificatives().get(i)));
        }
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
