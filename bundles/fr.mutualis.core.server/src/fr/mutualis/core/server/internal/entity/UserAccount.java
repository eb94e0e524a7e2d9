package fr.mutualis.core.server.internal.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who logs in to Mutualis; roles are held per collectivity in {@link HabilitationEntity}. */
@Entity
@Table(name = "utilisateur")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String login;

    @Column(nullable = false)
    private String nom;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "last_failure")
    private LocalDateTime lastFailure;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(nullable = false)
    private boolean disabled;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** Goes up when the password changes or the account is disabled: the session tokens signed before are void. */
    @Column(name = "version_identifiants", nullable = false)
    private int credentialsVersion;

    protected UserAccount() {
    }

    public UserAccount(String login, String nom, String passwordHash, LocalDateTime createdAt) {
        this.login = login;
        this.nom = nom;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getNom() {
        return nom;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Also voids every session token of the account. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        credentialsVersion++;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLastFailure() {
        return lastFailure;
    }

    /** The end of the lock that failed logins started, or null (the lock may have expired already). */
    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public boolean isDisabled() {
        return disabled;
    }

    /** Disabling also voids every session token of the account (enabling it again does not revive them). */
    public void setDisabled(boolean disabled) {
        if (disabled && !this.disabled) {
            credentialsVersion++;
        }
        this.disabled = disabled;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** Records a failed login at {@code now}; the caller computes the lock it starts (null for none). */
    public void loginFailed(int failures, LocalDateTime now, LocalDateTime lockedUntil) {
        this.failedAttempts = failures;
        this.lastFailure = now;
        this.lockedUntil = lockedUntil;
    }

    public void loginSucceeded() {
        failedAttempts = 0;
        lastFailure = null;
        lockedUntil = null;
    }

    public void unlock() {
        loginSucceeded();
    }
}
