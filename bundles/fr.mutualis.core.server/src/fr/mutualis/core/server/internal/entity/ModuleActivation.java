package fr.mutualis.core.server.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A module enabled for a collectivity. */
@Entity
@Table(name = "module_actif")
public class ModuleActivation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "collectivite_id")
    private CollectiviteEntity collectivite;

    @Column(nullable = false, length = 30)
    private String module;

    protected ModuleActivation() {
    }

    public ModuleActivation(CollectiviteEntity collectivite, String module) {
        this.collectivite = collectivite;
        this.module = module;
    }

    public String getModule() {
        return module;
    }
}
