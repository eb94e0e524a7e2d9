package fr.mutualis.budget.server.pes;

import static fr.mutualis.budget.server.pes.XmlPes.bloc;
import static fr.mutualis.budget.server.pes.XmlPes.feuille;
import static fr.mutualis.budget.server.pes.XmlPes.feuilleFacultative;

import org.w3c.dom.Element;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.Tiers;

/**
 * {@code Tiers{InfoTiers, Adresse?, CpteBancaire?}} of a line of pièce, children in the order of the PES schema
 * (IdTiers, NatIdTiers, RefTiers, CatTiers, NatJur, TypTiers, Civilite, Nom, Prenom; TypAdr, Adr2, Adr3, CP, Ville,
 * CodRes). Civilite is written for a personne physique (CatTiers 01), for which Hélios requires it (TInfoTiersDepense:
 * "Obligatoire si Cat du tiers 01"). The address, optional in PES V2 (TTiers: Adresse 0..1), is left out when unknown
 * (an agent paid by the payroll) and is otherwise French (TypAdr 1, CodRes 0 = resident). The bank account is written for mandats only; a French IBAN
 * is also split into the RIB fields (CodeEtab, CodeGuic, IdCpte, CleRib) that Hélios still reads.
 */
final class BlocTiers {

    private BlocTiers() {
    }

    /** @param typeTiers PES TypTiers, written on titres only (null on mandats) */
    static void ecrire(Element ligneDePiece, Tiers tiers, String typeTiers, boolean avecCompte) {
        Element bloc = bloc(ligneDePiece, "Tiers");
        Element info = bloc(bloc, "InfoTiers");
        feuilleFacultative(info, "IdTiers", tiers.identifiant());
        feuilleFacultative(info, "NatIdTiers", CodesPes.natureIdentifiant(tiers));
        feuilleFacultative(info, "RefTiers", tiers.reference());
        feuille(info, "CatTiers", tiers.categorie());
        feuille(info, "NatJur", tiers.natureJuridique());
        feuilleFacultative(info, "TypTiers", typeTiers);
        feuilleFacultative(info, "Civilite", tiers.civilite());
        feuille(info, "Nom", tiers.nom());
        feuilleFacultative(info, "Prenom", tiers.prenom());
        if (tiers.adresse() != null) {
            ecrireAdresse(bloc, tiers.adresse());
        }
        if (avecCompte && tiers.iban() != null) {
            ecrireCompte(bloc, tiers);
        }
    }

    private static void ecrireAdresse(Element tiers, Adresse adresse) {
        Element bloc = bloc(tiers, "Adresse");
        feuille(bloc, "TypAdr", "1");
        feuille(bloc, "Adr2", adresse.voie());
        feuilleFacultative(bloc, "Adr3", adresse.complement());
        feuille(bloc, "CP", adresse.codePostal());
        feuille(bloc, "Ville", adresse.ville());
        feuille(bloc, "CodRes", "0");
    }

    private static void ecrireCompte(Element tiers, Tiers titulaire) {
        String iban = titulaire.iban();
        Element bloc = bloc(tiers, "CpteBancaire");
        feuille(bloc, "IdPayInt", iban.substring(0, 2));
        if (iban.startsWith("FR")) {
            feuille(bloc, "CodeEtab", iban.substring(4, 9));
            feuille(bloc, "CodeGuic", iban.substring(9, 14));
            feuille(bloc, "IdCpte", iban.substring(14, 25));
            feuille(bloc, "CleRib", iban.substring(25, 27));
        }
        feuilleFacultative(bloc, "BIC", titulaire.bic());
        feuille(bloc, "IBAN", iban);
        feuille(bloc, "TitCpte", titulaire.nomComplet());
    }
}
