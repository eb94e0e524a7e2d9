package fr.mutualis.urbanism.server.internal.entity;

import java.time.LocalDate;

import fr.mutualis.urbanism.api.DemandePieces;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A request for missing pieces notified to the applicant, and when the pieces arrived. */
@Entity
@Table(name = "urbanisme_demande_pieces")
public class DemandePiecesEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private DossierEntity dossier;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @Column(name = "date_demande", nullable = false)
    private LocalDate dateDemande;

    @Column(nullable = false, length = 2000)
    private String pieces;

    @Column(name = "date_fourniture")
    private LocalDate dateFourniture;

    protected DemandePiecesEntity() {
    }

    DemandePiecesEntity(DossierEntity dossier, LocalDate dateDemande, String pieces) {
        this.dossier = dossier;
        this.collectivite = dossier.getCollectivite();
        this.dateDemande = dateDemande;
        this.pieces = pieces;
    }

    public LocalDate getDateDemande() {
        return dateDemande;
    }

    public String getPieces() {
        return pieces;
    }

    public boolean enAttente() {
        return dateFourniture == null;
    }

    public void fournies(LocalDate date) {
        this.dateFourniture = date;
    }

    public DemandePieces toValue() {
        return new DemandePieces(dateDemande, dateFourniture);
    }
}
