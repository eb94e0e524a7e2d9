package fr.mutualis.core.server.internal.referentiel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.internal.referentiel.Referentiel.CommuneRef;
import fr.mutualis.core.server.internal.referentiel.Referentiel.EpciRef;

/**
 * Reads and validates the files of {@code @etalab/decoupage-administratif}: every problem is reported in French and
 * nothing is returned unless both files are entirely valid.
 */
final class ReferentielReader {

    static final String BUNDLED = "reference/decoupage-administratif/";
    private static final Pattern INSEE = Pattern.compile("\\d{5}|2[AB]\\d{3}");
    private static final Pattern SIREN = Pattern.compile("\\d{9}");
    private static final Set<String> EPCI_NATURES = Set.of("CC", "CA", "CU", "METRO", "MET69");
    private static final int MAX_ERRORS = 10;

    private final ObjectMapper mapper = new ObjectMapper();

    /** From a folder holding communes.json and epci.json (or .gz), or the copy shipped in this bundle when null. */
    Referentiel read(Path folder) {
        String source = folder == null ? "la copie livrée avec le serveur (etalab/decoupage-administratif 6.0.0)"
                : folder.toString();
        List<String> errors = new ArrayList<>();
        List<CommuneRef> communes = new ArrayList<>();
        List<EpciRef> epcis = new ArrayList<>();
        readArray(folder, "communes", node -> commune(node, communes, errors), errors);
        readArray(folder, "epci", node -> epci(node, epcis, errors), errors);
        if (errors.isEmpty() && communes.isEmpty()) {
            errors.add("communes.json ne contient aucune commune actuelle (type « commune-actuelle »).");
        }
        if (errors.isEmpty()) {
            checkMembers(communes, epcis, errors);
        }
        if (!errors.isEmpty()) {
            List<String> shown = new ArrayList<>();
            shown.add("Import refusé, rien n'a été modifié. Problèmes trouvés dans " + source + " :");
            errors.stream().limit(MAX_ERRORS).map(e -> "  - " + e).forEach(shown::add);
            if (errors.size() > MAX_ERRORS) {
                shown.add("  ... et " + (errors.size() - MAX_ERRORS) + " autres.");
            }
            throw new DonneeInvalideException(shown);
        }
        return new Referentiel(source, communes, epcis);
    }

    private interface NodeHandler {
        void handle(Entry entry);
    }

    record Entry(String file, int index, JsonNode node) {
        String where() {
            return file + ", entrée n°" + index;
        }

        String text(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }
    }

    private void readArray(Path folder, String name, NodeHandler handler, List<String> errors) {
        String file = name + ".json";
        try (InputStream in = open(folder, name); JsonParser parser = mapper.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                errors.add(file + " : le fichier doit contenir un tableau JSON d'objets.");
                return;
            }
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                index++;
                handler.handle(new Entry(file, index, mapper.readTree(parser)));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                errors.add(file + " : élément inattendu après l'entrée n°" + index + " (un objet JSON est attendu).");
            }
        } catch (NoSuchFileException e) {
            errors.add("Fichier introuvable : " + e.getFile() + " (ni " + file + " ni " + file + ".gz).");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            errors.add(file + " : contenu JSON invalide" + (at == null ? "" : " à la ligne " + at.getLineNr()
                    + ", colonne " + at.getColumnNr()) + ".");
        } catch (IOException e) {
            errors.add(file + " : lecture impossible (" + e.getMessage() + ").");
        }
    }

    private static InputStream open(Path folder, String name) throws IOException {
        if (folder == null) {
            InputStream in = ReferentielReader.class.getClassLoader().getResourceAsStream(BUNDLED + name + ".json.gz");
            if (in == null) {
                throw new NoSuchFileException(BUNDLED + name + ".json.gz");
            }
            return new GZIPInputStream(in);
        }
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString());
        }
        Path plain = folder.resolve(name + ".json");
        if (Files.exists(plain)) {
            return Files.newInputStream(plain);
        }
        Path gz = folder.resolve(name + ".json.gz");
        if (Files.exists(gz)) {
            return new GZIPInputStream(Files.newInputStream(gz));
        }
        throw new NoSuchFileException(plain.toString());
    }

    private static void commune(Entry e, List<CommuneRef> communes, List<String> errors) {
        if (!"commune-actuelle".equals(e.text("type"))) {
            return;
        }
        String code = e.text("code");
        String nom = e.text("nom");
        String siren = e.text("siren");
        if (code == null || !INSEE.matcher(code).matches()) {
            errors.add(e.where() + " : code INSEE invalide « " + code + " ».");
            return;
        }
        if (nom == null || nom.isBlank() || nom.length() > 200) {
            errors.add(e.where() + " (" + code + ") : nom absent ou trop long.");
            return;
        }
        if (siren != null && !SIREN.matcher(siren).matches()) {
            errors.add(e.where() + " (" + code + ") : SIREN invalide « " + siren + " ».");
            return;
        }
        JsonNode population = e.node().get("population");
        if (population != null && !(population.isInt() && population.asInt() >= 0)) {
            errors.add(e.where() + " (" + code + ") : population invalide « " + population + " ».");
            return;
        }
        String departement = e.text("departement");
        communes.add(new CommuneRef(code, siren, nom.strip(), population == null ? 0 : population.asInt(),
                departement == null || departement.length() > 3 ? null : departement));
    }

    private static void epci(Entry e, List<EpciRef> epcis, List<String> errors) {
        String siren = e.text("code");
        String nom = e.text("nom");
        String nature = e.text("type");
        if (siren == null || !SIREN.matcher(siren).matches()) {
            errors.add(e.where() + " : SIREN d'EPCI invalide « " + siren + " ».");
            return;
        }
        if (nom == null || nom.isBlank() || nom.length() > 200) {
            errors.add(e.where() + " (" + siren + ") : nom absent ou trop long.");
            return;
        }
        if (!EPCI_NATURES.contains(nature)) {
            errors.add(e.where() + " (" + siren + ") : nature d'EPCI inconnue « " + nature + " ».");
            return;
        }
        JsonNode membres = e.node().get("membres");
        if (membres == null || !membres.isArray()) {
            errors.add(e.where() + " (" + siren + ") : liste « membres » absente.");
            return;
        }
        List<String> codes = new ArrayList<>();
        membres.forEach(m -> codes.add(m.path("code").asText(null)));
        JsonNode population = e.node().get("populationTotale");
        epcis.add(new EpciRef(siren, nom.strip(), nature, population == null ? 0 : population.asInt(), codes));
    }

    private static void checkMembers(List<CommuneRef> communes, List<EpciRef> epcis, List<String> errors) {
        Set<String> known = new HashSet<>();
        communes.forEach(c -> known.add(c.code()));
        Set<String> seen = new HashSet<>();
        Set<String> sirens = new HashSet<>();
        for (EpciRef epci : epcis) {
            if (!sirens.add(epci.siren())) {
                errors.add("epci.json : l'EPCI " + epci.siren() + " apparaît deux fois.");
            }
            for (String member : epci.membres()) {
                if (!known.contains(member)) {
                    errors.add("epci.json : " + epci.nom() + " (" + epci.siren() + ") a pour membre le code INSEE « "
                            + member + " », absent de communes.json.");
                } else if (!seen.add(member)) {
                    errors.add("epci.json : la commune " + member + " est membre de deux EPCI.");
                }
            }
        }
        Set<String> codes = new HashSet<>();
        for (CommuneRef c : communes) {
            if (!codes.add(c.code())) {
                errors.add("communes.json : le code INSEE " + c.code() + " apparaît deux fois.");
            }
        }
    }
}
