package fr.mutualis.budget.server.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Virement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A chapter-to-chapter virement of expense credits (M57 fongibilité). */
@Entity
@Table(name = "budget_virement")
public class VirementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @ManyToOne(optional = false)
    @JoinColumn(name = "budget_id")
    private BudgetEntity budget;

    private int exercice;

    @Column(name = "date_virement", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 1)
    private String section;

    @Column(name = "chapitre_source", nullable = false, length = 10)
    private String chapitreSource;

    @Column(name = "chapitre_dest", nullable = false, length = 10)
    private String chapitreDestination;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal montant;

    protected VirementEntity() {
    }

    public VirementEntity(BudgetEntity budget, Virement virement) {
        this.collectivite = budget.getCollectivite();
        this.budget = budget;
        this.exercice = virement.exercice();
        this.date = virement.date();
        this.section = virement.source().section().code();
        this.chapitreSource = virement.source().code();
        this.chapitreDestination = virement.destination().code();
        this.montant = virement.montant();
    }

    public int getExercice() {
        return exercice;
    }

    public LocalDate getDate() {
        return date;
    }

    public Section getSection() {
        return Section.depuisCode(section);
    }

    public String getChapitreSource() {
        return chapitreSource;
    }

    public String getChapitreDestination() {
        return chapitreDestination;
    }

    public BigDecimal getMontant() {
        return montant;
    }
}
