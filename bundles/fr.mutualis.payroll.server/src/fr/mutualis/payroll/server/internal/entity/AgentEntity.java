package fr.mutualis.payroll.server.internal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.CompteBancaire;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;
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

/** An agent of one collectivity. The NIR is only ever held here encrypted. */
@Entity
@Table(name = "paie_agent")
public class AgentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String collectivite;

    @Column(nullable = false)
    private String matricule;

    /** The matricule in capitals, for the uniqueness check (matricules differing only by case are the same). */
    @Column(name = "matricule_cle", nullable = false)
    private String matriculeCle;

    @Column(nullable = false)
    private String nom;

    @Column(nullable = false)
    private String prenom;

    @Column(name = "nir_chiffre", nullable = false)
    private String nirChiffre;

    /** Blind index of the NIR (a keyed hash), for the uniqueness check without decrypting. */
    @Column(name = "nir_index")
    private String nirIndex;

    /** IBAN encrypted like the NIR, or null while unknown. */
    @Column(name = "iban_chiffre")
    private String ibanChiffre;

    @Column(name = "bic")
    private String bic;

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
    @Column(name = "zone_residence", nullable = false)
    private ZoneResidence zoneResidence;

    @Column(name = "nombre_enfants")
    private int nombreEnfants;

    @Enumerated(EnumType.STRING)
    @Column(name = "categorie_tpp", nullable = false)
    private CategorieTpp categorieTpp;

    @Column(name = "taux_pas")
    private BigDecimal tauxPas;

    @Column(name = "date_entree", nullable = false)
    private LocalDate dateEntree;

    /** Date of birth (DSN S21.G00.30.006), or null while unknown. */
    @Column(name = "date_naissance")
    private LocalDate dateNaissance;

    /** PCS-ESE 2017 code of the job (DSN S21.G00.40.004), or null while unknown. */
    @Column(name = "pcs_ese")
    private String pcsEse;

    @ElementCollection
    @CollectionTable(name = "paie_element_indemnitaire", joinColumns = @JoinColumn(name = "agent_id"))
    @OrderColumn(name = "rang")
    private List<ElementIndemnitaireColonnes> elements = new ArrayList<>();

    protected AgentEntity() {
    }

    public AgentEntity(String collectivite) {
        this.collectivite = collectivite;
    }

    /**
     * Copies an entry already checked; {@code nirChiffre} is the encrypted NIR, {@code nirIndex} its blind index,
     * {@code ibanChiffre} the encrypted IBAN of its bank account (null without one).
     */
    public void remplir(AgentSaisie saisie, String nirChiffre, String nirIndex, String ibanChiffre) {
        this.ibanChiffre = ibanChiffre;
        this.bic = saisie.compteBancaire() == null ? null : saisie.compteBancaire().bic();
        this.matricule = saisie.matricule();
        this.matriculeCle = cleMatricule(saisie.matricule());
        this.nom = saisie.nom().strip();
        this.prenom = saisie.prenom().strip();
        this.nirChiffre = nirChiffre;
        this.nirIndex = nirIndex;
        this.statut = saisie.statut();
        this.heuresHebdomadaires = saisie.heuresHebdomadairesPoste();
        this.quotite = saisie.quotite();
        this.codeGrade = saisie.codeGrade();
        this.echelon = saisie.echelon();
        this.indiceMajore = saisie.indiceMajore();
        this.pointsNbi = saisie.pointsNbi();
        this.zoneResidence = saisie.zoneResidence();
        this.nombreEnfants = saisie.nombreEnfants();
        this.categorieTpp = saisie.categorieTpp();
        this.tauxPas = saisie.tauxPasPersonnel();
        this.dateEntree = saisie.dateEntree();
        this.dateNaissance = saisie.dateNaissance();
        this.pcsEse = saisie.pcsEse();
        this.elements.clear();
        saisie.elementsIndemnitaires().forEach(e -> elements.add(new ElementIndemnitaireColonnes(e)));
    }

    /** The key two matricules are compared by. */
    public static String cleMatricule(String matricule) {
        return matricule.toUpperCase(java.util.Locale.ROOT);
    }

    /** Sets the blind index of an agent recorded before it existed. */
    public void indexer(String index) {
        this.nirIndex = index;
    }

    /** The entry as stored, with the NIR and the IBAN given by the caller (decrypted or masked). */
    public AgentSaisie saisie(String nir, String iban) {
        return new AgentSaisie(matricule, nom, prenom, nir, statut, Decimales.utiles(heuresHebdomadaires),
                Decimales.utiles(quotite), codeGrade, echelon, indiceMajore, pointsNbi, zoneResidence,
                nombreEnfants, elements.stream().map(ElementIndemnitaireColonnes::valeur).toList(), categorieTpp,
                Decimales.utiles(tauxPas), dateEntree, iban == null ? null : new CompteBancaire(iban, bic), dateNaissance,
                pcsEse);
    }

    public String getBic() {
        return bic;
    }

    /** The encrypted IBAN, or null without bank account. */
    public String getIbanChiffre() {
        return ibanChiffre;
    }

    public Long getId() {
        return id;
    }

    public String getCollectivite() {
        return collectivite;
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

    public int getEchelon() {
        return echelon;
    }

    public String getNirChiffre() {
        return nirChiffre;
    }

    public LocalDate getDateEntree() {
        return dateEntree;
    }

    /** A new échelon and indice majoré (a career change recorded with its date of effect elsewhere). */
    public void changerEchelon(int nouvelEchelon, int nouvelIndice) {
        this.echelon = nouvelEchelon;
        this.indiceMajore = nouvelIndice;
    }
}
