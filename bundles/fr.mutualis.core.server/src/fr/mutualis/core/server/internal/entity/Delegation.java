package fr.mutualis.core.server.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A commune entrusting one module's work to a service collectivity (typically its EPCI's instruction service). */
@Entity
@Table(name = "delegation")
public class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "collectivite_id")
    private CollectiviteEntity collectivite;

    @Column(nullable = false, length = 30)
    private String module;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_id")
    private CollectiviteEntity service;

    protected Delegation() {
    }

    public Delegation(CollectiviteEntity collectivite, String module, CollectiviteEntity service) {
        this.collectivite = collectivite;
        this.module = module;
        this.service = service;
    }

    public CollectiviteEntity getCollectivite() {
        return collectivite;
    }

    public String getModule() {
        return module;
    }

    public CollectiviteEntity getService() {
        return service;
    }
}
