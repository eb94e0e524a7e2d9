package fr.mutualis.core.server.internal;

import static fr.mutualis.core.server.internal.Lookups.findUser;
import static fr.mutualis.core.server.internal.Lookups.requireUser;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.admin.UserView;
import fr.mutualis.core.server.internal.entity.UserAccount;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.AccountEvents;
import fr.mutualis.core.server.spi.AuditJournal;
import jakarta.persistence.EntityManager;

/**
 * User accounts: creation, password, lock, disabling. A change that must end the account's sessions empties the
 * access cache and posts the account event once committed.
 */
final class Comptes {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int MIN_PASSWORD = 10;

    private final CoreStore store;
    private final AuditJournal journal;
    private final AccountEventPublisher events;
    private final AccessCache cache;

    Comptes(CoreStore store, AuditJournal journal, AccountEventPublisher events, AccessCache cache) {
        this.store = store;
        this.journal = journal;
        this.events = events;
        this.cache = cache;
    }

    String addUser(String login, String nom, String password) {
        List<String> errors = new ArrayList<>();
        if (login == null || !LOGIN.matcher(login).matches()) {
            errors.add("Identifiant invalide « " + login + " » : 3 à 64 caractères parmi a-z, 0-9, point, tiret, "
                    + "souligné, en commençant par une lettre ou un chiffre.");
        }
        if (nom == null || nom.isBlank() || nom.length() > 200) {
            errors.add("Nom de l'utilisateur manquant ou trop long (200 caractères au plus).");
        }
        PasswordHasher.Hashed hashed = checkedAndHashed(password, errors);
        Transactions.run(store.emf(), em -> {
            if (findUser(em, login) != null) {
                throw new DonneeInvalideException("L'utilisateur « " + login + " » existe déjà.");
            }
            em.persist(new UserAccount(login, nom.strip(), hashed.hash(), LocalDateTime.now()));
            journal.record(em, null, "utilisateur.ajouter", login);
        });
        return hashed.generated();
    }

    /**
     * The hash of the password, or of a generated one when it is null, once the password is checked; refuses it with
     * the errors already found in the rest of the request.
     */
    private static PasswordHasher.Hashed checkedAndHashed(String password, List<String> errors) {
        if (password != null && (password.length() < MIN_PASSWORD || password.length() > 256)) {
            errors.add("Le mot de passe doit compter entre " + MIN_PASSWORD + " et 256 caractères.");
        }
        if (!errors.isEmpty()) {
            throw new DonneeInvalideException(errors);
        }
        return PasswordHasher.hashOrGenerate(password);
    }

    String setPassword(String login, String password) {
        PasswordHasher.Hashed hashed = checkedAndHashed(password, new ArrayList<>());
        Transactions.run(store.emf(), em -> {
            requireUser(em, login).setPasswordHash(hashed.hash());
            journal.record(em, null, "utilisateur.motdepasse", login);
        });
        cache.clear();
        events.changed(login, AccountEvents.PASSWORD_CHANGED);
        return hashed.generated();
    }

    UserView showUser(String login) {
        return Transactions.read(store.emf(), em -> view(em, requireUser(em, login)));
    }

    List<UserView> users() {
        return Transactions.read(store.emf(), em -> em.createQuery("SELECT u FROM UserAccount u ORDER BY u.login",
                UserAccount.class).getResultList().stream().map(u -> view(em, u)).toList());
    }

    void unlock(String login) {
        Transactions.run(store.emf(), em -> {
            UserAccount user = requireUser(em, login);
            if (user.getLockedUntil() == null && user.getFailedAttempts() == 0) {
                throw new DonneeInvalideException("Le compte « " + login + " » n'est pas verrouillé.");
            }
            user.unlock();
            journal.record(em, null, "utilisateur.deverrouiller", login);
        });
    }

    void disableUser(String login) {
        Transactions.run(store.emf(), em -> {
            UserAccount user = requireUser(em, login);
            if (user.isDisabled()) {
                throw new DonneeInvalideException("Le compte « " + login + " » est déjà désactivé.");
            }
            user.setDisabled(true);
            journal.record(em, null, "utilisateur.desactiver", login);
        });
        cache.clear();
        events.changed(login, AccountEvents.DISABLED);
    }

    void enableUser(String login) {
        Transactions.run(store.emf(), em -> {
            UserAccount user = requireUser(em, login);
            if (!user.isDisabled()) {
                throw new DonneeInvalideException("Le compte « " + login + " » n'est pas désactivé.");
            }
            user.setDisabled(false);
            journal.record(em, null, "utilisateur.activer", login);
        });
        cache.clear();
    }

    private static UserView view(EntityManager em, UserAccount u) {
        LocalDateTime until = u.getLockedUntil();
        boolean locked = until != null && LocalDateTime.now().isBefore(until);
        return new UserView(u.getLogin(), u.getNom(), locked, u.getFailedAttempts(), u.getCreatedAt(),
                CollectiviteServiceImpl.habilitations(em, u.getLogin()), u.isDisabled(), locked ? until : null);
    }
}
