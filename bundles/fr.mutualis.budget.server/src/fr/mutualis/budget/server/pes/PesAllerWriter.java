package fr.mutualis.budget.server.pes;

import static fr.mutualis.budget.server.pes.XmlPes.bloc;
import static fr.mutualis.budget.server.pes.XmlPes.date;
import static fr.mutualis.budget.server.pes.XmlPes.feuille;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import fr.mutualis.budget.api.Bordereau;
import fr.mutualis.budget.api.Budget;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Writes a PES V2 aller file ({@code n:PES_Aller}) for Hélios from bordereaux of mandats or of titres, one direction
 * per file. Pure: no I/O, same input, same bytes.
 */
public final class PesAllerWriter {

    public static final String NAMESPACE = "http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller";
    public static final Charset ENCODAGE = StandardCharsets.ISO_8859_1;

    private final String sigleEmetteur;
    private final String adresseEmetteur;

    /**
     * @param sigleEmetteur   name of the software editor ({@code Emetteur/Sigle}), e.g. "MUTUALIS"
     * @param adresseEmetteur name and version of the application ({@code Emetteur/Adresse}), e.g. "MUTUALIS 0.1.0"
     */
    public PesAllerWriter(String sigleEmetteur, String adresseEmetteur) {
        this.sigleEmetteur = sigleEmetteur;
        this.adresseEmetteur = adresseEmetteur;
    }

    /**
     * The file is ISO-8859-1, as in the PES samples (Pastell, Noethys) and the ORMC schema checks. The envelope has
     * Version 2 (the documented value; Pastell's 2009 sample still had 1), TypFic PESALR2 and the receiver HELIOS. It
     * is not signed (InfoDematerialisee 0) and has no PES_PJ part: documents and signature belong to transmission.
     *
     * @param dateStructure day the file is produced ({@code DteStr})
     * @param nomFichier    file name written in {@code NomFic}, e.g. "PES_DEP_2024_0003.xml"
     * @param bordereaux    bordereaux of one direction, in the order they are to be sent
     */
    public byte[] ecrire(Budget budget, LocalDate dateStructure, String nomFichier, List<Bordereau> bordereaux) {
        verifier(nomFichier, bordereaux);
        Document document = nouveauDocument();
        Element racine = document.createElementNS(NAMESPACE, "n:PES_Aller");
        racine.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:n", NAMESPACE);
        document.appendChild(racine);
        ecrireEnveloppe(racine, nomFichier);
        ecrireEnTete(racine, budget, dateStructure);
        if (bordereaux.get(0).sens() == Sens.DEPENSE) {
            BlocDepense.ecrire(racine, bordereaux);
        } else {
            BlocRecette.ecrire(racine, bordereaux);
        }
        return serialiser(document);
    }

    private static void verifier(String nomFichier, List<Bordereau> bordereaux) {
        List<String> erreurs = new ArrayList<>();
        if (nomFichier == null || nomFichier.isBlank()) {
            erreurs.add("PES : le nom du fichier est obligatoire.");
        }
        if (bordereaux.isEmpty()) {
            erreurs.add("PES : aucun bordereau à transmettre.");
        } else if (bordereaux.stream().map(Bordereau::sens).distinct().count() > 1) {
            erreurs.add("PES : un fichier porte des bordereaux de mandats ou des bordereaux de titres, pas les deux.");
        }
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
    }

    private void ecrireEnveloppe(Element racine, String nomFichier) {
        Element enveloppe = bloc(racine, "Enveloppe");
        Element parametres = bloc(enveloppe, "Parametres");
        feuille(parametres, "Version", "2");
        feuille(parametres, "TypFic", "PESALR2");
        feuille(parametres, "NomFic", nomFichier);
        Element emetteur = bloc(enveloppe, "Emetteur");
        feuille(emetteur, "Sigle", sigleEmetteur);
        feuille(emetteur, "Adresse", adresseEmetteur);
        feuille(bloc(enveloppe, "Recepteur"), "Sigle", "HELIOS");
    }

    private static void ecrireEnTete(Element racine, Budget budget, LocalDate dateStructure) {
        Element entete = bloc(racine, "EnTetePES");
        feuille(entete, "DteStr", date(dateStructure));
        feuille(entete, "IdPost", budget.idPost());
        feuille(entete, "IdColl", budget.idColl());
        feuille(entete, "CodCol", budget.codCol());
        feuille(entete, "CodBud", budget.codBud());
        feuille(entete, "LibelleColBud", budget.libelle());
    }

    private static Document nouveauDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Constructeur XML du JDK indisponible", e);
        }
    }

    private static byte[] serialiser(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, ENCODAGE.name());
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            // written by hand: the JDK serializer glues the root element to its own declaration
            sortie.writeBytes(("<?xml version=\"1.0\" encoding=\"" + ENCODAGE.name() + "\"?>\n").getBytes(ENCODAGE));
            transformer.transform(new DOMSource(document), new StreamResult(sortie));
            return sortie.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Écriture du PES impossible", e);
        }
    }
}
