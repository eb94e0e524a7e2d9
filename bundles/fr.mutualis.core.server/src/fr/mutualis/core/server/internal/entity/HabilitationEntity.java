package fr.mutualis.core.server.internal.entity;

import fr.mutualis.core.api.Role;
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

/** One role held by one user on one collectivity. */
@Entity
@Table(name = "habilitation")
public class HabilitationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "utilisateur_id")
    private UserAccount user;

    @ManyToOne(optional = false)
    @JoinColumn(name = "collectivite_id")
    private CollectiviteEntity collectivite;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    protected HabilitationEntity() {
    }

    public HabilitationEntity(UserAccount user, CollectiviteEntity collectivite, Role role) {
        this.user = user;
        this.collectivite = collectivite;
        this.role = role;
    }

    public UserAccount getUser() {
        return user;
    }

    public CollectiviteEntity getCollectivite() {
        return collectivite;
    }

    public Role getRole() {
        return role;
    }
}
