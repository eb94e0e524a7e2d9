package fr.mutualis.budget.server.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number given in one numbering series of a budget and exercice (locked by the transaction that numbers). */
@Entity
@Table(name = "budget_compteur")
public class CompteurEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @Column(name = "budget_id")
    private long budgetId;

    private int exercice;

    @Column(nullable = false, length = 20)
    private String serie;

    private int dernier;

    protected CompteurEntity() {
    }

    public CompteurEntity(String collectivite, long budgetId, int exercice, String serie) {
        this.collectivite = collectivite;
        this.budgetId = budgetId;
        this.exercice = exercice;
        this.serie = serie;
    }

    public int getDernier() {
        return dernier;
    }

    /** Records that {@code numero} was given; it must follow the last one. */
    public void utiliser(int numero) {
        if (numero != dernier + 1) {
            throw new IllegalStateException("Number " + numero + " does not follow " + dernier + " in series " + serie
                    + " of budget " + budgetId + " " + exercice);
        }
        dernier = numero;
    }
}
