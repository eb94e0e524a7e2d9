package fr.mutualis.budget.server.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The budget options of a collectivity: whether it keeps commitment accounts (engagements). */
@Entity
@Table(name = "budget_option")
public class OptionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    private boolean engagements;

    protected OptionEntity() {
    }

    public OptionEntity(String collectivite, boolean engagements) {
        this.collectivite = collectivite;
        this.engagements = engagements;
    }

    public boolean isEngagements() {
        return engagements;
    }

    public void setEngagements(boolean engagements) {
        this.engagements = engagements;
    }
}
