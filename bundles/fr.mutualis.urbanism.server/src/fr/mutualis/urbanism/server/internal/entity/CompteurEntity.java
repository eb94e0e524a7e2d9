package fr.mutualis.urbanism.server.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last sequence used in one numbering series: two-letter prefix, commune, filing year (A423-3). */
@Entity
@Table(name = "urbanisme_compteur")
public class CompteurEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @Column(nullable = false, length = 2)
    private String prefixe;

    private int annee;

    @Column(name = "derniere_sequence")
    private int derniereSequence;

    protected CompteurEntity() {
    }

    public CompteurEntity(String collectivite, String prefixe, int annee) {
        this.collectivite = collectivite;
        this.prefixe = prefixe;
        this.annee = annee;
    }

    public int getDerniereSequence() {
        return derniereSequence;
    }

    public void utiliser(int sequence) {
        if (sequence != derniereSequence + 1) {
            throw new IllegalStateException("Sequence " + sequence + " does not follow " + derniereSequence + " in "
                    + prefixe + " " + collectivite + " " + annee);
        }
        derniereSequence = sequence;
    }
}
