package fr.mutualis.budget.server.internal.entity;

import java.math.BigDecimal;

import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.Section;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Credits of one chapter, section and direction in a budget decision. */
@Entity
@Table(name = "budget_ligne_credit")
public class LigneCreditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @ManyToOne(optional = false)
    @JoinColumn(name = "decision_id")
    private DecisionEntity decision;

    private int rang;

    @Column(nullable = false, length = 1)
    private String section;

    @Column(nullable = false, length = 1)
    private String sens;

    @Column(nullable = false, length = 10)
    private String chapitre;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal montant;

    protected LigneCreditEntity() {
    }

    LigneCreditEntity(DecisionEntity decision, int rang, LigneCredit ligne) {
        this.collectivite = decision.getCollectivite();
        this.decision = decision;
        this.rang = rang;
        this.section = ligne.section().code();
        this.sens = ligne.sens().code();
        this.chapitre = ligne.chapitre();
        this.montant = ligne.montant();
    }

    LigneCredit toLigne() {
        return new LigneCredit(chapitre, Section.depuisCode(section), Codes.sens(sens), montant);
    }
}
