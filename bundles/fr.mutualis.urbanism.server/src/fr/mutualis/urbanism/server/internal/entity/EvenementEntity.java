package fr.mutualis.urbanism.server.internal.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.EvenementDossier;
import fr.mutualis.urbanism.api.NatureEvenement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One entry of a dossier's history, never updated. The time is stored in UTC. */
@Entity
@Table(name = "urbanisme_evenement")
public class EvenementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private DossierEntity dossier;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @Column(nullable = false)
    private LocalDateTime horodatage;

    @Column(nullable = false, length = 64)
    private String auteur;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NatureEvenement nature;

    @Enumerated(EnumType.STRING)
    @Column(name = "etat_avant", length = 30)
    private EtatDossier etatAvant;

    @Enumerated(EnumType.STRING)
    @Column(name = "etat_apres", nullable = false, length = 30)
    private EtatDossier etatApres;

    @Column(nullable = false, length = 2000)
    private String commentaire;

    protected EvenementEntity() {
    }

    EvenementEntity(DossierEntity dossier, EvenementDossier evenement) {
        this.dossier = dossier;
        this.collectivite = dossier.getCollectivite();
        this.horodatage = LocalDateTime.ofInstant(evenement.date(), ZoneOffset.UTC);
        this.auteur = tronquer(evenement.auteur(), 64);
        this.nature = evenement.nature();
        this.etatAvant = evenement.etatAvant();
        this.etatApres = evenement.etatApres();
        this.commentaire = tronquer(evenement.commentaire(), 2000);
    }

    private static String tronquer(String texte, int max) {
        return texte.length() <= max ? texte : texte.substring(0, max - 1) + "…";
    }

    public EvenementDossier toValue() {
        Instant date = horodatage.toInstant(ZoneOffset.UTC);
        return new EvenementDossier(date, auteur, nature, etatAvant, etatApres, commentaire);
    }
}
