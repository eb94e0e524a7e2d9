package fr.mutualis.budget.server.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.EtapeBudgetaire;
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

/** A budget decision voted (BP, BS, DM) and its credits per chapter. Never changed once recorded. */
@Entity
@Table(name = "budget_decision")
public class DecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @ManyToOne(optional = false)
    @JoinColumn(name = "budget_id")
    private BudgetEntity budget;

    private int exercice;

    @Column(nullable = false, length = 2)
    private String etape;

    @Column(name = "date_vote", nullable = false)
    private LocalDate dateVote;

    @Column(name = "taux_fongibilite", precision = 6, scale = 4)
    private BigDecimal tauxFongibilite;

    @Column(name = "enregistree_le", nullable = false)
    private LocalDateTime enregistreeLe;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL)
    @OrderBy("rang")
    private List<LigneCreditEntity> lignes = new ArrayList<>();

    protected DecisionEntity() {
    }

    public DecisionEntity(BudgetEntity budget, DecisionBudgetaire decision, BigDecimal tauxFongibilite,
            LocalDateTime enregistreeLe) {
        this.collectivite = budget.getCollectivite();
        this.budget = budget;
        this.exercice = decision.exercice();
        this.etape = decision.etape().name();
        this.dateVote = decision.dateVote();
        this.tauxFongibilite = tauxFongibilite;
        this.enregistreeLe = enregistreeLe;
        for (int i = 0; i < decision.lignes().size(); i++) {
            lignes.add(new LigneCreditEntity(this, i + 1, decision.lignes().get(i)));
        }
    }

    public String getCollectivite() {
        return collectivite;
    }

    public EtapeBudgetaire getEtape() {
        return EtapeBudgetaire.valueOf(etape);
    }

    public LocalDate getDateVote() {
        return dateVote;
    }

    /** The rate of virements voted with the BP; null for a BS or DM. */
    public BigDecimal getTauxFongibilite() {
        return tauxFongibilite;
    }

    public DecisionBudgetaire toDecision() {
        return new DecisionBudgetaire(getEtape(), exercice, dateVote,
                lignes.stream().map(LigneCreditEntity::toLigne).toList());
    }
}
