package fr.mutualis.client.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.FrameworkUtil;

import fr.mutualis.client.Widgets;

/** The version of the client, the server it is connected to, and the licences of what it is built from. */
final class AProposDialog extends Dialog {

    static final String LICENCES = """
            Mutualis est un logiciel libre publié sous la licence publique Eclipse 2.0 (EPL-2.0).
            Il s'appuie sur :
              • Eclipse Platform (Equinox, SWT, JFace, e4) et Eclipse Communication Framework (ECF) : EPL-2.0 ;
              • Jakarta Annotations (EPL-2.0) et Jakarta Inject (Apache 2.0) ;
              • Apache Commons CSV, Commons IO et Commons Codec (Apache 2.0), pour l'export des listes en CSV ;
              • côté serveur : EclipseLink (EPL-2.0 / EDL-1.0), Flyway, Jackson, Apache PDFBox (Apache 2.0), \
            H2 (MPL-2.0 / EPL-1.0), pilote PostgreSQL (BSD-2) ;
              • données : découpage administratif de l'INSEE (via decoupage-administratif, licence MIT).""";

    private final String serveur;

    AProposDialog(Shell parent, String serveur) {
        super(parent);
        this.serveur = serveur;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("À propos de Mutualis");
        Widgets.id(shell, "apropos.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label titre = new Label(area, SWT.NONE);
        titre.setText("Mutualis — gestion mutualisée des collectivités");
        titre.setFont(JFaceResources.getHeaderFont());
        titre.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        ligne(area, "Version du client :", FrameworkUtil.getBundle(AProposDialog.class).getVersion().toString(),
                "apropos.version");
        ligne(area, "Serveur :", serveur == null ? "non connecté" : serveur, "apropos.serveur");
        ligne(area, "Java :", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "apropos.java");
        Text licences = Widgets.id(new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
                "apropos.licences");
        licences.setText(LICENCES);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        data.widthHint = 560;
        data.heightHint = 170;
        licences.setLayoutData(data);
        return area;
    }

    private static void ligne(Composite area, String libelle, String valeur, String id) {
        new Label(area, SWT.NONE).setText(libelle);
        Label texte = Widgets.id(new Label(area, SWT.NONE), id);
        texte.setText(valeur);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, "Fermer", true), "apropos.fermer");
    }
}
