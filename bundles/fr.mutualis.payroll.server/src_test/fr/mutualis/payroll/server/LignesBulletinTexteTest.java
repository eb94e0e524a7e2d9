package fr.mutualis.payroll.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.NatureLigne;
import fr.mutualis.payroll.server.internal.entity.LignesBulletinTexte;

class LignesBulletinTexteTest {

    @Test
    void theWorkedExampleReadsBackLineForLineToTheCent() {
        List<LigneBulletin> lignes = DonneesLivrees.bulletinExemple().lignes();

        // rates come back as a NUMERIC column gave them: "11.10" as "11.1"
        assertEquals(lignes.stream().map(l -> new LigneBulletin(l.code(), l.libelle(), l.nature(), l.base(),
                utile(l.tauxSalarial()), l.montantSalarial(), utile(l.tauxPatronal()),
                l.montantPatronal())).toList(), LignesBulletinTexte.lire(LignesBulletinTexte.ecrire(lignes)));
    }

    @Test
    void separatorsInALibelleAndAbsentValuesSurvive() {
        List<LigneBulletin> lignes = List.of(
                new LigneBulletin("IFSE", "Prime | part \\ fixe\nmensuelle", NatureLigne.GAIN, null, null,
                        new BigDecimal("120.50"), null, new BigDecimal("0.00")),
                new LigneBulletin("CNRACL", "Retraite CNRACL", NatureLigne.COTISATION, new BigDecimal("2000.00"),
                        new BigDecimal("11.1"), new BigDecimal("222.00"), new BigDecimal("30.65"),
                        new BigDecimal("613.00")));

        String texte = LignesBulletinTexte.ecrire(lignes);

        assertEquals("IFSE|Prime \\| part \\\\ fixe\\nmensuelle|GAIN|||120.50||0.00\n"
                + "CNRACL|Retraite CNRACL|COTISATION|2000.00|11.1000|222.00|30.6500|613.00", texte);
        assertEquals(lignes, LignesBulletinTexte.lire(texte));
        assertEquals(List.of(), LignesBulletinTexte.lire(LignesBulletinTexte.ecrire(List.of())));
    }

    @Test
    void ratesAreKeptToTheFourDecimalsTheLineColumnsHad() {
        LigneBulletin ligne = new LigneBulletin("CSG", "CSG déductible", NatureLigne.COTISATION,
                new BigDecimal("1000.00"), new BigDecimal("6.80005"), new BigDecimal("68.00"), null,
                new BigDecimal("0.00"));

        assertEquals(new BigDecimal("6.8001"), LignesBulletinTexte.lire(LignesBulletinTexte.ecrire(List.of(ligne)))
                .get(0).tauxSalarial());
    }

    @Test
    void aDamagedRowIsReportedNotMisread() {
        assertThrows(IllegalStateException.class, () -> LignesBulletinTexte.lire("TIB|Traitement|GAIN|1.00"));
    }

    private static BigDecimal utile(BigDecimal taux) {
        return taux == null ? null : new BigDecimal(taux.stripTrailingZeros().toPlainString());
    }
}
