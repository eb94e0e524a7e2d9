package fr.mutualis.payroll.ui.paie;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.client.ClientIds;
import fr.mutualis.client.Confirmation;
import fr.mutualis.client.Dossiers;
import fr.mutualis.client.RemoteCall;
import fr.mutualis.client.Liste;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.LigneAFaire;
import fr.mutualis.core.api.MutualisException;
import fr.mutualis.payroll.api.BulletinResume;
import fr.mutualis.payroll.api.DeclarationDsn;
import fr.mutualis.payroll.api.DocumentsPaieService;
import fr.mutualis.payroll.api.DsnService;
import fr.mutualis.payroll.api.EmetteurDsn;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.payroll.api.PayrollModule;
import fr.mutualis.remote.client.ServerConnection;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The payroll of a month for the selected collectivity: its state, "Lancer la paie" (a job with a progress bar),
 * "Valider la paie" (after a confirmation saying what cannot be undone), the payslips of the month and, for the one
 * selected, the payslip as printed; "Exporter…" writes the journal (PDF and CSV) and every payslip (PDF) to a folder
 * chosen in the folder chooser; the second row writes one PDF (the selected agent's payslip, the month's payslips in
 * one document, the journal) to a chosen folder; "Ouvrir" opens what was written last.
 */
public final class PaiePart {

    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy à HH:mm");

    /** The state of a month and its payslips, read together. */
    private record EtatDuMois(PaieMois paie, List<BulletinResume> bulletins) {
    }

    private ServerConnection connexion;
    private CollectiviteDetail collectivite;
    private Text mois;
    private Button lancer;
    private Button valider;
    private Button exporter;
    private Button ouvrir;
    private Button pdfBulletin;
    private Button pdfBulletins;
    private Button pdfJournal;
    private Button dsn;
    private Path dernierExport;
    private PaieMois affichee;
    /** Numbers the reads: only the last one asked is shown (a month typed, then a line of « À faire »). */
    private int lecture;
    private ProgressBar barre;
    private Label etat;
    private Liste<BulletinResume> listeBulletins;
    private TableViewer bulletins;
    private VueBulletin vue;

    @PostConstruct
    void creer(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite barreOutils = new Composite(parent, SWT.NONE);
        barreOutils.setLayout(new GridLayout(8, false));
        barreOutils.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(barreOutils, SWT.NONE).setText("Mois (AAAA-MM) :");
        mois = Widgets.id(new Text(barreOutils, SWT.BORDER), "paie.mois");
        mois.setText(YearMonth.now().toString());
        mois.setLayoutData(new GridData(80, SWT.DEFAULT));
        Button afficher = bouton(barreOutils, "Afficher", "paie.afficher");
        afficher.addListener(SWT.Selection, e -> afficher());
        mois.addListener(SWT.DefaultSelection, e -> afficher());
        lancer = bouton(barreOutils, "Lancer la paie", "paie.lancer");
        lancer.addListener(SWT.Selection, e -> lancer());
        valider = bouton(barreOutils, "Valider la paie", "paie.valider");
        valider.addListener(SWT.Selection, e -> valider());
        exporter = bouton(barreOutils, "Exporter…", "paie.exporter");
        exporter.setToolTipText("Journal (PDF et CSV) et bulletins (PDF) du mois dans un dossier à choisir");
        exporter.addListener(SWT.Selection, e -> exporter());
        ouvrir = bouton(barreOutils, "Ouvrir", "paie.ouvrir");
        ouvrir.setToolTipText("Ouvrir le dernier document ou dossier exporté");
        ouvrir.setEnabled(false);
        ouvrir.addListener(SWT.Selection, e -> {
            String echec = Dossiers.ouvrir(dernierExport);
            if (echec != null) {
                refus(echec);
            }
        });
        barre = Widgets.id(new ProgressBar(barreOutils, SWT.HORIZONTAL | SWT.SMOOTH), "paie.progression");
        barre.setMaximum(LancementPaie.ETAPES);
        barre.setLayoutData(new GridData(160, SWT.DEFAULT));
        Composite documents = new Composite(parent, SWT.NONE);
        documents.setLayout(new GridLayout(6, false));
        new Label(documents, SWT.NONE).setText("PDF :");
        pdfBulletin = bouton(documents, "Bulletin de l'agent…", "paie.pdf.bulletin");
        pdfBulletin.setToolTipText("Le bulletin de l'agent choisi dans la liste, en PDF, dans un dossier à choisir");
        pdfBulletin.addListener(SWT.Selection, e -> pdfBulletin());
        pdfBulletins = bouton(documents, "Bulletins du mois…", "paie.pdf.bulletins");
        pdfBulletins.setToolTipText("Tous les bulletins du mois en un seul PDF, dans un dossier à choisir");
        pdfBulletins.addListener(SWT.Selection, e -> pdfDuMois("bulletins", "Bulletins de paie",
                (service, id, m) -> connexion.service(DocumentsPaieService.class).bulletinsPdf(id, m)));
        pdfJournal = bouton(documents, "Journal de paie…", "paie.pdf.journal");
        pdfJournal.setToolTipText("Le journal de paie du mois en PDF, dans un dossier à choisir");
        pdfJournal.addListener(SWT.Selection, e -> pdfDuMois("journal-paie", "Journal de paie",
                (service, id, m) -> service.journalPdf(id, m)));
        new Label(documents, SWT.NONE).setText("   Déclaration :");
        dsn = bouton(documents, "DSN du mois…", "paie.dsn");
        dsn.setToolTipText("La DSN mensuelle de la paie validée, contrôlée par le validateur, dans un dossier à "
                + "choisir");
        dsn.addListener(SWT.Selection, e -> dsn());
        etat = Widgets.id(new Label(parent, SWT.WRAP), "paie.etat");
        GridData texte = new GridData(SWT.FILL, SWT.CENTER, true, false);
        texte.widthHint = 600;
        etat.setLayoutData(texte);
        // the state line wraps at the part's own width (a fixed width cut it when the part is narrower than it)
        parent.addListener(SWT.Resize, e -> {
            int largeur = Math.max(300, parent.getClientArea().width - 20);
            if (texte.widthHint != largeur) {
                texte.widthHint = largeur;
                parent.layout(true, true);
            }
        });

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite gauche = new Composite(sash, SWT.NONE);
        gauche.setLayout(new GridLayout(1, false));
        listeBulletins = new Liste<BulletinResume>(gauche, SWT.SINGLE, "paie.bulletins.table").titre("Bulletins du mois")
                .colonne("Matricule", 75, BulletinResume::matricule)
                .colonne("Nom", 120, b -> b.nom() + " " + b.prenom())
                .colonne("Statut", 80, b -> b.statut().libelle())
                .montant("Brut", 100, BulletinResume::brut)
                .montant("Net à payer", 100, BulletinResume::netAPayer)
                .montant("Coût employeur", 110, BulletinResume::coutEmployeur);
        bulletins = listeBulletins.viewer();
        bulletins.addSelectionChangedListener(e -> bulletin((BulletinResume) ((IStructuredSelection) e.getSelection())
                .getFirstElement()));
        ScrolledComposite defilement = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        vue = new VueBulletin(defilement);
        defilement.setContent(vue.zone());
        defilement.setExpandHorizontal(true);
        defilement.setExpandVertical(true);
        defilement.setMinSize(vue.zone().computeSize(SWT.DEFAULT, SWT.DEFAULT));
        sash.setWeights(24, 76); // the list shows matricule and name, the payslip the rest at 1280x800
        afficher();
    }

    @Inject
    @Optional
    void connexion(ServerConnection connexion) {
        this.connexion = connexion;
    }

    @Inject
    @Optional
    void collectivite(CollectiviteDetail detail) {
        this.collectivite = detail;
        if (etat != null && !etat.isDisposed()) {
            afficher();
        }
    }

    /** An "À faire" line of the payroll: show the month it names. */
    @Inject
    @Optional
    void ouvrir(@Named(ClientIds.A_OUVRIR) LigneAFaire ligne) {
        if (ligne == null || !PayrollModule.ID.equals(ligne.module()) || ligne.reference() == null || mois == null
                || mois.isDisposed()) {
            return;
        }
        mois.setText(ligne.reference());
        afficher();
    }

    private Button bouton(Composite parent, String texte, String id) {
        Button bouton = Widgets.id(new Button(parent, SWT.PUSH), id);
        bouton.setText(texte);
        return bouton;
    }

    /** Shows the state and the payslips of the month typed. */
    private void afficher() {
        listeBulletins.vider();
        affichee = null;
        etat.setForeground(null);
        vue.vider("Choisissez un bulletin dans la liste.");
        YearMonth m = moisSaisi();
        if (m == null || !pret()) {
            return;
        }
        CollectiviteId id = collectivite.collectivite().id();
        texteEtat("Chargement de la paie " + FormatFrancais.deMois(m) + "…");
        int numero = ++lecture;
        RemoteCall.run("Paie " + FormatFrancais.deMois(m), () -> {
            PaieService service = connexion.service(PaieService.class);
            return new EtatDuMois(service.etatPaie(id, m), service.bulletins(id, m));
        }, resultat -> {
            if (numero == lecture) {
                montrer(resultat.paie(), resultat.bulletins());
            }
        }, message -> {
            if (numero == lecture) {
                refus(message);
            }
        });
    }

    private void lancer() {
        YearMonth m = moisSaisi();
        if (m == null || !pret()) {
            return;
        }
        occupe(true);
        barre.setSelection(0);
        texteEtat("Calcul de la paie " + FormatFrancais.deMois(m) + " en cours…");
        new LancementPaie(connexion.service(PaieService.class), collectivite.collectivite().id(), m, barre,
                (paie, liste) -> {
                    occupe(false);
                    montrer(paie, liste);
                }, message -> {
                    occupe(false);
                    refus(message);
                }).schedule();
    }

    private void valider() {
        YearMonth m = moisSaisi();
        if (m == null || !pret()) {
            return;
        }
        CollectiviteId id = collectivite.collectivite().id();
        if (affichee == null || !affichee.mois().equals(m)) {
            refus("Affichez d'abord la paie " + FormatFrancais.deMois(m) + " (bouton « Afficher ») pour la vérifier "
                    + "avant de la valider.");
            return;
        }
        if (!Confirmation.demander(etat.getShell(), "Valider la paie " + FormatFrancais.deMois(m),
                "La paie " + FormatFrancais.deMois(m) + " de " + collectivite.collectivite().nom() + " ("
                        + affichee.nombreBulletins() + " bulletin(s), net à payer "
                        + FormatFrancais.montant(affichee.netAPayer()) + " €, coût employeur "
                        + FormatFrancais.montant(affichee.coutEmployeur()) + " €) va être validée et verrouillée. "
                        + "Si le module budget est activé, les mandats de la paie sont émis sur le chapitre 012.",
                "une paie validée ne peut plus être recalculée ni modifiée, et les mandats émis restent numérotés ; "
                        + "une erreur se corrige par une régularisation sur un mois suivant.",
                "Valider la paie")) {
            texteEtat("Validation abandonnée : la paie " + FormatFrancais.deMois(m) + " reste en brouillon.");
            return;
        }
        occupe(true);
        texteEtat("Validation de la paie " + FormatFrancais.deMois(m) + "…");
        RemoteCall.run("Validation de la paie " + FormatFrancais.deMois(m),
                () -> connexion.service(PaieService.class).validerPaie(id, m), paie -> {
                    occupe(false);
                    affichee = paie;
                    texteEtat(description(paie));
                }, message -> {
                    occupe(false);
                    refus(message);
                });
    }

    /** Writes the journal (PDF, CSV) and every payslip (PDF) of the month shown into a chosen folder. */
    private void exporter() {
        YearMonth m = moisSaisi();
        if (m == null || !pret()) {
            return;
        }
        if (affichee == null || !affichee.mois().equals(m) || affichee.etat() == EtatPaie.NON_CALCULEE) {
            refus("Rien à exporter : affichez une paie calculée (bouton « Afficher »).");
            return;
        }
        Path racine = Dossiers.choisir(etat.getShell(), "Dossier où écrire le journal et les bulletins de la paie "
                + FormatFrancais.deMois(m));
        if (racine == null) {
            return;
        }
        CollectiviteId id = collectivite.collectivite().id();
        Path dossier = racine.resolve("paie-" + id.code() + "-" + m);
        ecrire("Export de la paie " + FormatFrancais.deMois(m), "vers " + dossier, () -> {
            PaieService service = connexion.service(PaieService.class);
            try {
                Files.createDirectories(dossier);
                Files.write(dossier.resolve("journal-" + m + ".pdf"), service.journalPdf(id, m));
                Files.writeString(dossier.resolve("journal-" + m + ".csv"), service.journalCsv(id, m),
                        StandardCharsets.UTF_8);
                List<BulletinResume> liste = service.bulletins(id, m);
                for (BulletinResume b : liste) {
                    Files.write(dossier.resolve("bulletin-" + m + "-" + b.matricule().replaceAll("[^A-Za-z0-9_-]", "_")
                            + ".pdf"), service.bulletinPdf(id, b.id()));
                }
                return new Ecrit(dossier, "Exporté dans " + dossier + " : journal (PDF et CSV) et " + liste.size()
                        + " bulletin(s). « Ouvrir » ouvre ce dossier.", true);
            } catch (IOException e) {
                throw new MutualisException("Écriture impossible dans « " + dossier + " » : " + e.getMessage());
            }
        });
    }

    /**
     * The DSN of the month shown, once validated: asks the emitter (NIC, contact), a folder, then writes the file as
     * the server produced it and, beside it, the validator's result; the state line shows that result.
     */
    private void dsn() {
        YearMonth m = moisSaisi();
        if (m == null || !pret()) {
            return;
        }
        if (affichee == null || !affichee.mois().equals(m) || affichee.etat() != EtatPaie.VALIDEE) {
            refus("La DSN se produit pour une paie validée : affichez la paie " + FormatFrancais.deMois(m)
                    + " et validez-la d'abord.");
            return;
        }
        DialogueDsn dialogue = new DialogueDsn(etat.getShell(), "DSN mensuelle " + FormatFrancais.deMois(m));
        if (dialogue.open() != Window.OK || dialogue.emetteur() == null) {
            return;
        }
        Path dossier = Dossiers.choisir(etat.getShell(), "Dossier où écrire la DSN " + FormatFrancais.deMois(m));
        if (dossier == null) {
            return;
        }
        CollectiviteId id = collectivite.collectivite().id();
        EmetteurDsn emetteur = dialogue.emetteur();
        ecrire("DSN " + FormatFrancais.deMois(m), "dans " + dossier, () -> {
            DeclarationDsn declaration = connexion.service(DsnService.class).dsnMensuelle(id, m, emetteur);
            Path fichier = ResultatDsn.ecrire(declaration, dossier);
            return new Ecrit(fichier, "DSN écrite : " + fichier + ". " + ResultatDsn.resume(declaration),
                    declaration.conforme());
        });
    }

    /** What a button of the second row asks the server for. */
    private interface Production {
        byte[] pdf(PaieService service, CollectiviteId collectivite, YearMonth mois);
    }

    /** The payslip of the agent selected in the list, as one PDF. */
    private void pdfBulletin() {
        BulletinResume choisi = (BulletinResume) bulletins.getStructuredSelection().getFirstElement();
        if (choisi == null) {
            refus("Choisissez d'abord l'agent dans la liste des bulletins.");
            return;
        }
        pdf("bulletin de " + choisi.nom() + " " + choisi.prenom(), "bulletin-%s-%s-" + choisi.matricule()
                .replaceAll("[^A-Za-z0-9_-]", "_"), (service, id, m) -> connexion.service(DocumentsPaieService.class)
                        .bulletinPdf(id, choisi.id()));
    }

    private void pdfDuMois(String prefixe, String quoi, Production production) {
        pdf(quoi.toLowerCase(Locale.ROOT), prefixe + "-%s-%s", production);
    }

    /**
     * Asks the server for one PDF of the month shown and writes it into a folder chosen in the folder chooser; the
     * file name is {@code modele} with the collectivity and the month.
     */
    private void pdf(String quoi, String modele, Production production) {
        YearMonth m = moisSaisi();
        if (m == null || !pret()) {
            return;
        }
        if (affichee == null || !affichee.mois().equals(m) || affichee.etat() == EtatPaie.NON_CALCULEE) {
            refus("Rien à écrire : affichez une paie calculée (bouton « Afficher »).");
            return;
        }
        Path dossier = Dossiers.choisir(etat.getShell(), "Dossier où écrire le PDF (" + quoi + ", "
                + FormatFrancais.mois(m) + ")");
        if (dossier == null) {
            return;
        }
        CollectiviteId id = collectivite.collectivite().id();
        Path fichier = dossier.resolve(String.format(modele, id.code(), m) + ".pdf");
        ecrire("PDF : " + quoi, "dans " + fichier, () -> {
            byte[] contenu = production.pdf(connexion.service(PaieService.class), id, m);
            try {
                Files.write(fichier, contenu);
            } catch (IOException e) {
                throw new MutualisException("Écriture impossible de « " + fichier + " » : " + e.getMessage());
            }
            return new Ecrit(fichier, "Écrit : " + fichier + " (" + (contenu.length / 1024 + 1) + " Ko). « Ouvrir » "
                    + "l'ouvre.", true);
        });
    }

    /** What a write of documents left: the file or folder « Ouvrir » opens, and what the state line says of it. */
    private record Ecrit(Path chemin, String compteRendu, boolean conforme) {
    }

    /**
     * Writes documents the server produces, off the UI thread: the buttons disabled meanwhile, the state line saying
     * what is under way, then what was written (in red when the server found it not conforming) or the refusal.
     */
    private void ecrire(String tache, String ou, Supplier<Ecrit> travail) {
        occupe(true);
        etat.setForeground(null);
        texteEtat(tache + " " + ou + "…");
        RemoteCall.run(tache, travail, ecrit -> {
            occupe(false);
            dernierExport = ecrit.chemin();
            if (!ouvrir.isDisposed()) {
                ouvrir.setEnabled(true);
                etat.setForeground(ecrit.conforme() ? null : etat.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                texteEtat(ecrit.compteRendu());
            }
        }, message -> {
            occupe(false);
            refus(message);
        });
    }

    private void bulletin(BulletinResume resume) {
        if (resume == null || !pret()) {
            return;
        }
        CollectiviteId id = collectivite.collectivite().id();
        vue.vider("Chargement du bulletin de " + resume.nom() + " " + resume.prenom() + "…");
        RemoteCall.run("Bulletin de " + resume.matricule(),
                () -> connexion.service(DocumentsPaieService.class).presentationBulletin(id, resume.id()),
                presentation -> {
                    if (!etat.isDisposed()) {
                        vue.afficher(presentation);
                    }
                }, this::refus);
    }

    private void montrer(PaieMois paie, List<BulletinResume> liste) {
        if (etat.isDisposed()) {
            return;
        }
        affichee = paie;
        etat.setForeground(null);
        texteEtat(description(paie));
        listeBulletins.afficher(liste);
        etat.getParent().layout(true, true);
    }

    private static String description(PaieMois paie) {
        String mois = "Paie " + FormatFrancais.deMois(paie.mois()) + " : ";
        if (paie.etat() == EtatPaie.NON_CALCULEE) {
            return mois + "non calculée. « Lancer la paie » calcule tous les bulletins du mois.";
        }
        String texte = mois + paie.etat().libelle() + " — " + paie.nombreBulletins() + " bulletin(s), brut "
                + FormatFrancais.montant(paie.brut()) + " €, net à payer " + FormatFrancais.montant(paie.netAPayer())
                + " €, coût employeur " + FormatFrancais.montant(paie.coutEmployeur()) + " € (calculée le "
                + HEURE.format(paie.calculeLe()) + ")";
        if (paie.etat() == EtatPaie.VALIDEE) {
            texte += ", validée le " + HEURE.format(paie.valideeLe()) + " par " + paie.valideePar() + "."
                    + (paie.comptabilisation() == null ? "" : " " + paie.comptabilisation());
        }
        return texte;
    }

    /** The state line's text, laid out again: a longer text wraps onto more lines instead of being cut. */
    private void texteEtat(String texte) {
        etat.setText(texte);
        etat.getParent().layout(true, true);
    }

    /** A refusal or a failure, in red (a failed read leaves the list empty: it is emptied before each read). */
    private void refus(String message) {
        if (!etat.isDisposed()) {
            etat.setForeground(etat.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            texteEtat(message);
            etat.getParent().layout(true, true);
        }
    }

    private void occupe(boolean occupe) {
        if (!lancer.isDisposed()) {
            lancer.setEnabled(!occupe);
            valider.setEnabled(!occupe);
            exporter.setEnabled(!occupe);
            pdfBulletin.setEnabled(!occupe);
            pdfBulletins.setEnabled(!occupe);
            pdfJournal.setEnabled(!occupe);
            dsn.setEnabled(!occupe);
        }
    }

    /** True when a collectivity with the payroll enabled is selected and the client is connected. */
    private boolean pret() {
        if (connexion == null || collectivite == null || !collectivite.moduleActif(PayrollModule.ID)) {
            texteEtat("");
            return false;
        }
        return true;
    }

    private YearMonth moisSaisi() {
        try {
            return YearMonth.parse(mois.getText().strip());
        } catch (DateTimeParseException e) {
            texteEtat("Mois invalide « " + mois.getText() + " » : format attendu AAAA-MM, par exemple 2026-01.");
            return null;
        }
    }
}
