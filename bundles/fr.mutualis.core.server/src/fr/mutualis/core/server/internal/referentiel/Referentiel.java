package fr.mutualis.core.server.internal.referentiel;

import java.util.List;
import java.util.Map;

/** The INSEE reference data read from {@code communes.json} and {@code epci.json}, validated. */
record Referentiel(String source, List<CommuneRef> communes, List<EpciRef> epcis) {

    /** A current commune ("commune-actuelle"). */
    record CommuneRef(String code, String siren, String nom, int population, String departement) {
    }

    /** An EPCI à fiscalité propre with the INSEE codes of its member communes. */
    record EpciRef(String siren, String nom, String nature, int population, List<String> membres) {
    }

    /** Commune INSEE code -> SIREN of its EPCI. */
    Map<String, String> epciOfCommune() {
        Map<String, String> map = new java.util.HashMap<>();
        for (EpciRef epci : epcis) {
            for (String member : epci.membres()) {
                map.put(member, epci.siren());
            }
        }
        return map;
    }
}
