package fr.mutualis.payroll.server.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiFunction;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.parametres.ParametresPublies;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.payroll.api.PayrollModule;
import fr.mutualis.payroll.server.calcul.MoteurPaie;
import fr.mutualis.payroll.server.internal.entity.FichierParametresEntity;
import fr.mutualis.payroll.server.parametres.ChargeurGrilles;
import fr.mutualis.payroll.server.parametres.FormatFichier;
import fr.mutualis.payroll.server.parametres.GrillesIndiciaires;
import fr.mutualis.payroll.server.parametres.ParametresPaie;

/**
 * The server's payroll parameters and grade grids: the files shipped in the bundle ({@code parametres/}), completed
 * by the files administrators loaded since (stored in the database and merged again, in order, at every start).
 * Loading a file merges it, refusing any value that contradicts a known one, then stores it; a refused file
 * changes nothing.
 */
@Component(service = { ReferentielPaie.class, ParametresPublies.class })
public final class ReferentielPaie implements ParametresPublies {

    private static final System.Logger LOG = System.getLogger(ReferentielPaie.class.getName());

    /** One consistent state: parameters, grids and the engine built on them. */
    record Etat(ParametresPaie parametres, GrillesIndiciaires grilles, MoteurPaie moteur) {
        Etat(ParametresPaie parametres, GrillesIndiciaires grilles) {
            this(parametres, grilles, new MoteurPaie(parametres, grilles));
        }
    }

    private final PaieStore store;
    private final AuditJournal journal;
    private volatile Etat etat;

    @Activate
    public ReferentielPaie(@Reference PaieStore store, @Reference AuditJournal journal) {
        this.store = store;
        this.journal = journal;
        Etat courant = new Etat(livre("parametres/paie.json", ParametresPaie::lire),
                livre("parametres/grilles.json", (json, chemin) -> ChargeurGrilles.charger(json)));
        List<FichierParametresEntity> fichiers = Transactions.read(store.emf(), em -> em.createQuery(
                "SELECT f FROM FichierParametresEntity f ORDER BY f.id", FichierParametresEntity.class).getResultList());
        for (FichierParametresEntity fichier : fichiers) {
            try {
                courant = fusionner(courant, FormatFichier.de(fichier.getContenu()), fichier.getNom(),
                        fichier.getContenu());
            } catch (DonneeInvalideException e) {
                throw new IllegalStateException("Stored payroll parameter file " + fichier.getNom() + " (loaded "
                        + fichier.getChargeLe() + ") no longer merges with the shipped parameters: " + e.erreurs(), e);
            }
        }
        this.etat = courant;
        LOG.log(Level.INFO, "Payroll parameters: shipped files and {0} loaded file(s), {1} dated values, {2} grids, "
                + "{3} grades", fichiers.size(), courant.parametres().nombreDeValeurs(),
                courant.grilles().nombreDeGrilles(), courant.grilles().nombreDeGrades());
    }

    Etat etat() {
        return etat;
    }

    /** What {@code mutualis:parameters} shows: every parameter with its history, as the server computes with. */
    @Override
    public DuModule parametresDuModule() {
        return new DuModule(PayrollModule.ID, etat.parametres().parametres());
    }

    public ParametresPaie parametres() {
        return etat.parametres();
    }

    /** The grade grids and named grades, shipped and loaded. */
    public GrillesIndiciaires grilles() {
        return etat.grilles();
    }

    /**
     * Merges a parameter or grid file and stores it so it is merged again at every start.
     *
     * @param nom     file name, for the journal and the administrator
     * @param contenu the JSON text
     * @return a French summary
     * @throws DonneeInvalideException when the file is malformed or contradicts a known value; nothing changes then
     */
    public synchronized String charger(String nom, String contenu) {
        FormatFichier format = FormatFichier.de(contenu);
        Etat avant = etat;
        Etat apres = fusionner(avant, format, nom, contenu);
        int nouvelles = format == FormatFichier.PARAMETRES
                ? apres.parametres().nombreDeValeurs() - avant.parametres().nombreDeValeurs()
                : apres.grilles().nombreDeGrilles() + apres.grilles().nombreDeGrades()
                        - avant.grilles().nombreDeGrilles() - avant.grilles().nombreDeGrades();
        String quoi = format == FormatFichier.PARAMETRES ? "valeur(s) ou version(s) de barème nouvelle(s)"
                : "grille(s) ou grade(s) nouveau(x)";
        if (nouvelles == 0) {
            String aucune = format == FormatFichier.PARAMETRES ? "aucune " + quoi.replace("(s)", "")
                    : "aucune grille ni aucun grade nouveau";
            return "Fichier « " + nom + " » : " + aucune + ", tout était déjà connu ; rien n'a été enregistré.";
        }
        String login = CallContext.current().login();
        Transactions.run(store.emf(), em -> {
            em.persist(new FichierParametresEntity(nom, format.format(), contenu, login, LocalDateTime.now()));
            journal.record(em, null, "paie.parametres.charger", nom + " : " + nouvelles + " " + quoi);
        });
        etat = apres;
        return "Fichier « " + nom + " » chargé : " + nouvelles + " " + quoi + ". Il est conservé et rechargé à chaque "
                + "démarrage du serveur.";
    }

    private static Etat fusionner(Etat etat, FormatFichier format, String nom, String contenu) {
        InputStream json = new ByteArrayInputStream(
                FormatFichier.enFormatActuel(contenu).getBytes(StandardCharsets.UTF_8));
        return format == FormatFichier.PARAMETRES
                ? new Etat(etat.parametres().fusionner(ParametresPaie.lire(json, nom)), etat.grilles())
                : new Etat(etat.parametres(), etat.grilles().fusionner(ChargeurGrilles.charger(json)));
    }

    private static <T> T livre(String chemin, BiFunction<InputStream, String, T> lecture) {
        try (InputStream in = ReferentielPaie.class.getClassLoader().getResourceAsStream(chemin)) {
            if (in == null) {
                throw new IllegalStateException("Shipped payroll file " + chemin + " is missing from the bundle");
            }
            return lecture.apply(in, chemin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
