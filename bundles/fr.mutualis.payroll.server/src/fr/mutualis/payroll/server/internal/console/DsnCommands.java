package fr.mutualis.payroll.server.internal.console;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.console.Console;
import fr.mutualis.core.server.config.PrivateFiles;
import fr.mutualis.payroll.api.DeclarationDsn;
import fr.mutualis.payroll.api.DsnService;
import fr.mutualis.payroll.api.EmetteurDsn;
import fr.mutualis.payroll.api.FormatFrancais;

/**
 * Gogo command paie:dsn: writes the DSN mensuelle of a validated month to a file readable by its owner only (it
 * carries NIRs), in ISO 8859-1, and prints the validator's result and the reconciliation with the journal.
 */
@Component(service = DsnCommands.class, property = { "osgi.command.scope=paie", "osgi.command.function=dsn" })
public final class DsnCommands {

    private final DsnService dsn;

    @Activate
    public DsnCommands(@Reference DsnService dsn) {
        this.dsn = dsn;
    }

    @Descriptor("Écrit la DSN mensuelle (norme NEODeS) d'un mois de paie validé et affiche le résultat du validateur")
    public Object dsn(
            @Descriptor("NIC de l'établissement (5 chiffres du SIRET après le SIREN)") @Parameter(names = { "-n",
                    "--nic" }, absentValue = "") String nic,
            @Descriptor("nom du contact de la déclaration") @Parameter(names = { "-c",
                    "--contact" }, absentValue = "") String contact,
            @Descriptor("adresse mél du contact") @Parameter(names = { "-m", "--mel" }, absentValue = "") String mel,
            @Descriptor("téléphone du contact") @Parameter(names = { "-t", "--tel" }, absentValue = "") String tel,
            @Descriptor("envoi d'essai (test) plutôt que réel") @Parameter(names = { "-e", "--essai" },
                    presentValue = "true", absentValue = "false") boolean essai,
            @Descriptor("code de la collectivité") String collectivite,
            @Descriptor("mois, au format AAAA-MM (ex. 2026-01)") String mois,
            @Descriptor("fichier à créer (refusé s'il existe ; lisible par son seul propriétaire)") String fichier) {
        return Console.run(() -> {
            DeclarationDsn declaration = dsn.dsnMensuelle(CollectiviteId.of(collectivite), PaieCommands.mois(mois),
                    new EmetteurDsn(nic, contact, mel, tel.isBlank() ? null : tel, essai));
            Path chemin = Path.of(fichier);
            try (OutputStream sortie = PrivateFiles.create(chemin)) {
                sortie.write(declaration.contenu().getBytes(StandardCharsets.ISO_8859_1));
            } catch (FileAlreadyExistsException e) {
                throw new DonneeInvalideException("Le fichier " + chemin + " existe déjà : choisissez un autre nom "
                        + "(une DSN n'en écrase pas une autre).");
            } catch (IOException e) {
                throw new DonneeInvalideException("Écriture de " + chemin + " impossible : " + e.getMessage());
            }
            StringBuilder sortie = new StringBuilder("DSN " + FormatFrancais.deMois(declaration.mois()) + " (norme "
                    + declaration.norme() + ") écrite dans " + chemin + " : " + declaration.individus()
                    + " individu(s), " + declaration.contenu().lines().count() + " rubriques.\n");
            if (declaration.conforme()) {
                sortie.append("Validateur : conforme.\n");
            } else {
                sortie.append("Validateur : ").append(declaration.anomalies().size()).append(" anomalie(s) :\n");
                declaration.anomalies().forEach(a -> sortie.append("  - ").append(a).append('\n'));
            }
            sortie.append("Rapprochement avec le journal de paie :");
            declaration.rapprochements().forEach(r -> sortie.append("\n  - ").append(r));
            return sortie.toString();
        });
    }
}
