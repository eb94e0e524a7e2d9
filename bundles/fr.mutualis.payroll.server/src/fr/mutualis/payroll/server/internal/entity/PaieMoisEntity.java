package fr.mutualis.payroll.server.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.TotauxBulletin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The payroll of one month for one collectivity: a draft a new run replaces, or a validated, locked month. */
@Entity
@Table(name = "paie_mois")
public class PaieMoisEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String collectivite;

    /** First day of the month. */
    @Column(nullable = false)
    private LocalDate mois;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EtatPaie etat;

    @Column(name = "nombre_bulletins")
    private int nombreBulletins;

    @Column(nullable = false)
    private BigDecimal brut;

    @Column(name = "net_a_payer", nullable = false)
    private BigDecimal netAPayer;

    @Column(name = "cout_employeur", nullable = false)
    private BigDecimal coutEmployeur;

    @Column(name = "calcule_le", nullable = false)
    private LocalDateTime calculeLe;

    @Column(name = "calcule_par", nullable = false)
    private String calculePar;

    @Column(name = "validee_le")
    private LocalDateTime valideeLe;

    @Column(name = "validee_par")
    private String valideePar;

    private String comptabilisation;

    protected PaieMoisEntity() {
    }

    public PaieMoisEntity(String collectivite, YearMonth mois) {
        this.collectivite = collectivite;
        this.mois = mois.atDay(1);
        this.etat = EtatPaie.BROUILLON;
    }

    /** Records a (new) run of the draft; times are kept to the second. */
    public void calculee(int bulletins, TotauxBulletin totaux, String login, LocalDateTime quand) {
        this.nombreBulletins = bulletins;
        this.brut = totaux.brut();
        this.netAPayer = totaux.netAPayer();
        this.coutEmployeur = totaux.coutEmployeur();
        this.calculePar = login;
        this.calculeLe = quand.truncatedTo(ChronoUnit.SECONDS);
    }

    public void validee(String login, LocalDateTime quand, String comptabilisation) {
        this.etat = EtatPaie.VALIDEE;
        this.valideePar = login;
        this.valideeLe = quand.truncatedTo(ChronoUnit.SECONDS);
        this.comptabilisation = comptabilisation;
    }

    public PaieMois valeur() {
        return new PaieMois(YearMonth.from(mois), etat, nombreBulletins, brut, netAPayer, coutEmployeur, calculeLe,
                valideeLe, valideePar, comptabilisation);
    }

    public Long getId() {
        return id;
    }

    public EtatPaie getEtat() {
        return etat;
    }
}
