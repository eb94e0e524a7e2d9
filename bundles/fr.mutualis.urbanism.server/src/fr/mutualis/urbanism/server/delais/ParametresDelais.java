package fr.mutualis.urbanism.server.delais;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.parametres.LecteurParametres;
import fr.mutualis.core.server.parametres.ParametreDate;
import fr.mutualis.core.server.parametres.ValeurDatee;
import fr.mutualis.urbanism.api.CasRefusTacite;
import fr.mutualis.urbanism.api.Majoration;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.api.UrbanismModule;

/**
 * The effective-dated deadline parameters of the urbanism module, each looked up by the filing date of the dossier.
 * The file is checked when read: every parameter the engine needs must be there with the fields it needs.
 */
public final class ParametresDelais {

    /** Where the shipped parameters live inside the bundle. */
    public static final String RESSOURCE = "/parametres/delais-ads.json";

    private static final String DEMANDE_PIECES = "completude.demande-pieces";
    private static final String FOURNITURE_PIECES = "completude.fourniture-pieces";
    private static final String NOTIFICATION_MAJORATION = "majoration.notification";
    private static final String CRISTALLISATION = "certificat-tacite.cristallisation";

    private final Map<String, ParametreDate<ValeurDelai>> parametres = new LinkedHashMap<>();

    private ParametresDelais(List<ParametreDate<ValeurDelai>> lus) {
        lus.forEach(parametre -> parametres.put(parametre.cle(), parametre));
        verifier();
    }

    /**
     * Reads parameters from a JSON stream in the format {@value LecteurParametres#FORMAT} (see {@value #RESSOURCE});
     * the caller closes the stream.
     */
    public static ParametresDelais lire(InputStream json, String fichier) {
        return new ParametresDelais(LecteurParametres.lire(json, fichier, UrbanismModule.ID,
                parametre -> parametre.convertir(ValeurDelai::depuisJson)));
    }

    /** The parameters shipped with the bundle. */
    public static ParametresDelais parDefaut() {
        try (InputStream json = ParametresDelais.class.getResourceAsStream(RESSOURCE)) {
            if (json == null) {
                throw new IllegalStateException(RESSOURCE + " manque dans le bundle fr.mutualis.urbanism.server");
            }
            return lire(json, RESSOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Base instruction period of a type (R423-23, R410-9, R410-10). */
    public Duree delaiInstruction(TypeDossier type, LocalDate dateDepot) {
        return duree(idDelai(type), dateDepot);
    }

    /** Window after filing for notifying missing pieces (R423-38). */
    public Duree delaiDemandePieces(LocalDate dateDepot) {
        return duree(DEMANDE_PIECES, dateDepot);
    }

    /** Whether the code provides a missing-pieces request for this type (not for certificates). */
    public boolean demandePiecesPrevue(TypeDossier type, LocalDate dateDepot) {
        return valeur(DEMANDE_PIECES, dateDepot).types().contains(type);
    }

    /** Time the applicant has to supply the missing pieces, from the request (R423-39). */
    public Duree delaiFourniturePieces(LocalDate dateDepot) {
        return duree(FOURNITURE_PIECES, dateDepot);
    }

    /** Window after filing for notifying a majoration (R423-42). */
    public Duree delaiNotificationMajoration(LocalDate dateDepot) {
        return duree(NOTIFICATION_MAJORATION, dateDepot);
    }

    public RegleMajoration majoration(Majoration majoration, LocalDate dateDepot) {
        String id = idMajoration(majoration);
        ValeurDatee<ValeurDelai> datee = enVigueur(id, dateDepot);
        ValeurDelai valeur = datee.valeur();
        return new RegleMajoration(majoration, valeur.effet(), new Duree(valeur.mois(), datee.reference().texte()),
                valeur.types());
    }

    /** Types for which silence means refusal in this case (R424-2, R424-3). */
    public Set<TypeDossier> typesRefusTacite(CasRefusTacite cas, LocalDate dateDepot) {
        return valeur(idRefusTacite(cas), dateDepot).types();
    }

    /** How long a tacit certificate freezes the rules (R410-12, L410-1). */
    public Duree cristallisationCertificatTacite(LocalDate dateDepot) {
        return duree(CRISTALLISATION, dateDepot);
    }

    /** A parameter with its whole history, e.g. to show it to an administrator. */
    public ParametreDate<ValeurDelai> parametre(String id) {
        ParametreDate<ValeurDelai> parametre = parametres.get(id);
        if (parametre == null) {
            throw new DonneeInvalideException("Paramètre de délais inconnu : « " + id + " ».");
        }
        return parametre;
    }

    /** Every parameter with its history, in the file's order (for {@code mutualis:parameters}). */
    public List<ParametreDate<?>> parametres() {
        return List.copyOf(parametres.values());
    }

    private Duree duree(String id, LocalDate date) {
        ValeurDatee<ValeurDelai> datee = enVigueur(id, date);
        return new Duree(datee.valeur().mois(), datee.reference().texte());
    }

    private ValeurDelai valeur(String id, LocalDate date) {
        return enVigueur(id, date).valeur();
    }

    private ValeurDatee<ValeurDelai> enVigueur(String id, LocalDate date) {
        ParametreDate<ValeurDelai> parametre = parametre(id);
        parametre.valeurAu(date); // a date before the first value is refused in French
        return parametre.enVigueurAu(date).orElseThrow();
    }

    private void verifier() {
        List<String> avecMois = new ArrayList<>(List.of(DEMANDE_PIECES, FOURNITURE_PIECES, NOTIFICATION_MAJORATION,
                CRISTALLISATION));
        for (TypeDossier type : TypeDossier.values()) {
            avecMois.add(idDelai(type));
        }
        for (Majoration majoration : Majoration.values()) {
            avecMois.add(idMajoration(majoration));
            exiger(idMajoration(majoration), "effet");
        }
        for (CasRefusTacite cas : CasRefusTacite.values()) {
            exiger(idRefusTacite(cas), null);
        }
        for (String id : avecMois) {
            exiger(id, "mois");
        }
    }

    private void exiger(String id, String champ) {
        ParametreDate<ValeurDelai> parametre = parametres.get(id);
        if (parametre == null) {
            throw invalide("le paramètre « " + id + " » manque");
        }
        for (ValeurDatee<ValeurDelai> datee : parametre.valeurs()) {
            ValeurDelai valeur = datee.valeur();
            if ("mois".equals(champ) && valeur.mois() == null || "effet".equals(champ) && valeur.effet() == null) {
                throw invalide("« " + id + " » au " + Textes.date(datee.dateEffet()) + " : le champ « " + champ
                        + " » manque");
            }
        }
    }

    private static DonneeInvalideException invalide(String probleme) {
        return new DonneeInvalideException("Fichier de paramètres de délais invalide : " + probleme + ".");
    }

    private static String idDelai(TypeDossier type) {
        return "delai." + type.name();
    }

    private static String idMajoration(Majoration majoration) {
        return "majoration." + majoration.article();
    }

    private static String idRefusTacite(CasRefusTacite cas) {
        return "refus-tacite." + cas.article();
    }
}
