package fr.mutualis.payroll.server.internal.entity;

import java.math.BigDecimal;

import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.NatureLigne;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a stored payslip. */
@Embeddable
public class LigneBulletinColonnes {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String libelle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NatureLigne nature;

    private BigDecimal base;

    @Column(name = "taux_salarial")
    private BigDecimal tauxSalarial;

    @Column(name = "montant_salarial", nullable = false)
    private BigDecimal montantSalarial;

    @Column(name = "taux_patronal")
    private BigDecimal tauxPatronal;

    @Column(name = "montant_patronal", nullable = false)
    private BigDecimal montantPatronal;

    protected LigneBulletinColonnes() {
    }

    LigneBulletinColonnes(LigneBulletin ligne) {
        this.code = ligne.code();
        this.libelle = ligne.libelle();
        this.nature = ligne.nature();
        this.base = ligne.base();
        this.tauxSalarial = ligne.tauxSalarial();
        this.montantSalarial = ligne.montantSalarial();
        this.tauxPatronal = ligne.tauxPatronal();
        this.montantPatronal = ligne.montantPatronal();
    }

    LigneBulletin valeur() {
        return new LigneBulletin(code, libelle, nature, base, Decimales.utiles(tauxSalarial), montantSalarial,
                Decimales.utiles(tauxPatronal), montantPatronal);
    }
}
