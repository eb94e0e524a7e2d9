package fr.mutualis.payroll.server.internal.entity;

import java.math.BigDecimal;
import java.time.YearMonth;

import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.BulletinResume;
import fr.mutualis.payroll.api.RegimeRetraite;
import fr.mutualis.payroll.api.SituationBulletin;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.TotauxBulletin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A computed payslip with the agent's situation as paid that month. Written by the payroll run in JDBC batches
 * (EcritureBulletins), read through this entity.
 */
@Entity
@Table(name = "paie_bulletin")
public class BulletinEntity {

    @Id
    private Long id;

    @Column(name = "paie_mois_id")
    private long paieMoisId;

    @Column(nullable = false)
    private String collectivite;

    @Column(name = "agent_id")
    private long agentId;

    @Column(nullable = false)
    private String matricule;

    @Column(nullable = false)
    private String nom;

    @Column(nullable = false)
    private String prenom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Statut statut;

    @Column(name = "heures_hebdo", nullable = false)
    private BigDecimal heuresHebdomadaires;

    @Column(nullable = false)
    private BigDecimal quotite;

    @Column(name = "code_grade")
    private String codeGrade;

    private int echelon;

    @Column(name = "indice_majore")
    private int indiceMajore;

    @Column(name = "points_nbi")
    private int pointsNbi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegimeRetraite regime;

    @Column(nullable = false)
    private BigDecimal brut;

    @Column(name = "cotisations_salariales", nullable = false)
    private BigDecimal cotisationsSalariales;

    @Column(name = "net_avant_impot", nullable = false)
    private BigDecimal netAvantImpot;

    @Column(name = "net_imposable", nullable = false)
    private BigDecimal netImposable;

    @Column(name = "prelevement_source", nullable = false)
    private BigDecimal prelevementALaSource;

    @Column(name = "net_a_payer", nullable = false)
    private BigDecimal netAPayer;

    @Column(name = "charges_patronales", nullable = false)
    private BigDecimal chargesPatronales;

    @Column(name = "cout_employeur", nullable = false)
    private BigDecimal coutEmployeur;

    /** What the month gives the RAFP's annual cumul: accessories, TIB actually paid, base retained (V8). */
    @Column(name = "rafp_accessoires", nullable = false)
    private BigDecimal rafpAccessoires;

    @Column(name = "rafp_traitement", nullable = false)
    private BigDecimal rafpTraitement;

    @Column(name = "rafp_assiette", nullable = false)
    private BigDecimal rafpAssiette;

    /** The payslip's lines, in order ({@link LignesBulletinTexte}). */
    @Column(nullable = false)
    private String lignes;

    protected BulletinEntity() {
    }

    public Bulletin bulletin(YearMonth mois) {
        return new Bulletin(mois, regime, LignesBulletinTexte.lire(lignes),
                new TotauxBulletin(brut, cotisationsSalariales, netAvantImpot, netImposable, prelevementALaSource,
                        netAPayer, chargesPatronales, coutEmployeur));
    }

    public SituationBulletin situation(String nirMasque) {
        return new SituationBulletin(agentId, matricule, nom, prenom, nirMasque, statut, codeGrade, echelon,
                indiceMajore, pointsNbi, Decimales.utiles(heuresHebdomadaires), Decimales.utiles(quotite));
    }

    public BulletinResume resume() {
        return new BulletinResume(id, agentId, matricule, nom, prenom, statut, brut, netAPayer, coutEmployeur);
    }

    public Long getId() {
        return id;
    }

    public long getPaieMoisId() {
        return paieMoisId;
    }

    public String getMatricule() {
        return matricule;
    }

    public String getNom() {
        return nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public long getAgentId() {
        return agentId;
    }

    public Statut getStatut() {
        return statut;
    }
}
