package fr.mutualis.urbanism.server.internal.entity;

import fr.mutualis.urbanism.api.Parcelle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A cadastral parcel of the land a dossier concerns, at its rank in the application's list. */
@Entity
@Table(name = "urbanisme_parcelle")
public class ParcelleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private DossierEntity dossier;

    @Column(nullable = false, length = 9)
    private String collectivite;

    private int rang;

    @Column(nullable = false, length = 2)
    private String section;

    private int numero;

    protected ParcelleEntity() {
    }

    ParcelleEntity(DossierEntity dossier, int rang, Parcelle parcelle) {
        this.dossier = dossier;
        this.collectivite = dossier.getCollectivite();
        this.rang = rang;
        this.section = parcelle.section();
        this.numero = parcelle.numero();
    }

    public Parcelle toValue() {
        return new Parcelle(section, numero);
    }
}
