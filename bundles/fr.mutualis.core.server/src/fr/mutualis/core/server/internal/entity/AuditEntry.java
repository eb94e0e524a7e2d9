package fr.mutualis.core.server.internal.entity;

import java.time.LocalDateTime;

import fr.mutualis.core.server.admin.AuditLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A read-only view of the append-only audit journal (rows are only ever inserted, by SQL, in the write's transaction). */
@Entity
@Table(name = "journal_audit")
public class AuditEntry {

    @Id
    private Long id;

    private LocalDateTime horodatage;

    private String login;

    private String collectivite;

    private String operation;

    private String objet;

    @Column(name = "adresse_client")
    private String adresseClient;

    protected AuditEntry() {
    }

    public AuditLine toLine() {
        return new AuditLine(id, horodatage, login, collectivite, operation, objet, adresseClient);
    }
}
