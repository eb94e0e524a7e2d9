package fr.mutualis.budget.server.pes;

import static fr.mutualis.budget.server.Exemples.BUDGET;
import static fr.mutualis.budget.server.Exemples.CANTINE;
import static fr.mutualis.budget.server.Exemples.ELECTRICITE;
import static fr.mutualis.budget.server.Exemples.FOURNISSEUR;
import static fr.mutualis.budget.server.Exemples.FOURNITURES;
import static fr.mutualis.budget.server.Exemples.INFORMATIQUE;
import static fr.mutualis.budget.server.Exemples.correction;
import static fr.mutualis.budget.server.Exemples.eur;
import static fr.mutualis.budget.server.Exemples.imputation;
import static fr.mutualis.budget.server.Exemples.ligne;
import static fr.mutualis.budget.server.Exemples.titre;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import fr.mutualis.budget.api.Bordereau;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.PieceJustificative;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TypeBordereau;
import fr.mutualis.core.api.DonneeInvalideException;

/** Parses the produced PES dépense and checks every total, count and code against the input. */
class PesAllerDepenseTest {

    private static final PesAllerWriter WRITER = new PesAllerWriter("MUTUALIS", "MUTUALIS 0.1.0");
    private static final LocalDate JOUR = LocalDate.of(2024, 4, 12);

    private static final Mandat FOURNITURES_ET_ENERGIE = new Mandat(2024, 41, LocalDate.of(2024, 4, 10),
            "Fournitures d’atelier – été €", FOURNISSEUR,
            List.of(new LignePiece(FOURNITURES, eur("120.50"), "Ampoules", null), ligne(ELECTRICITE, "1000")),
            List.of(new PieceJustificative("01", "PJ-2024-0041", "facture-7781.pdf")), NaturePiece.ORDINAIRE, null, "03");
    private static final Mandat ORDINATEUR = new Mandat(2024, 42, LocalDate.of(2024, 4, 10), "Ordinateur mairie",
            FOURNISSEUR, List.of(ligne(INFORMATIQUE, "899.99")), List.of(), NaturePiece.ORDINAIRE, null, "03");
    private static final Mandat AMORTISSEMENT = new Mandat(2024, 43, LocalDate.of(2024, 4, 10), "Dotation aux "
            + "amortissements", FOURNISSEUR, List.of(ligne(imputation(Section.FONCTIONNEMENT, "042", "681", null), "1500")),
            List.of(), NaturePiece.ORDINAIRE, null, "05");
    private static final Mandat REDUCTION = correction(44, NaturePiece.REDUCTION, FOURNITURES_ET_ENERGIE,
            ligne(FOURNITURES, "20.50"));

    private static final Bordereau ORDINAIRE = new Bordereau(Sens.DEPENSE, 2024, 12, JOUR, TypeBordereau.ORDINAIRE,
            List.of(FOURNITURES_ET_ENERGIE, ORDINATEUR, AMORTISSEMENT), eur("10000"));
    private static final Bordereau CORRECTIF = new Bordereau(Sens.DEPENSE, 2024, 1, JOUR,
            TypeBordereau.ANNULATION_REDUCTION, List.of(REDUCTION), eur("0"));
    private static final List<Bordereau> BORDEREAUX = List.of(ORDINAIRE, CORRECTIF);

    private static LecturePes lire() throws Exception {
        return new LecturePes(WRITER.ecrire(BUDGET, JOUR, "PES_DEP_2024_0012.xml", BORDEREAUX));
    }

    @Test
    void theFileIsIso88591WithTheDeclarationOfTheSamples() {
        byte[] pes = WRITER.ecrire(BUDGET, JOUR, "PES_DEP_2024_0012.xml", BORDEREAUX);
        String debut = new String(pes, 0, 60, StandardCharsets.ISO_8859_1);
        assertTrue(debut.startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\""), debut);
        String texte = new String(pes, StandardCharsets.ISO_8859_1);
        assertTrue(texte.contains("SAINT-ÉTIENNE-DU-BOIS"), "É is one Latin-1 byte, not two UTF-8 bytes");
        assertFalse(texte.contains("Ã"), "no UTF-8 sequence in the file");
        assertArrayEquals(pes, WRITER.ecrire(BUDGET, JOUR, "PES_DEP_2024_0012.xml", BORDEREAUX), "pure and repeatable");
    }

    @Test
    void envelopeAndHeaderCarryTheBudgetSettings() throws Exception {
        LecturePes pes = lire();
        Element racine = pes.document().getDocumentElement();
        assertEquals("PES_Aller", racine.getLocalName());
        assertEquals(PesAllerWriter.NAMESPACE, racine.getNamespaceURI());
        assertEquals("2", pes.v("/n:PES_Aller/Enveloppe/Parametres/Version"));
        assertEquals("PESALR2", pes.v("/n:PES_Aller/Enveloppe/Parametres/TypFic"));
        assertEquals("PES_DEP_2024_0012.xml", pes.v("/n:PES_Aller/Enveloppe/Parametres/NomFic"));
        assertEquals("MUTUALIS", pes.v("/n:PES_Aller/Enveloppe/Emetteur/Sigle"));
        assertEquals("MUTUALIS 0.1.0", pes.v("/n:PES_Aller/Enveloppe/Emetteur/Adresse"));
        assertEquals("HELIOS", pes.v("/n:PES_Aller/Enveloppe/Recepteur/Sigle"));
        assertEquals("2024-04-12", pes.v("/n:PES_Aller/EnTetePES/DteStr"));
        assertEquals(BUDGET.idPost(), pes.v("/n:PES_Aller/EnTetePES/IdPost"));
        assertEquals(BUDGET.idColl(), pes.v("/n:PES_Aller/EnTetePES/IdColl"));
        assertEquals(BUDGET.codCol(), pes.v("/n:PES_Aller/EnTetePES/CodCol"));
        assertEquals(BUDGET.codBud(), pes.v("/n:PES_Aller/EnTetePES/CodBud"));
        assertEquals(BUDGET.libelle(), pes.v("/n:PES_Aller/EnTetePES/LibelleColBud"));
        assertEquals("2", pes.v("/n:PES_Aller/PES_DepenseAller/EnTeteDepense/IdVer"), "dossier technique: IdVer 2 or rejet");
        assertEquals("0", pes.v("/n:PES_Aller/PES_DepenseAller/EnTeteDepense/InfoDematerialisee"));
        assertEquals(0, pes.compter("/n:PES_Aller/PES_RecetteAller"));
    }

    @Test
    void bordereauTotalsAndCountsMatchTheLinesAndTheInput() throws Exception {
        LecturePes pes = lire();
        assertEquals(BORDEREAUX.size(), pes.compter("/n:PES_Aller/PES_DepenseAller/Bordereau"));
        for (int i = 0; i < BORDEREAUX.size(); i++) {
            Bordereau attendu = BORDEREAUX.get(i);
            Node bordereau = pes.noeud("/n:PES_Aller/PES_DepenseAller/Bordereau[" + (i + 1) + "]");
            assertEquals("2024", pes.v(bordereau, "BlocBordereau/Exer"));
            assertEquals(String.valueOf(attendu.numero()), pes.v(bordereau, "BlocBordereau/IdBord"));
            assertEquals("2024-04-12", pes.v(bordereau, "BlocBordereau/DteBordEm"));
            assertEquals(attendu.type().code(), pes.v(bordereau, "BlocBordereau/TypBord"));
            int nombre = Integer.parseInt(pes.v(bordereau, "BlocBordereau/NbrPce"));
            assertEquals(pes.compter(bordereau, "Piece"), nombre, "NbrPce = count of pièces");
            assertEquals(attendu.nombrePieces(), nombre);
            assertEquals(pes.somme(bordereau, "Piece/LigneDePiece/BlocLignePiece/InfoLignePce/MtHT"),
                    pes.montant(bordereau, "BlocBordereau/MtBordHT"), "MtBordHT = sum of the lines' MtHT");
            assertEquals(attendu.montantTotal(), pes.montant(bordereau, "BlocBordereau/MtBordHT"));
            assertEquals(attendu.montantCumulAnnuel(), pes.montant(bordereau, "BlocBordereau/MtCumulAnnuel"));
        }
        assertEquals(eur("13520.49"), pes.montant(pes.document(), "//Bordereau[1]/BlocBordereau/MtCumulAnnuel"));
        assertEquals(eur("20.50"), pes.montant(pes.document(), "//Bordereau[2]/BlocBordereau/MtBordHT"));
    }

    @Test
    void piecesAndLinesCarryTheirCodesImputationsAndAmounts() throws Exception {
        LecturePes pes = lire();
        List<Piece> pieces = BORDEREAUX.stream().flatMap(b -> b.pieces().stream()).map(p -> (Piece) p).toList();
        assertEquals(pieces.size(), pes.compter("//Piece"));
        for (Piece attendue : pieces) {
            Node piece = pes.noeud("//Piece[BlocPiece/InfoPce/IdPce/@V='" + attendue.numero() + "']");
            assertEquals(attendue.objet().replace("’", "'").replace("–", "-").replace("€", "EUR"),
                    pes.v(piece, "BlocPiece/InfoPce/Obj"));
            assertEquals(attendue.lignes().size(), pes.compter(piece, "LigneDePiece"));
            for (int i = 0; i < attendue.lignes().size(); i++) {
                LignePiece ligne = attendue.lignes().get(i);
                Node info = pes.noeud("//Piece[BlocPiece/InfoPce/IdPce/@V='" + attendue.numero() + "']/LigneDePiece["
                        + (i + 1) + "]/BlocLignePiece/InfoLignePce");
                assertEquals(String.valueOf(i + 1), pes.v(info, "IdLigne"));
                assertEquals(ligne.imputation().article(), pes.v(info, "Nature"));
                assertEquals(ligne.imputation().fonction() == null ? 0 : 1, pes.compter(info, "Fonction"));
                assertEquals(ligne.montant(), pes.montant(info, "MtHT"));
                assertEquals(((Mandat) attendue).modeReglement(), pes.v(info, "ModRegl"));
                assertEquals("0", pes.v(info, "TVAIntraCom"));
            }
        }
        assertEquals("Fournitures d'atelier - été EUR", pes.v("(//Piece)[1]/BlocPiece/InfoPce/Obj"));
        assertEquals("020", pes.v("(//Piece)[1]/LigneDePiece[1]/BlocLignePiece/InfoLignePce/Fonction"));
        assertEquals("Ampoules", pes.v("(//Piece)[1]/LigneDePiece[1]/BlocLignePiece/InfoLignePce/LibVir2"));
        assertEquals("MANDAT 41/2024", pes.v("(//Piece)[1]/LigneDePiece[2]/BlocLignePiece/InfoLignePce/LibVir2"));
    }

    @Test
    void typeAndNatureOfPieceFollowTheirKindAndSection() throws Exception {
        LecturePes pes = lire();
        assertEquals(List.of("01", "01"), codes(pes, 41));
        assertEquals(List.of("01", "02"), codes(pes, 42));
        assertEquals(List.of("03", "01"), codes(pes, 43));
        assertEquals(List.of("02", "06"), codes(pes, 44));
        String rattachement = "//Piece[BlocPiece/InfoPce/IdPce/@V='44']/LigneDePiece/BlocLignePiece/RattachPiece/";
        assertEquals("01", pes.v(rattachement + "NatPceOrig"));
        assertEquals("2024", pes.v(rattachement + "ExerRat"));
        assertEquals("41", pes.v(rattachement + "IdPceOrig"));
        assertEquals(1, pes.compter("//RattachPiece"));
        assertEquals(0, pes.compter("//Piece[BlocPiece/InfoPce/IdPce/@V='44']//CpteBancaire"), "nothing to pay");
    }

    @Test
    void supportingDocumentsAreReferenced() throws Exception {
        LecturePes pes = lire();
        assertEquals(1, pes.compter("//PJRef"));
        assertEquals("01", pes.v("(//Piece)[1]/BlocPiece/InfoPce/PJRef/Support"));
        assertEquals("PJ-2024-0041", pes.v("(//Piece)[1]/BlocPiece/InfoPce/PJRef/IdUnique"));
        assertEquals("facture-7781.pdf", pes.v("(//Piece)[1]/BlocPiece/InfoPce/PJRef/NomPJ"));
    }

    @Test
    void tiersAddressAndBankAccountAreWrittenOnEachLine() throws Exception {
        LecturePes pes = lire();
        assertEquals(5, pes.compter("//LigneDePiece/Tiers"));
        String tiers = "(//Piece)[1]/LigneDePiece[2]/Tiers/";
        assertEquals(FOURNISSEUR.identifiant(), pes.v(tiers + "InfoTiers/IdTiers"));
        assertEquals("01", pes.v(tiers + "InfoTiers/NatIdTiers"));
        assertEquals("F0012", pes.v(tiers + "InfoTiers/RefTiers"));
        assertEquals("60", pes.v(tiers + "InfoTiers/CatTiers"));
        assertEquals("03", pes.v(tiers + "InfoTiers/NatJur"));
        assertEquals("QUINCAILLERIE MARTIN", pes.v(tiers + "InfoTiers/Nom"));
        assertEquals(0, pes.compter(pes.document(), tiers + "InfoTiers/TypTiers"));
        assertEquals("12 RUE DE LA GARE", pes.v(tiers + "Adresse/Adr2"));
        assertEquals("ZA DES BROTTEAUX", pes.v(tiers + "Adresse/Adr3"));
        assertEquals("01370", pes.v(tiers + "Adresse/CP"));
        assertEquals("0", pes.v(tiers + "Adresse/CodRes"));
        assertEquals("FR", pes.v(tiers + "CpteBancaire/IdPayInt"));
        assertEquals("30006", pes.v(tiers + "CpteBancaire/CodeEtab"));
        assertEquals("00001", pes.v(tiers + "CpteBancaire/CodeGuic"));
        assertEquals("12345678901", pes.v(tiers + "CpteBancaire/IdCpte"));
        assertEquals("89", pes.v(tiers + "CpteBancaire/CleRib"));
        assertEquals(FOURNISSEUR.iban(), pes.v(tiers + "CpteBancaire/IBAN"));
        assertEquals("AGRIFRPP882", pes.v(tiers + "CpteBancaire/BIC"));
    }

    @Test
    void oneDirectionPerFileAndAtLeastOneBordereau() {
        Bordereau titres = new Bordereau(Sens.RECETTE, 2024, 1, JOUR, TypeBordereau.ORDINAIRE,
                List.of(titre(1, CANTINE, "10")), eur("0"));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> WRITER.ecrire(BUDGET, JOUR, "PES.xml", List.of(ORDINAIRE, titres)));
        assertEquals("PES : un fichier porte des bordereaux de mandats ou des bordereaux de titres, pas les deux.",
                e.getMessage());
        e = assertThrows(DonneeInvalideException.class, () -> WRITER.ecrire(BUDGET, JOUR, " ", List.of()));
        assertEquals(List.of("PES : le nom du fichier est obligatoire.", "PES : aucun bordereau à transmettre."),
                e.erreurs());
    }

    private static List<String> codes(LecturePes pes, int numero) throws Exception {
        String info = "//Piece[BlocPiece/InfoPce/IdPce/@V='" + numero + "']/BlocPiece/InfoPce/";
        return List.of(pes.v(info + "TypPce"), pes.v(info + "NatPce"));
    }
}
