package fr.mutualis.budget.server.internal.entity;

import fr.mutualis.budget.api.Budget;
import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.TypeBudget;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A budget of a collectivity with its Hélios settings (IdPost, IdColl, CodCol, CodBud). */
@Entity
@Table(name = "budget_budget")
public class BudgetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @Column(name = "cod_bud", nullable = false, length = 10)
    private String codBud;

    @Column(nullable = false, length = 200)
    private String libelle;

    @Column(name = "type_budget", nullable = false, length = 10)
    private String type;

    @Column(nullable = false, length = 5)
    private String declinaison;

    @Column(name = "id_post", nullable = false, length = 7)
    private String idPost;

    @Column(name = "id_coll", nullable = false, length = 14)
    private String idColl;

    @Column(name = "cod_col", nullable = false, length = 3)
    private String codCol;

    protected BudgetEntity() {
    }

    public BudgetEntity(String collectivite, Budget budget) {
        this.collectivite = collectivite;
        this.codBud = budget.codBud();
        this.libelle = budget.libelle();
        this.type = budget.type().name();
        this.declinaison = budget.declinaison().name();
        this.idPost = budget.idPost();
        this.idColl = budget.idColl();
        this.codCol = budget.codCol();
    }

    public Long getId() {
        return id;
    }

    public String getCollectivite() {
        return collectivite;
    }

    public String getCodBud() {
        return codBud;
    }

    public Declinaison getDeclinaison() {
        return Declinaison.valueOf(declinaison);
    }

    public Budget toBudget() {
        return new Budget(libelle, TypeBudget.valueOf(type), getDeclinaison(), idPost, idColl, codCol, codBud);
    }
}
