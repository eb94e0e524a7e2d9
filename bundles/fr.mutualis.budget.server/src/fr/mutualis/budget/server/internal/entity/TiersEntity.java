package fr.mutualis.budget.server.internal.entity;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.Tiers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A tiers of a collectivity's répertoire; its IBAN and BIC are kept encrypted ({@code v1:…}), never in clear (a BIC
 * recorded before schema version 4 stays in {@code bic} until the tiers is next changed).
 */
@Entity
@Table(name = "budget_tiers")
public class TiersEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @Column(nullable = false, length = 200)
    private String nom;

    @Column(length = 100)
    private String prenom;

    @Column(length = 14)
    private String identifiant;

    @Column(length = 50)
    private String reference;

    @Column(nullable = false, length = 2)
    private String categorie;

    @Column(name = "nature_juridique", nullable = false, length = 2)
    private String natureJuridique;

    @Column(name = "type_tiers", length = 2)
    private String typeTiers;

    @Column(length = 200)
    private String voie;

    @Column(length = 200)
    private String complement;

    @Column(name = "code_postal", length = 5)
    private String codePostal;

    @Column(length = 100)
    private String ville;

    @Column(name = "iban_chiffre", length = 300)
    private String ibanChiffre;

    @Column(length = 11)
    private String bic;

    @Column(name = "bic_chiffre", length = 300)
    private String bicChiffre;

    @Column(nullable = false)
    private boolean actif = true;

    /** PES Civilite of a personne physique, or null. */
    @Column(length = 10)
    private String civilite;

    protected TiersEntity() {
    }

    /** @param ibanChiffre, bicChiffre the IBAN and BIC as encrypted by the personal-data cipher, or null */
    public TiersEntity(String collectivite, Tiers tiers, String ibanChiffre, String bicChiffre) {
        this.collectivite = collectivite;
        modifier(tiers, ibanChiffre, bicChiffre);
    }

    /** Replaces every field by those of {@code tiers}, with the bank details given encrypted. */
    public final void modifier(Tiers tiers, String ibanChiffre, String bicChiffre) {
        this.nom = tiers.nom();
        this.prenom = tiers.prenom();
        this.identifiant = tiers.identifiant();
        this.reference = tiers.reference();
        this.categorie = tiers.categorie();
        this.natureJuridique = tiers.natureJuridique();
        this.typeTiers = tiers.typeTiers();
        Adresse adresse = tiers.adresse();
        this.voie = adresse == null ? null : adresse.voie();
        this.complement = adresse == null ? null : adresse.complement();
        this.codePostal = adresse == null ? null : adresse.codePostal();
        this.ville = adresse == null ? null : adresse.ville();
        this.ibanChiffre = ibanChiffre;
        this.bicChiffre = bicChiffre;
        this.bic = null;
        this.civilite = tiers.civilite();
    }

    public Long getId() {
        return id;
    }

    public String getCollectivite() {
        return collectivite;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public String getIbanChiffre() {
        return ibanChiffre;
    }

    public String getBicChiffre() {
        return bicChiffre;
    }

    /** A BIC recorded in clear before schema version 4, or null. */
    public String getBicAncien() {
        return bic;
    }

    public boolean isActif() {
        return actif;
    }

    public void setActif(boolean actif) {
        this.actif = actif;
    }

    /** The tiers without bank details. */
    public Tiers toTiers(String ibanClair) {
        return toTiers(ibanClair, null);
    }

    /** The tiers with the given bank details (clear, or null to leave them out). */
    public Tiers toTiers(String ibanClair, String bicClair) {
        return new Tiers(nom, prenom, identifiant, reference, categorie, natureJuridique, typeTiers,
                voie == null ? null : new Adresse(voie, complement, codePostal, ville), ibanClair,
                ibanClair == null ? null : bicClair, civilite);
    }
}
