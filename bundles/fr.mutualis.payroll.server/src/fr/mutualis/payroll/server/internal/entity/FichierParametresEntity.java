package fr.mutualis.payroll.server.internal.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A parameter or grade grid file an administrator loaded; merged again over the shipped files at every start. */
@Entity
@Table(name = "paie_fichier_parametres")
public class FichierParametresEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String nom;

    @Column(nullable = false)
    private String format;

    @Column(nullable = false)
    private String contenu;

    @Column(name = "charge_le", nullable = false)
    private LocalDateTime chargeLe;

    @Column(name = "charge_par", nullable = false)
    private String chargePar;

    protected FichierParametresEntity() {
    }

    public FichierParametresEntity(String nom, String format, String contenu, String chargePar,
            LocalDateTime chargeLe) {
        this.nom = nom;
        this.format = format;
        this.contenu = contenu;
        this.chargePar = chargePar;
        this.chargeLe = chargeLe;
    }

    public String getNom() {
        return nom;
    }

    public String getFormat() {
        return format;
    }

    public String getContenu() {
        return contenu;
    }

    public LocalDateTime getChargeLe() {
        return chargeLe;
    }

    public String getChargePar() {
        return chargePar;
    }
}
