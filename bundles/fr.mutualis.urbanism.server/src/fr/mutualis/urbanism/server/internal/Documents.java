package fr.mutualis.urbanism.server.internal;

import java.util.List;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.urbanism.api.Fichier;
import fr.mutualis.urbanism.api.NumeroDossier;
import fr.mutualis.urbanism.server.documents.Arrete;
import fr.mutualis.urbanism.server.documents.LigneRegistre;
import fr.mutualis.urbanism.server.documents.Recepisse;
import fr.mutualis.urbanism.server.documents.RegistreCsv;
import fr.mutualis.urbanism.server.documents.RegistrePdf;
import fr.mutualis.urbanism.server.internal.entity.DossierEntity;

/** The documents of a dossier and the register of a commune, with the commune's name from the core's referential. */
final class Documents {

    private static final String PDF = "application/pdf";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final int PREMIERE_ANNEE = 2007;

    private final UrbanismeStore store;
    private final Reglementation reglementation;
    private final Vues vues;
    private final Administration administration;

    Documents(UrbanismeStore store, Reglementation reglementation, Vues vues, Administration administration) {
        this.store = store;
        this.reglementation = reglementation;
        this.vues = vues;
        this.administration = administration;
    }

    Fichier recepisse(CollectiviteId commune, String numero) {
        Communes.insee(commune);
        String nom = nom(commune);
        byte[] pdf = Transactions.read(store.emf(), em -> {
            DossierEntity d = Dossiers.trouver(em, commune, numero);
            return Recepisse.pdf(nom, vues.detail(em, d), reglementation.delais(d.donneesAuDepot()),
                    reglementation.finDemandePieces(d.getType(), d.getDateDepot()));
        });
        return new Fichier("recepisse-" + compact(numero) + ".pdf", PDF, pdf);
    }

    Fichier arrete(CollectiviteId commune, String numero) {
        Communes.insee(commune);
        String nom = nom(commune);
        byte[] pdf = Transactions.read(store.emf(),
                em -> Arrete.pdf(nom, vues.detail(em, Dossiers.trouver(em, commune, numero))));
        return new Fichier("arrete-" + compact(numero) + ".pdf", PDF, pdf);
    }

    Fichier registreCsv(CollectiviteId commune, int annee) {
        byte[] csv = RegistreCsv.csv(lignes(commune, annee));
        return new Fichier("registre-urbanisme-" + commune.code() + "-" + annee + ".csv", CSV, csv);
    }

    Fichier registrePdf(CollectiviteId commune, int annee) {
        List<LigneRegistre> lignes = lignes(commune, annee);
        byte[] pdf = RegistrePdf.pdf(nom(commune), commune.code(), annee, lignes, reglementation.aujourdhui());
        return new Fichier("registre-urbanisme-" + commune.code() + "-" + annee + ".pdf", PDF, pdf);
    }

    private List<LigneRegistre> lignes(CollectiviteId commune, int annee) {
        Communes.insee(commune);
        int derniere = reglementation.aujourdhui().getYear();
        if (annee < PREMIERE_ANNEE || annee > derniere) {
            throw new DonneeInvalideException("Année du registre invalide : " + annee + ". Attendu : de "
                    + PREMIERE_ANNEE + " à " + derniere + ".");
        }
        return Transactions.read(store.emf(), em -> Dossiers.registre(em, commune, annee).stream()
                .map(vues::ligneRegistre).toList());
    }

    private String nom(CollectiviteId commune) {
        return administration.show(commune.code()).collectivite().nom();
    }

    /** {@code PC0740492600001}, for file names. */
    private static String compact(String numero) {
        return NumeroDossier.parse(numero).format().replace(" ", "");
    }
}
