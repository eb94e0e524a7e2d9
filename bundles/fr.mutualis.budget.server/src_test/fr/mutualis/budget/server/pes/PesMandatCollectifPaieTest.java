package fr.mutualis.budget.server.pes;

import static fr.mutualis.budget.server.Exemples.BUDGET;
import static fr.mutualis.budget.server.Exemples.eur;
import static fr.mutualis.budget.server.Exemples.imputation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.Bordereau;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.PieceJustificative;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.TypeBordereau;

/**
 * The payroll's net-pay mandat in PES V2: a mandat collectif (TypPce 08) of nature paie (NatPce 11), one ligne de pièce
 * per agent, each with the agent as Tiers (personne physique: civilité, no address) and his bank account; then an
 * organism's mandat (TypPce 01, NatPce 11) with the organism as tiers of every line.
 */
class PesMandatCollectifPaieTest {

    private static final PesAllerWriter WRITER = new PesAllerWriter("MUTUALIS", "MUTUALIS 0.1.0");
    private static final LocalDate JOUR = LocalDate.of(2024, 2, 3);
    private static final Imputation TRAITEMENT = imputation(Section.FONCTIONNEMENT, "012", "6411", null);
    private static final Imputation CHARGES = imputation(Section.FONCTIONNEMENT, "012", "6450", null);
    private static final Tiers PERSONNEL = new Tiers("PERSONNEL COMMUNAL", null, null, "PAIE-PERSONNEL", "23", "09",
            null, new Adresse("1 PLACE DE LA MAIRIE", null, "01370", "SAINT-ÉTIENNE-DU-BOIS"), null, null);
    private static final Tiers URSSAF = new Tiers("URSSAF RHONE-ALPES", null, null, "PAIE-URSSAF", "61",
            "04", null, new Adresse("6 RUE DU 19 MARS 1962", null, "69200", "VÉNISSIEUX"),
            "FR7630006000011234567890189", "AGRIFRPP882", null);

    private static Tiers agent(String matricule, String nom, String prenom, String civilite, String iban,
            String bic) {
        return new Tiers(nom, prenom, null, matricule, "01", "01", null, null, iban, bic, civilite);
    }

    @Test
    void eachAgentIsTheCreditorOfHisLineWithHisAccount() throws Exception {
        Mandat net = new Mandat(2024, 7, JOUR, "PAIE JANVIER 2024 - NET A PAYER", PERSONNEL, List.of(
                new LignePiece(TRAITEMENT, eur("1832.94"), "PAIE JANVIER 2024 A0001", null,
                        agent("A0001", "DUPONT", "Marie", "Mme", "FR7630004000031234567890143", "BNPAFRPP")),
                new LignePiece(TRAITEMENT, eur("1654.20"), "PAIE JANVIER 2024 A0002", null,
                        agent("A0002", "MARTIN", "Paul", "M.", "FR1420041010050500013M02606", "PSSTFRPPPAR"))),
                List.of(new PieceJustificative("01", "PAIE-21690123100011-2024-01", "journal-paie-2024-01.pdf")),
                NaturePiece.ORDINAIRE, null, "03");
        Mandat urssaf = new Mandat(2024, 8, JOUR, "PAIE JANVIER 2024 - URSSAF", URSSAF,
                List.of(new LignePiece(TRAITEMENT, eur("320.12"), "PAIE JANVIER 2024", null),
                        new LignePiece(CHARGES, eur("630.44"), "PAIE JANVIER 2024", null)),
                List.of(), NaturePiece.ORDINAIRE, null, "03");
        Bordereau bordereau = new Bordereau(Sens.DEPENSE, 2024, 3, JOUR, TypeBordereau.ORDINAIRE,
                List.of(net, urssaf), eur("0"));

        LecturePes pes = new LecturePes(WRITER.ecrire(BUDGET, JOUR, "PES_DEP_2024_0003.xml", List.of(bordereau)));

        String piece = "/n:PES_Aller/PES_DepenseAller/Bordereau/Piece";
        assertEquals("08", pes.v(piece + "[1]/BlocPiece/InfoPce/TypPce"), "mandat collectif");
        assertEquals("11", pes.v(piece + "[1]/BlocPiece/InfoPce/NatPce"), "paie");
        assertEquals("PAIE-21690123100011-2024-01", pes.v(piece + "[1]/BlocPiece/InfoPce/PJRef/IdUnique"));
        assertEquals(2, pes.compter(piece + "[1]/LigneDePiece"));
        String ligne = piece + "[1]/LigneDePiece[2]";
        assertEquals("2", pes.v(ligne + "/BlocLignePiece/InfoLignePce/IdLigne"));
        assertEquals("1654.20", pes.v(ligne + "/BlocLignePiece/InfoLignePce/MtHT"));
        assertEquals("03", pes.v(ligne + "/BlocLignePiece/InfoLignePce/ModRegl"));
        assertEquals("A0002", pes.v(ligne + "/Tiers/InfoTiers/RefTiers"));
        assertEquals("01", pes.v(ligne + "/Tiers/InfoTiers/CatTiers"));
        assertEquals("M.", pes.v(ligne + "/Tiers/InfoTiers/Civilite"));
        assertEquals("MARTIN", pes.v(ligne + "/Tiers/InfoTiers/Nom"));
        assertEquals("Paul", pes.v(ligne + "/Tiers/InfoTiers/Prenom"));
        assertEquals(0, pes.compter(ligne + "/Tiers/Adresse"), "no address known: the block is optional");
        assertEquals("FR1420041010050500013M02606", pes.v(ligne + "/Tiers/CpteBancaire/IBAN"));
        assertEquals("PSSTFRPPPAR", pes.v(ligne + "/Tiers/CpteBancaire/BIC"));
        assertEquals("MARTIN Paul", pes.v(ligne + "/Tiers/CpteBancaire/TitCpte"));
        assertEquals("Mme", pes.v(piece + "[1]/LigneDePiece[1]/Tiers/InfoTiers/Civilite"));
        assertEquals("FR7630004000031234567890143", pes.v(piece + "[1]/LigneDePiece[1]/Tiers/CpteBancaire/IBAN"));
        NodeList infoTiers = pes.noeuds(pes.document(), ligne + "/Tiers/InfoTiers/*");
        StringBuilder ordre = new StringBuilder();
        for (int i = 0; i < infoTiers.getLength(); i++) {
            Node n = infoTiers.item(i);
            ordre.append(n.getNodeName()).append(' ');
        }
        assertEquals("RefTiers CatTiers NatJur Civilite Nom Prenom ", ordre.toString(), "order of TInfoTiersDepense");

        assertEquals("01", pes.v(piece + "[2]/BlocPiece/InfoPce/TypPce"), "one creditor: mandat ordinaire");
        assertEquals("11", pes.v(piece + "[2]/BlocPiece/InfoPce/NatPce"));
        assertEquals(2, pes.compter(piece + "[2]/LigneDePiece/Tiers/InfoTiers[RefTiers/@V='PAIE-URSSAF']"));
        assertEquals(0, pes.compter(piece + "[2]/LigneDePiece/Tiers/InfoTiers/Civilite"));
        assertEquals(eur("4437.70"), pes.somme(pes.document(), piece + "/LigneDePiece/BlocLignePiece/InfoLignePce/MtHT"));
        assertEquals("4437.70", pes.v("/n:PES_Aller/PES_DepenseAller/Bordereau/BlocBordereau/MtBordHT"));
    }
}
