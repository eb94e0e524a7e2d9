package fr.mutualis.payroll.server.internal.entity;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.BulletinResume;
import fr.mutualis.payroll.api.RegimeRetraite;
import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.api.SituationBulletin;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.TotauxBulletin;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A computed payslip with the agent's situation as paid that month. */
@Entity
@Table(name = "paie_bulletin")
public class BulletinEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    @ElementCollection
    @CollectionTable(name = "paie_ligne_bulletin", joinColumns = @JoinColumn(name = "bulletin_id"))
    @OrderColumn(name = "rang")
    private List<LigneBulletinColonnes> lignes = new ArrayList<>();

    protected BulletinEntity() {
    }

    /** The payslip of {@code agent} computed from {@code situation}, for the month {@code paieMoisId}. */
    public BulletinEntity(long paieMoisId, AgentEntity agent, SituationAgent situation, Bulletin bulletin) {
        this.paieMoisId = paieMoisId;
        this.collectivite = agent.getCollectivite();
        this.agentId = agent.getId();
        this.matricule = agent.getMatricule();
        this.nom = agent.getNom();
        this.prenom = agent.getPrenom();
        this.statut = situation.statut();
        this.heuresHebdomadaires = situation.heuresHebdomadairesPoste();
        this.quotite = situation.quotite();
        this.codeGrade = situation.codeGrade();
        this.echelon = agent.getEchelon();
        this.indiceMajore = situation.indiceMajore();
        this.pointsNbi = situation.pointsNbi();
        this.regime = bulletin.regime();
        TotauxBulletin t = bulletin.totaux();
        this.brut = t.brut();
        this.cotisationsSalariales = t.cotisationsSalariales();
        this.netAvantImpot = t.netAvantImpot();
        this.netImposable = t.netImposable();
        this.prelevementALaSource = t.prelevementALaSource();
        this.netAPayer = t.netAPayer();
        this.chargesPatronales = t.chargesPatronales();
        this.coutEmployeur = t.coutEmployeur();
        bulletin.lignes().forEach(ligne -> lignes.add(new LigneBulletinColonnes(ligne)));
    }

    public Bulletin bulletin(YearMonth mois) {
        return new Bulletin(mois, regime, lignes.stream().map(LigneBulletinColonnes::valeur).toList(),
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

    public long getAgentId() {
        return agentId;
    }

    public Statut getStatut() {
        return statut;
    }
}
