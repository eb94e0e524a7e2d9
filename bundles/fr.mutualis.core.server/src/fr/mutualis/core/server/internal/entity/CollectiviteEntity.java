package fr.mutualis.core.server.internal.entity;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A commune, EPCI or syndicat hosted by the server. */
@Entity
@Table(name = "collectivite")
public class CollectiviteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 9)
    private String code;

    @Column(length = 9)
    private String siren;

    @Column(nullable = false)
    private String nom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CollectiviteKind kind;

    private int population;

    @Column(length = 3)
    private String departement;

    @ManyToOne
    @JoinColumn(name = "epci_id")
    private CollectiviteEntity epci;

    @Column(name = "epci_nature", length = 6)
    private String epciNature;

    protected CollectiviteEntity() {
    }

    public CollectiviteEntity(String code, String siren, String nom, CollectiviteKind kind, int population,
            String departement) {
        this.code = code;
        this.siren = siren;
        this.nom = nom;
        this.kind = kind;
        this.population = population;
        this.departement = departement;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNom() {
        return nom;
    }

    public CollectiviteKind getKind() {
        return kind;
    }

    public CollectiviteEntity getEpci() {
        return epci;
    }

    public void setEpci(CollectiviteEntity epci) {
        this.epci = epci;
    }

    public Collectivite toValue() {
        return new Collectivite(new CollectiviteId(code), siren, nom, kind, population, departement,
                epci == null ? null : new CollectiviteId(epci.code), epci == null ? null : epci.nom);
    }
}
