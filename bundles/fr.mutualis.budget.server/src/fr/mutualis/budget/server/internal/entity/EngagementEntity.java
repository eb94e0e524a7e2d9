package fr.mutualis.budget.server.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.mutualis.budget.api.Engagement;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.Section;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An engagement comptable: expense credits reserved on one imputation. */
@Entity
@Table(name = "budget_engagement")
public class EngagementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @ManyToOne(optional = false)
    @JoinColumn(name = "budget_id")
    private BudgetEntity budget;

    private int exercice;

    private int numero;

    @Column(name = "date_engagement", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 500)
    private String objet;

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

    @Column(name = "montant_initial", precision = 15, scale = 2)
    private BigDecimal montantInitial;

    @ManyToOne
    @JoinColumn(name = "tiers_id")
    private TiersEntity tiers;

    @Column(name = "motif_correction", length = 500)
    private String motif;

    protected EngagementEntity() {
    }

    /** @param tiers the tiers the credits are reserved for, or null */
    public EngagementEntity(BudgetEntity budget, Engagement engagement, TiersEntity tiers) {
        this.tiers = tiers;
        this.montantInitial = engagement.montant();
        this.collectivite = budget.getCollectivite();
        this.budget = budget;
        this.exercice = engagement.exercice();
        this.numero = engagement.numero();
        this.date = engagement.date();
        this.objet = engagement.objet();
        this.section = engagement.imputation().section().code();
        this.chapitre = engagement.imputation().chapitre();
        this.article = engagement.imputation().article();
        this.fonction = engagement.imputation().fonction();
        this.operation = engagement.imputation().operation();
        this.montant = engagement.montant();
    }

    public Long getId() {
        return id;
    }

    public String getCollectivite() {
        return collectivite;
    }

    public int getNumero() {
        return numero;
    }

    public BudgetEntity getBudget() {
        return budget;
    }

    public TiersEntity getTiers() {
        return tiers;
    }

    public BigDecimal getMontant() {
        return montant;
    }

    /** The amount first engaged (engagements taken before schema version 4: the current amount). */
    public BigDecimal getMontantInitial() {
        return montantInitial == null ? montant : montantInitial;
    }

    public String getMotif() {
        return motif;
    }

    /** Lowers (or cancels, with zero) what is reserved, keeping the amount first engaged. */
    public void reduire(BigDecimal nouveauMontant, String motifCorrection) {
        if (montantInitial == null) {
            montantInitial = montant;
        }
        montant = nouveauMontant;
        motif = motifCorrection;
    }

    public Engagement toEngagement() {
        return new Engagement(exercice, numero, date, objet,
                new Imputation(Section.depuisCode(section), chapitre, article, fonction, operation), montant);
    }
}
