package fr.mutualis.urbanism.server.internal.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.CasRefusTacite;
import fr.mutualis.urbanism.api.DecisionDossier;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.DonneesInstruction;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.EvenementDossier;
import fr.mutualis.urbanism.api.IssueTacite;
import fr.mutualis.urbanism.api.MajorationNotifiee;
import fr.mutualis.urbanism.api.NatureSuffixe;
import fr.mutualis.urbanism.api.NumeroDossier;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.TypeDossier;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * An urbanism dossier of one commune: what was filed, the facts of its instruction, its state, and the result of the
 * deadline engine ({@code dateLimite}, {@code issueTacite}) kept up to date by every act.
 */
@Entity
@Table(name = "urbanisme_dossier")
public class DossierEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @Column(nullable = false, length = 30)
    private String numero;

    @Enumerated(EnumType.STRING)
    @Column(name = "type_dossier", nullable = false, length = 4)
    private TypeDossier type;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private DossierEntity parent;

    @Enumerated(EnumType.STRING)
    @Column(name = "nature_suffixe", length = 12)
    private NatureSuffixe natureSuffixe;

    @Column(name = "rang_suffixe")
    private Integer rangSuffixe;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EtatDossier etat;

    @Column(name = "date_depot", nullable = false)
    private LocalDate dateDepot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CanalDepot canal;

    @Column(nullable = false, length = 12)
    private String cerfa;

    @Column(name = "petitionnaire_nom", nullable = false, length = 200)
    private String petitionnaireNom;

    @Column(name = "petitionnaire_prenom", nullable = false, length = 100)
    private String petitionnairePrenom;

    @Column(name = "petitionnaire_adresse", nullable = false, length = 300)
    private String petitionnaireAdresse;

    @Column(name = "petitionnaire_courriel", nullable = false, length = 200)
    private String petitionnaireCourriel;

    @Column(name = "terrain_adresse", nullable = false, length = 300)
    private String terrainAdresse;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "cas_refus_tacite", length = 10)
    private CasRefusTacite casRefusTacite;

    @Column(name = "date_limite", nullable = false)
    private LocalDate dateLimite;

    @Enumerated(EnumType.STRING)
    @Column(name = "issue_tacite", nullable = false, length = 20)
    private IssueTacite issueTacite;

    @Column(name = "date_decision")
    private LocalDate dateDecision;

    @Column(name = "auteur_decision", length = 64)
    private String auteurDecision;

    @Column(length = 4000)
    private String motivation;

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("rang")
    private List<ParcelleEntity> parcelles = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DemandePiecesEntity> demandesPieces = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<MajorationEntity> majorations = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<EvenementEntity> evenements = new ArrayList<>();

    protected DossierEntity() {
    }

    /** A new dossier in state {@code DEPOSE}; {@code parent} is the permit modified or transferred, or null. */
    public DossierEntity(String collectivite, NumeroDossier numero, DepotDossier depot, DossierEntity parent,
            ResultatDelais delais) {
        this.collectivite = collectivite;
        this.numero = numero.format();
        this.type = depot.type();
        this.parent = parent;
        if (numero.suffixe() != null) {
            this.natureSuffixe = numero.suffixe().nature();
            this.rangSuffixe = numero.suffixe().rang();
        }
        this.etat = EtatDossier.DEPOSE;
        this.dateDepot = depot.dateDepot();
        this.canal = depot.canal();
        this.cerfa = depot.cerfa();
        Petitionnaire p = depot.petitionnaire();
        this.petitionnaireNom = p.nom();
        this.petitionnairePrenom = p.prenom();
        this.petitionnaireAdresse = p.adresse();
        this.petitionnaireCourriel = p.courriel();
        this.terrainAdresse = depot.adresseTerrain();
        this.description = depot.description();
        this.casRefusTacite = depot.casRefusTacite();
        for (Parcelle parcelle : depot.parcelles()) {
            parcelles.add(new ParcelleEntity(this, parcelles.size() + 1, parcelle));
        }
        appliquer(delais);
    }

    /** The facts that decide the deadlines, as of now. */
    public DonneesInstruction donneesInstruction() {
        return new DonneesInstruction(type, dateDepot,
                demandesPieces.stream().map(DemandePiecesEntity::toValue).toList(),
                majorations.stream().map(MajorationEntity::toValue).toList(), casRefusTacite);
    }

    /** The facts as they stood at filing (what the receipt announces). */
    public DonneesInstruction donneesAuDepot() {
        return new DonneesInstruction(type, dateDepot, List.of(), List.of(), casRefusTacite);
    }

    /** Stores the result of the deadline engine. */
    public void appliquer(ResultatDelais delais) {
        this.dateLimite = delais.dateLimite();
        this.issueTacite = delais.issueTacite();
    }

    public void changerEtat(EtatDossier nouvelEtat) {
        this.etat = nouvelEtat;
    }

    public void ajouterDemandePieces(LocalDate dateDemande, String pieces) {
        demandesPieces.add(new DemandePiecesEntity(this, dateDemande, pieces));
    }

    /** The first request for pieces (the only one that can count, R423-38), if any. */
    public Optional<DemandePiecesEntity> premiereDemandePieces() {
        return demandesPieces.stream().min(Comparator.comparing(DemandePiecesEntity::getDateDemande));
    }

    public void ajouterMajoration(MajorationNotifiee majoration, String motif) {
        majorations.add(new MajorationEntity(this, majoration, motif));
    }

    public void journaliser(EvenementDossier evenement) {
        evenements.add(new EvenementEntity(this, evenement));
    }

    /** Ends the instruction: an express decision, or a tacit outcome acquired on {@code date}. */
    public void decider(DecisionDossier decision) {
        this.etat = decision.sens();
        this.dateDecision = decision.date();
        this.auteurDecision = decision.auteur();
        this.motivation = decision.motivation();
    }

    public DecisionDossier decision() {
        return dateDecision == null ? null : new DecisionDossier(etat, dateDecision, auteurDecision, motivation);
    }

    public Petitionnaire petitionnaire() {
        return new Petitionnaire(petitionnaireNom, petitionnairePrenom, petitionnaireAdresse, petitionnaireCourriel);
    }

    public List<Parcelle> parcelles() {
        return parcelles.stream().map(ParcelleEntity::toValue).toList();
    }

    public List<DemandePiecesEntity> demandesPieces() {
        return List.copyOf(demandesPieces);
    }

    public List<MajorationNotifiee> majorations() {
        return majorations.stream().map(MajorationEntity::toValue).toList();
    }

    public List<EvenementDossier> historique() {
        return evenements.stream().map(EvenementEntity::toValue).toList();
    }

    public Long getId() {
        return id;
    }

    public String getCollectivite() {
        return collectivite;
    }

    public String getNumero() {
        return numero;
    }

    public TypeDossier getType() {
        return type;
    }

    public DossierEntity getParent() {
        return parent;
    }

    public NatureSuffixe getNatureSuffixe() {
        return natureSuffixe;
    }

    public EtatDossier getEtat() {
        return etat;
    }

    public LocalDate getDateDepot() {
        return dateDepot;
    }

    public CanalDepot getCanal() {
        return canal;
    }

    public String getCerfa() {
        return cerfa;
    }

    public String getTerrainAdresse() {
        return terrainAdresse;
    }

    public String getDescription() {
        return description;
    }

    public CasRefusTacite getCasRefusTacite() {
        return casRefusTacite;
    }

    public LocalDate getDateLimite() {
        return dateLimite;
    }

    public IssueTacite getIssueTacite() {
        return issueTacite;
    }

    public LocalDate getDateDecision() {
        return dateDecision;
    }
}
