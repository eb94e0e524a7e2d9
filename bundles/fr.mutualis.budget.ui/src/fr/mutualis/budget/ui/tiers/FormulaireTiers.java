package fr.mutualis.budget.ui.tiers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.ControleSiret;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * The fields of a tiers (identity, PES codes, address, bank details), shared by the Tiers part and the "Nouveau
 * tiers…" dialog of the mandat form. Reading checks the shape of every field and the SIRET/SIREN check digits; the
 * server checks the IBAN key and uniqueness again. Widget ids {@code <prefixe>.nom}, {@code .siret}, …
 */
public final class FormulaireTiers {

    /** PES CatTiers codes the secretary uses most; any other 2-digit code may be typed. */
    static final List<String> CATEGORIES = List.of("01 — personne physique", "23 — commune",
            "60 — personne morale de droit privé");
    /** PES NatJur codes the secretary uses most; any other 2-digit code may be typed. */
    static final List<String> NATURES = List.of("01 — particulier", "03 — société", "06 — association");

    private final Composite zone;
    private final Text nom;
    private final Text prenom;
    private final Text siret;
    private final Text reference;
    private final Combo categorie;
    private final Combo nature;
    private final Text typeTiers;
    private final Text voie;
    private final Text complement;
    private final Text codePostal;
    private final Text ville;
    private final Text iban;
    private final Text bic;
    private final Label ibanActuel;

    public FormulaireTiers(Composite parent, String prefixe, Runnable changement) {
        zone = new Composite(parent, SWT.NONE);
        zone.setLayout(new GridLayout(2, false));
        nom = champ("Nom ou raison sociale * :", prefixe + ".nom", 3, changement);
        prenom = champ("Prénom :", prefixe + ".prenom", 1, changement);
        siret = champ("SIRET ou SIREN :", prefixe + ".siret", 1, changement);
        reference = champ("Référence :", prefixe + ".reference", 1, changement);
        typeTiers = champ("Type de tiers (PES) :", prefixe + ".type", 1, changement);
        new Label(zone, SWT.NONE).setText("Catégorie * :");
        categorie = Widgets.id(new Combo(zone, SWT.DROP_DOWN), prefixe + ".categorie");
        CATEGORIES.forEach(categorie::add);
        categorie.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        categorie.setToolTipText("Code PES CatTiers à 2 chiffres : choisissez ou tapez-le");
        categorie.addListener(SWT.Modify, e -> changement.run());
        new Label(zone, SWT.NONE).setText("Nature juridique * :");
        nature = Widgets.id(new Combo(zone, SWT.DROP_DOWN), prefixe + ".nature");
        NATURES.forEach(nature::add);
        nature.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        nature.setToolTipText("Code PES NatJur à 2 chiffres : choisissez ou tapez-le");
        nature.addListener(SWT.Modify, e -> changement.run());
        voie = champ("Voie * :", prefixe + ".voie", 3, changement);
        complement = champ("Complément :", prefixe + ".complement", 3, changement);
        codePostal = champ("Code postal * :", prefixe + ".codepostal", 1, changement);
        ville = champ("Ville * :", prefixe + ".ville", 1, changement);
        iban = champ("IBAN :", prefixe + ".iban", 3, changement); // 27 characters and more, with spaces
        bic = champ("BIC :", prefixe + ".bic", 1, changement);
        ibanActuel = Widgets.id(new Label(zone, SWT.WRAP), prefixe + ".ibanactuel");
        GridData note = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        note.widthHint = 400;
        ibanActuel.setLayoutData(note);
        vider();
    }

    private Text champ(String libelle, String id, int colonnes, Runnable changement) {
        new Label(zone, SWT.NONE).setText(libelle);
        Text text = Widgets.id(new Text(zone, SWT.BORDER), id);
        GridData data = new GridData(colonnes > 1 ? SWT.FILL : SWT.LEFT, SWT.CENTER, colonnes > 1, false);
        data.widthHint = colonnes > 1 ? 300 : 180;
        text.setLayoutData(data);
        text.addListener(SWT.Modify, e -> changement.run());
        return text;
    }

    public Composite zone() {
        return zone;
    }

    public Text premierChamp() {
        return nom;
    }

    /** The fields typed in, in the order of the form (for Enter and Esc). */
    public org.eclipse.swt.widgets.Control[] champs() {
        return new org.eclipse.swt.widgets.Control[] { nom, prenom, siret, reference, typeTiers, categorie, nature,
            voie, complement, codePostal, ville, iban, bic };
    }

    public void vider() {
        for (Text t : List.of(nom, prenom, siret, reference, typeTiers, voie, complement, codePostal, ville, iban,
                bic)) {
            t.setText("");
        }
        categorie.setText(CATEGORIES.get(2));
        nature.setText(NATURES.get(1));
        ibanActuel.setText("");
    }

    /** Shows a tiers; bank details the caller may not see stay empty, with the masked IBAN said under them. */
    public void afficher(FicheTiers fiche) {
        Tiers t = fiche.tiers();
        nom.setText(t.nom());
        prenom.setText(texte(t.prenom()));
        siret.setText(texte(t.identifiant()));
        reference.setText(texte(t.reference()));
        typeTiers.setText(texte(t.typeTiers()));
        categorie.setText(libelle(CATEGORIES, t.categorie()));
        nature.setText(libelle(NATURES, t.natureJuridique()));
        voie.setText(t.adresse().voie());
        complement.setText(texte(t.adresse().complement()));
        codePostal.setText(t.adresse().codePostal());
        ville.setText(t.adresse().ville());
        iban.setText(texte(t.iban()));
        bic.setText(texte(t.bic()));
        ibanActuel.setText(fiche.iban() != null && t.iban() == null ? "IBAN enregistré : " + fiche.iban()
                + " (masqué ; laissez IBAN et BIC vides pour le conserver, seul l'ordonnateur le modifie)" : "");
    }

    private static String libelle(List<String> codes, String code) {
        return codes.stream().filter(c -> c.startsWith(code + " ")).findFirst().orElse(code);
    }

    private static String texte(String valeur) {
        return valeur == null ? "" : valeur;
    }

    private static String facultatif(Text text) {
        String v = text.getText().strip();
        return v.isEmpty() ? null : v;
    }

    private static String code(Combo combo) {
        String v = combo.getText().strip();
        return v.length() >= 2 ? v.substring(0, 2) : v;
    }

    /** The tiers typed; a {@link DonneeInvalideException} lists in French everything wrong. */
    public Tiers lire() {
        List<String> erreurs = new ArrayList<>();
        String identifiant = facultatif(siret) == null ? null : siret.getText().replace(" ", "");
        if (identifiant != null && identifiant.matches("\\d{9}|\\d{14}")) {
            erreurs.addAll(ControleSiret.verifier(identifiant));
        }
        String ibanSaisi = facultatif(iban) == null ? null : iban.getText().replace(" ", "").toUpperCase();
        String bicSaisi = facultatif(bic) == null ? null : bic.getText().strip().toUpperCase();
        Tiers tiers = null;
        try {
            Adresse adresse = new Adresse(voie.getText().strip(), facultatif(complement), codePostal.getText().strip(),
                    ville.getText().strip().toUpperCase());
            tiers = new Tiers(nom.getText().strip(), facultatif(prenom), identifiant, facultatif(reference),
                    code(categorie), code(nature), facultatif(typeTiers), adresse, ibanSaisi, bicSaisi);
        } catch (DonneeInvalideException e) {
            erreurs.addAll(0, List.of(e.getMessage().split("\n")));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
        return tiers;
    }
}
