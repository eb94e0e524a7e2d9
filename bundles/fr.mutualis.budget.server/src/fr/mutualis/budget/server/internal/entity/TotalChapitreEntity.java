package fr.mutualis.budget.server.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The running totals of one chapter at the level of vote, for a budget and exercice: credits opened, engaged and
 * executed (net of annulations and réductions), changed in the transaction of each vote, virement, engagement or pièce
 * under the budget's CREDITS lock.
 */
@Entity
@Table(name = "budget_total_chapitre")
public class TotalChapitreEntity {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @Column(name = "budget_id")
    private long budgetId;

    private int exercice;

    @Column(nullable = false, length = 1)
    private String section;

    @Column(nullable = false, length = 1)
    private String sens;

    @Column(nullable = false, length = 10)
    private String chapitre;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal ouverts = ZERO;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal engage = ZERO;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal realise = ZERO;

    @Column(name = "date_max", nullable = false)
    private LocalDate dateMax;

    protected TotalChapitreEntity() {
    }

    public TotalChapitreEntity(BudgetEntity budget, int exercice, Section section, Sens sens, String chapitre,
            LocalDate date) {
        this.collectivite = budget.getCollectivite();
        this.budgetId = budget.getId();
        this.exercice = exercice;
        this.section = section.code();
        this.sens = sens.code();
        this.chapitre = chapitre;
        this.dateMax = date;
    }

    public Section getSection() {
        return Section.depuisCode(section);
    }

    public Sens getSens() {
        return Codes.sens(sens);
    }

    public String getChapitre() {
        return chapitre;
    }

    public BigDecimal getOuverts() {
        return ouverts;
    }

    public BigDecimal getEngage() {
        return engage;
    }

    public BigDecimal getRealise() {
        return realise;
    }

    /** The latest date of the votes, virements, engagements and pièces counted. */
    public LocalDate getDateMax() {
        return dateMax;
    }

    public void ouvrir(BigDecimal montant, LocalDate date) {
        ouverts = ouverts.add(montant);
        dater(date);
    }

    public void engager(BigDecimal montant, LocalDate date) {
        engage = engage.add(montant);
        dater(date);
    }

    /** @param montant negative for an annulation or a réduction */
    public void realiser(BigDecimal montant, LocalDate date) {
        realise = realise.add(montant);
        dater(date);
    }

    private void dater(LocalDate date) {
        if (date.isAfter(dateMax)) {
            dateMax = date;
        }
    }
}
