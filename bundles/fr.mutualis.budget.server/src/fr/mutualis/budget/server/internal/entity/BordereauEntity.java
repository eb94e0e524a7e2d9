package fr.mutualis.budget.server.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.StatutBordereau;
import fr.mutualis.budget.api.TypeBordereau;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A bordereau: in preparation without number, then sent, numbered and locked (its row and its pièces are never
 * changed again).
 */
@Entity
@Table(name = "budget_bordereau")
public class BordereauEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @ManyToOne(optional = false)
    @JoinColumn(name = "budget_id")
    private BudgetEntity budget;

    private int exercice;

    @Column(nullable = false, length = 1)
    private String sens;

    @Column(name = "type_bordereau", nullable = false, length = 2)
    private String type;

    private Integer numero;

    @Column(name = "date_bordereau", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 20)
    private String statut;

    @Column(name = "nombre_pieces")
    private int nombrePieces;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal montant;

    @Column(name = "cumul_anterieur", nullable = false, precision = 15, scale = 2)
    private BigDecimal cumulAnterieur;

    @Column(name = "envoye_le")
    private LocalDateTime envoyeLe;

    protected BordereauEntity() {
    }

    public BordereauEntity(BudgetEntity budget, int exercice, Sens sens, TypeBordereau type, LocalDate date,
            int nombrePieces, BigDecimal montant) {
        this.collectivite = budget.getCollectivite();
        this.budget = budget;
        this.exercice = exercice;
        this.sens = sens.code();
        this.type = type.code();
        this.date = date;
        this.statut = StatutBordereau.EN_PREPARATION.name();
        this.nombrePieces = nombrePieces;
        this.montant = montant;
        this.cumulAnterieur = BigDecimal.ZERO.setScale(2);
    }

    /** Numbers and locks the bordereau. */
    public void envoyer(int numero, BigDecimal cumulAnterieur, LocalDateTime quand) {
        if (getStatut() != StatutBordereau.EN_PREPARATION) {
            throw new IllegalStateException("Bordereau " + id + " already sent");
        }
        this.numero = numero;
        this.cumulAnterieur = cumulAnterieur;
        this.envoyeLe = quand;
        this.statut = StatutBordereau.ENVOYE.name();
    }

    public Long getId() {
        return id;
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

    public TypeBordereau getType() {
        return TypeBordereau.ANNULATION_REDUCTION.code().equals(type) ? TypeBordereau.ANNULATION_REDUCTION
                : TypeBordereau.ORDINAIRE;
    }

    public Integer getNumero() {
        return numero;
    }

    public LocalDate getDate() {
        return date;
    }

    public StatutBordereau getStatut() {
        return StatutBordereau.valueOf(statut);
    }

    public int getNombrePieces() {
        return nombrePieces;
    }

    public BigDecimal getMontant() {
        return montant;
    }

    public BigDecimal getCumulAnterieur() {
        return cumulAnterieur;
    }

    public LocalDateTime getEnvoyeLe() {
        return envoyeLe;
    }
}
