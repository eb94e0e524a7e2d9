package fr.mutualis.budget.server.pes;

import static fr.mutualis.budget.server.Exemples.BUDGET;
import static fr.mutualis.budget.server.Exemples.CANTINE;
import static fr.mutualis.budget.server.Exemples.FAMILLE;
import static fr.mutualis.budget.server.Exemples.correctionTitre;
import static fr.mutualis.budget.server.Exemples.eur;
import static fr.mutualis.budget.server.Exemples.titre;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

import fr.mutualis.budget.api.Bordereau;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.Titre;
import fr.mutualis.budget.api.TypeBordereau;
import fr.mutualis.core.api.DonneeInvalideException;

/** Parses the produced PES recette and checks totals, counts and the recette spellings. */
class PesAllerRecetteTest {

    private static final PesAllerWriter WRITER = new PesAllerWriter("MUTUALIS", "MUTUALIS 0.1.0");
    private static final LocalDate JOUR = LocalDate.of(2024, 5, 6);
    private static final Titre MARS = titre(17, CANTINE, "85.40");
    private static final Titre AVRIL = new Titre(2024, 18, LocalDate.of(2024, 5, 2), "Cantine d'avril", FAMILLE,
            List.of(new LignePiece(CANTINE, eur("14.60"), "Repas d'avril", "CANT"),
                    new LignePiece(CANTINE, eur("5"), null, "GARD")),
            List.of(), NaturePiece.ORDINAIRE, null);
    private static final Bordereau BORDEREAU = new Bordereau(Sens.RECETTE, 2024, 4, JOUR, TypeBordereau.ORDINAIRE,
            List.of(MARS, AVRIL), eur("2000"));

    @Test
    void recetteBlockMirrorsTheDepenseOneWithItsOwnSpellings() throws Exception {
        LecturePes pes = new LecturePes(WRITER.ecrire(BUDGET, JOUR, "PES_REC_2024_0004.xml", List.of(BORDEREAU)));
        assertEquals(0, pes.compter("/n:PES_Aller/PES_DepenseAller"));
        assertEquals("2", pes.v("/n:PES_Aller/PES_RecetteAller/EnTeteRecette/IdVer"));
        assertEquals("0", pes.v("/n:PES_Aller/PES_RecetteAller/EnTeteRecette/InfoDematerialisee"));
        Node bordereau = pes.noeud("/n:PES_Aller/PES_RecetteAller/Bordereau");
        assertEquals("4", pes.v(bordereau, "BlocBordereau/IdBord"));
        assertEquals("01", pes.v(bordereau, "BlocBordereau/TypBord"));
        assertEquals(pes.compter(bordereau, "Piece"), Integer.parseInt(pes.v(bordereau, "BlocBordereau/NbrPce")));
        assertEquals(2, pes.compter(bordereau, "Piece"));
        assertEquals(pes.somme(bordereau, "Piece/LigneDePiece/BlocLignePiece/InfoLignePiece/MtHT"),
                pes.montant(bordereau, "BlocBordereau/MtBordHt"));
        assertEquals(eur("105.00"), pes.montant(bordereau, "BlocBordereau/MtBordHt"));
        assertEquals(0, pes.compter(bordereau, "BlocBordereau/MtBordHT"));
        assertEquals(eur("2105.00"), pes.montant(bordereau, "BlocBordereau/MtCumulAnnuel"));
        assertEquals("BORDEREAU DE TITRES N° 4 - EXERCICE 2024", pes.v(bordereau, "BlocBordereau/Objet"));
    }

    @Test
    void titresAndTheirLinesCarryCodesAndAmounts() throws Exception {
        LecturePes pes = new LecturePes(WRITER.ecrire(BUDGET, JOUR, "PES_REC_2024_0004.xml", List.of(BORDEREAU)));
        Node avril = pes.noeud("//Piece[BlocPiece/IdPce/@V='18']");
        assertEquals("01", pes.v(avril, "BlocPiece/TypPce"));
        assertEquals("01", pes.v(avril, "BlocPiece/NatPce"));
        assertEquals("Cantine d'avril", pes.v(avril, "BlocPiece/ObjPce"));
        assertEquals(2, pes.compter(avril, "LigneDePiece"));
        assertEquals("2", pes.v(avril, "LigneDePiece[2]/BlocLignePiece/InfoLignePiece/IdLigne"));
        assertEquals("Repas d'avril", pes.v(avril, "LigneDePiece[1]/BlocLignePiece/InfoLignePiece/ObjLignePce"));
        assertEquals("GARD", pes.v(avril, "LigneDePiece[2]/BlocLignePiece/InfoLignePiece/CodProdLoc"));
        assertEquals("7067", pes.v(avril, "LigneDePiece[2]/BlocLignePiece/InfoLignePiece/Nature"));
        assertEquals("281", pes.v(avril, "LigneDePiece[2]/BlocLignePiece/InfoLignePiece/Fonction"));
        assertEquals("0", pes.v(avril, "LigneDePiece[2]/BlocLignePiece/InfoLignePiece/Majo"));
        assertEquals("0", pes.v(avril, "LigneDePiece[2]/BlocLignePiece/InfoLignePiece/TvaIntraCom"));
        assertEquals(eur("5.00"), pes.montant(avril, "LigneDePiece[2]/BlocLignePiece/InfoLignePiece/MtHT"));
        assertEquals("01", pes.v(avril, "LigneDePiece[1]/Tiers/InfoTiers/TypTiers"));
        assertEquals("DUPONT", pes.v(avril, "LigneDePiece[1]/Tiers/InfoTiers/Nom"));
        assertEquals("Marie", pes.v(avril, "LigneDePiece[1]/Tiers/InfoTiers/Prenom"));
        assertEquals(0, pes.compter(avril, "LigneDePiece/Tiers/InfoTiers/IdTiers"));
        assertEquals(0, pes.compter("//CpteBancaire"));
    }

    @Test
    void aReductionOfTitreNamesTheOriginal() throws Exception {
        Bordereau correctif = new Bordereau(Sens.RECETTE, 2024, 1, JOUR, TypeBordereau.ANNULATION_REDUCTION,
                List.of(correctionTitre(19, NaturePiece.REDUCTION, MARS, "5.40")), eur("0"));
        LecturePes pes = new LecturePes(WRITER.ecrire(BUDGET, JOUR, "PES_REC_2024_0005.xml", List.of(correctif)));
        assertEquals("02", pes.v("//BlocBordereau/TypBord"));
        assertEquals("02", pes.v("//BlocPiece/TypPce"));
        assertEquals("06", pes.v("//BlocPiece/NatPce"));
        assertEquals("17", pes.v("//RattachPiece/IdPceOrig"));
        assertEquals(eur("5.40"), pes.montant(pes.document(), "//BlocBordereau/MtBordHt"));
    }

    @Test
    void aTiersWithoutTypTiersCannotBeWrittenInARecette() {
        Tiers sansType = new Tiers("DURAND", null, null, null, "01", "01", null, FAMILLE.adresse(), null, null);
        Titre titre = new Titre(2024, 20, JOUR, "Location de salle", sansType, MARS.lignes(), List.of(),
                NaturePiece.ORDINAIRE, null);
        Bordereau bordereau = new Bordereau(Sens.RECETTE, 2024, 5, JOUR, TypeBordereau.ORDINAIRE, List.of(titre), eur("0"));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> WRITER.ecrire(BUDGET, JOUR, "PES.xml", List.of(bordereau)));
        assertEquals("Le tiers DURAND du titre n° 20/2024 n'a pas de type de tiers (TypTiers), obligatoire dans un PES "
                + "recette.", e.getMessage());
    }
}
