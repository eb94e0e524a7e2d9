package fr.mutualis.payroll.server.internal;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Masquage;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.payroll.api.BulletinDetail;
import fr.mutualis.payroll.api.ComplementsBulletin;
import fr.mutualis.payroll.api.Employeur;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PresentationBulletin;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;
import fr.mutualis.payroll.server.internal.entity.BulletinEntity;
import fr.mutualis.payroll.server.internal.entity.PaieMoisEntity;
import fr.mutualis.payroll.server.parametres.Grade;
import fr.mutualis.payroll.server.parametres.GrilleGrade;
import fr.mutualis.payroll.server.parametres.GrillesIndiciaires;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Lays out the complete payslips of one month of one collectivity, inside a read transaction: the employer's SIRET
 * and address, the agent's full NIR (his own payslip), the grade by the name of its grid, the year-to-date totals
 * and the period's absences. Reads what it needs in a few queries whatever the number of payslips.
 */
final class EditionBulletins {

    private final EntityManager em;
    private final CollectiviteId collectivite;
    private final Employeur employeur;
    private final IdentiteEmployeur identite;
    private final GrillesIndiciaires grilles;
    private final PersonalDataCipher chiffrement;
    private final PaieMois paie;
    private final Cumuls cumuls;
    private final Map<Long, String> nirsChiffres = new HashMap<>();

    /** For every payslip of the month ({@code agent} null) or for one agent's. */
    EditionBulletins(EntityManager em, CollectiviteId collectivite, Employeur employeur, GrillesIndiciaires grilles,
            PersonalDataCipher chiffrement, PaieMoisEntity paie, Long agent) {
        this.em = em;
        this.collectivite = collectivite;
        this.employeur = employeur;
        this.identite = IdentiteEmployeur.lire(em, collectivite);
        this.grilles = grilles;
        this.chiffrement = chiffrement;
        this.paie = paie.valeur();
        this.cumuls = Cumuls.avant(em, collectivite, this.paie.mois(), agent);
        TypedQuery<Object[]> nirs = em.createQuery("SELECT a.id, a.nirChiffre FROM AgentEntity a "
                + "WHERE a.collectivite = :c" + (agent == null ? "" : " AND a.id = :a"), Object[].class)
                .setParameter("c", collectivite.code());
        if (agent != null) {
            nirs.setParameter("a", agent);
        }
        nirs.getResultList().forEach(n -> nirsChiffres.put((Long) n[0], (String) n[1]));
    }

    /**
     * The name a payslip prints for an agent recorded with a bare grid code (C2) rather than a named grade: the grid's
     * name without the list of the grades sharing it ("Échelle C2 de la catégorie C").
     */
    private static String nom(GrilleGrade grille) {
        int liste = grille.libelle().indexOf(" (");
        return liste > 0 ? grille.libelle().substring(0, liste) : grille.libelle();
    }

    PresentationBulletin presentation(BulletinEntity bulletin) {
        YearMonth mois = paie.mois();
        String nir = nirsChiffres.containsKey(bulletin.getAgentId())
                ? chiffrement.decrypt(nirsChiffres.get(bulletin.getAgentId()))
                : chiffrement.decrypt(em.find(AgentEntity.class, bulletin.getAgentId()).getNirChiffre());
        BulletinDetail detail = new BulletinDetail(bulletin.getId(), paie.etat(), employeur,
                bulletin.situation(Masquage.nir(nir)), bulletin.bulletin(mois));
        String code = detail.situation().codeGrade();
        String grade = code == null ? null
                : grilles.grade(code).map(g -> g.libelle() + " (" + code + ", grille " + g.codeGrille() + ")")
                        .or(() -> grilles.enVigueur(code, mois).map(g -> nom(g) + " (grille " + code + ")"))
                        .orElse(null);
        return PresentationBulletin.de(detail, new ComplementsBulletin(nir,
                identite == null ? null : identite.adresse(), identite == null ? null : identite.siret(), grade,
                cumuls.de(bulletin), AbsencesDeLaPeriode.de(em, collectivite, bulletin.getAgentId(), mois)));
    }
}
