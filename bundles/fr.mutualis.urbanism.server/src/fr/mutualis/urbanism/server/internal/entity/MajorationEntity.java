package fr.mutualis.urbanism.server.internal.entity;

import java.time.LocalDate;

import fr.mutualis.urbanism.api.Majoration;
import fr.mutualis.urbanism.api.MajorationNotifiee;
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

/** A majoration of the instruction period notified to the applicant. */
@Entity
@Table(name = "urbanisme_majoration")
public class MajorationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private DossierEntity dossier;

    @Column(nullable = false, length = 9)
    private String collectivite;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Majoration majoration;

    @Column(name = "date_notification", nullable = false)
    private LocalDate dateNotification;

    @Column(nullable = false, length = 1000)
    private String motif;

    protected MajorationEntity() {
    }

    MajorationEntity(DossierEntity dossier, MajorationNotifiee notifiee, String motif) {
        this.dossier = dossier;
        this.collectivite = dossier.getCollectivite();
        this.majoration = notifiee.majoration();
        this.dateNotification = notifiee.dateNotification();
        this.motif = motif;
    }

    public MajorationNotifiee toValue() {
        return new MajorationNotifiee(majoration, dateNotification);
    }
}
