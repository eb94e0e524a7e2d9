package fr.mutualis.payroll.server.afaire;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.LigneAFaire;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.spi.ContributionAFaire;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.payroll.api.PayrollModule;

/**
 * The payroll lines of the "À faire" list: the current month to run (payroll role) while it is not computed, and
 * any draft month, current or previous, to validate (ordonnateur) or to finish (payroll role). Pay is due at the end
 * of the month it pays (traitement payé mensuellement à terme échu): that is the line's due date.
 */
@Component(service = ContributionAFaire.class)
public final class AFairePaie extends ContributionAFaire {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter MOIS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private final PaieService paie;

    @Activate
    public AFairePaie(@Reference PaieService paie) {
        super(PayrollModule.ID, Set.of(Role.PAIE, Role.ORDONNATEUR));
        this.paie = paie;
    }

    @Override
    public List<LigneAFaire> lignes(Collectivite collectivite, Set<Role> roles) {
        YearMonth courant = YearMonth.now(FRANCE);
        List<LigneAFaire> lignes = new ArrayList<>();
        for (YearMonth mois : List.of(courant.minusMonths(1), courant)) {
            PaieMois etat = paie.etatPaie(collectivite.id(), mois);
            String libelle = MOIS.format(mois);
            if (etat.etat() == EtatPaie.BROUILLON && roles.contains(Role.ORDONNATEUR)) {
                lignes.add(ligne(collectivite, mois, "Paie de " + libelle + " calculée (" + etat.nombreBulletins()
                        + " bulletin(s)) : à valider"));
            } else if (etat.etat() == EtatPaie.BROUILLON && roles.contains(Role.PAIE)) {
                lignes.add(ligne(collectivite, mois, "Paie de " + libelle + " en brouillon : à vérifier et faire "
                        + "valider par l'ordonnateur"));
            } else if (etat.etat() == EtatPaie.NON_CALCULEE && mois.equals(courant) && roles.contains(Role.PAIE)) {
                lignes.add(ligne(collectivite, mois, "Paie de " + libelle + " à calculer"));
            }
        }
        return lignes;
    }

    private LigneAFaire ligne(Collectivite collectivite, YearMonth mois, String quoi) {
        return ligne(collectivite, quoi, mois.atEndOfMonth(), "paie.mois", mois.toString());
    }
}
