package fr.mutualis.urbanism.api;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Everything about one dossier: what was filed, its deadlines as computed today (with the rule applied and the
 * warnings for the user), its history, and the states a user may move it to now.
 *
 * @param permisInitial  for a modification or transfer, the number of the permit concerned; null otherwise
 * @param dossiersLies   numbers of the modifications and transfers of this permit
 * @param decision       null while the instruction runs or after a withdrawal
 * @param etatsPossibles states reachable now by an express act: {@code INCOMPLET} (request for pieces),
 *                       {@code EN_INSTRUCTION} (complete), {@code MAJORE}, the decisions and {@code RETIRE}
 */
public record DossierDetail(DossierResume resume, CanalDepot canal, String cerfa, Petitionnaire petitionnaire,
        List<Parcelle> parcelles, String description, CasRefusTacite casRefusTacite, String permisInitial,
        List<String> dossiersLies, List<DemandePieces> demandesPieces, List<MajorationNotifiee> majorations,
        ResultatDelais delais, DecisionDossier decision, List<EvenementDossier> historique,
        Set<EtatDossier> etatsPossibles) implements Serializable {

    public DossierDetail {
        parcelles = List.copyOf(parcelles);
        dossiersLies = List.copyOf(dossiersLies);
        demandesPieces = List.copyOf(demandesPieces);
        majorations = List.copyOf(majorations);
        historique = List.copyOf(historique);
        etatsPossibles = Set.copyOf(etatsPossibles);
    }

    public String numero() {
        return resume.numero();
    }

    public EtatDossier etat() {
        return resume.etat();
    }
}
