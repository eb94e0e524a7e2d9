package fr.mutualis.urbanism.server.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.console.Console;
import fr.mutualis.core.console.Table;
import fr.mutualis.urbanism.api.DecisionDossier;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.DossierResume;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.EvenementDossier;
import fr.mutualis.urbanism.api.NumeroDossier;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.UrbanismeService;

/**
 * Gogo commands of the urbanism module (scope urbanisme): dossiers of a commune, one dossier, due dates, tacit outcomes.
 */
@Component(service = UrbanismeCommands.class, property = { "osgi.command.scope=urbanisme",
        "osgi.command.function=list", "osgi.command.function=show", "osgi.command.function=due",
        "osgi.command.function=tacit" })
public final class UrbanismeCommands {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private final UrbanismeService service;
    private final Echeancier echeancier;

    @Activate
    public UrbanismeCommands(@Reference UrbanismeService service, @Reference Echeancier echeancier) {
        this.service = service;
        this.echeancier = echeancier;
    }

    @Descriptor("Liste les dossiers d'urbanisme d'une commune, les plus récents d'abord")
    public Object list(@Descriptor("code INSEE de la commune") String commune,
            @Descriptor("état (facultatif) : depose, incomplet, en-instruction, majore, accord, "
                    + "accord-avec-prescriptions, refus, opposition, decision-tacite-favorable, "
                    + "decision-tacite-defavorable, rejet-tacite, retire") String... etat) {
        return Console.run(() -> {
            EtatDossier filtre = etat == null || etat.length == 0 ? null : etat(String.join("-", etat));
            List<DossierResume> dossiers = service.lister(CollectiviteId.of(commune), filtre);
            Table table = new Table("Numéro", "Type", "Dépôt", "Demandeur", "État", "Date limite", "Jours").right(6);
            dossiers.forEach(d -> table.row(d.numero(), d.type().name(), DATE.format(d.dateDepot()),
                    d.petitionnaire(), d.etat().libelle(), d.etat().estFinal() ? "" : DATE.format(d.dateLimite()),
                    d.joursRestants()));
            return table + Console.number(table.size()) + " dossier(s)";
        });
    }

    @Descriptor("Affiche un dossier : demande, délais et date limite, décision, historique")
    public Object show(
            @Descriptor("numéro du dossier, avec ou sans espaces (ex. PC 074 049 26 00001)") String... numero) {
        return Console.run(() -> {
            NumeroDossier n = NumeroDossier.parse(numero == null ? "" : String.join("", numero));
            return detail(service.consulter(CollectiviteId.of(n.codeInsee().code()), n.format()));
        });
    }

    @Descriptor("Liste, pour toutes les communes, les dossiers en cours dont la date limite d'instruction tombe dans "
            + "les N jours ou est déjà passée")
    public Object due(@Descriptor("nombre de jours") int jours) {
        return Console.run(() -> {
            Table table = new Table("Commune", "Numéro", "Type", "État", "Date limite", "Jours", "À défaut").right(5);
            echeancier.echeances(null, jours).forEach(d -> table.row(d.commune().code(), d.numero(),
                    d.type().name(), d.etat().libelle(), DATE.format(d.dateLimite()), d.joursRestants(),
                    d.issueTacite().libelle(d.type())));
            return table + Console.number(table.size()) + " dossier(s) à échéance dans les " + jours + " jours "
                    + "ou échus";
        });
    }

    @Descriptor("Constate les issues tacites des dossiers dont la date limite est passée sans décision notifiée")
    public Object tacit(@Descriptor("code INSEE de la commune (facultatif ; toutes les communes sinon)")
            String... commune) {
        return Console.run(() -> {
            BilanIssuesTacites bilan = echeancier.constaterIssuesTacites(
                    commune == null || commune.length == 0 ? null : CollectiviteId.of(commune[0]));
            Table table = new Table("Commune", "Numéro", "Issue constatée", "Date limite");
            bilan.constatees().forEach(d -> table.row(d.commune().code(), d.numero(), d.etat().libelle(),
                    DATE.format(d.dateLimite())));
            StringBuilder sb = new StringBuilder(table.toString()).append(Console.number(table.size()))
                    .append(" issue(s) tacite(s) constatée(s)");
            if (!bilan.nonConstatees().isEmpty()) {
                sb.append("\nNon constatées (à traiter à la main) :");
                bilan.nonConstatees().forEach(ligne -> sb.append("\n  ").append(ligne));
            }
            return sb.toString();
        });
    }

    private static String detail(DossierDetail d) {
        DossierResume r = d.resume();
        Petitionnaire p = d.petitionnaire();
        ResultatDelais delais = d.delais();
        StringBuilder sb = new StringBuilder(r.numero()).append(" — ").append(r.type().libelle()).append('\n');
        ligne(sb, "Commune", r.commune().code());
        ligne(sb, "État", r.etat().libelle());
        ligne(sb, "Dépôt", DATE.format(r.dateDepot()) + ", " + d.canal().libelle() + ", Cerfa n° " + d.cerfa());
        if (d.permisInitial() != null) {
            ligne(sb, "Permis initial", d.permisInitial());
        }
        if (!d.dossiersLies().isEmpty()) {
            ligne(sb, "Modificatifs", String.join(", ", d.dossiersLies()));
        }
        ligne(sb, "Demandeur", p.designation() + ", " + p.adresse() + (p.courriel().isEmpty() ? "" : ", "
                + p.courriel()));
        ligne(sb, "Terrain", r.adresseTerrain() + " — parcelle(s) " + d.parcelles().stream()
                .map(Object::toString).collect(Collectors.joining(", ")));
        ligne(sb, "Projet", d.description().isEmpty() ? "-" : d.description());
        ligne(sb, "Délai", delais.dureeMois() + " mois — " + delais.regleAppliquee());
        if (r.etat().estFinal()) {
            ligne(sb, "Date limite", DATE.format(delais.dateLimite()));
        } else {
            ligne(sb, "Date limite", DATE.format(delais.dateLimite()) + " (" + jours(r.joursRestants())
                    + ") ; à défaut : " + delais.issueTacite().libelle(r.type()));
        }
        delais.avertissements().forEach(a -> ligne(sb, "Avertissement", a));
        DecisionDossier decision = d.decision();
        if (decision != null) {
            ligne(sb, "Décision", decision.sens().libelle() + " le " + DATE.format(decision.date()) + " ("
                    + decision.auteur() + ")" + (decision.motivation().isEmpty() ? "" : " : "
                            + decision.motivation()));
        }
        if (!d.etatsPossibles().isEmpty()) {
            ligne(sb, "Suites possibles", d.etatsPossibles().stream().sorted().map(EtatDossier::libelle)
                    .collect(Collectors.joining(" ; ")));
        }
        Table historique = new Table("Date", "Auteur", "Événement", "État", "Commentaire");
        for (EvenementDossier e : d.historique()) {
            historique.row(HORODATAGE.format(e.date()), e.auteur(), e.nature().libelle(), e.changeEtat()
                    ? e.etatApres().libelle() : "", e.commentaire());
        }
        return sb.append("Historique\n").append(historique.toString().stripTrailing()).toString();
    }

    private static void ligne(StringBuilder sb, String libelle, String valeur) {
        sb.append("  ").append(String.format("%-17s", libelle)).append(": ").append(valeur).append('\n');
    }

    private static String jours(int jours) {
        return jours < 0 ? "dépassée de " + -jours + " jour(s)" : jours == 0 ? "dernier jour" : jours + " jour(s)";
    }

    private static EtatDossier etat(String texte) {
        String normalise = texte.strip().toUpperCase().replace('-', '_');
        return Arrays.stream(EtatDossier.values()).filter(e -> e.name().equals(normalise)).findFirst()
                .orElseThrow(() -> new DonneeInvalideException("État inconnu : « " + texte + " ». États possibles : "
                        + Arrays.stream(EtatDossier.values()).map(e -> e.name().toLowerCase().replace('_', '-'))
                                .collect(Collectors.joining(", ")) + "."));
    }
}
