package fr.mutualis.core.api;

/** Roles a user holds on one collectivity. A user may hold different roles in different collectivities. */
public enum Role {
    LECTURE("Lecture"),
    SAISIE("Saisie"),
    ORDONNATEUR("Ordonnateur / validation"),
    PAIE("Paie"),
    URBANISME_INSTRUCTEUR("Instructeur urbanisme"),
    ADMINISTRATEUR("Administrateur");

    private final String libelle;

    Role(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Parses a role name as typed by an administrator ("saisie", "SAISIE", "urbanisme-instructeur"). */
    public static Role parse(String text) {
        if (text != null) {
            String normalized = text.trim().toUpperCase().replace('-', '_');
            for (Role role : values()) {
                if (role.name().equals(normalized)) {
                    return role;
                }
            }
        }
        throw new DonneeInvalideException("Rôle inconnu : « " + text + " ». Rôles possibles : " + names() + ".");
    }

    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (Role role : values()) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(role.name().toLowerCase().replace('_', '-'));
        }
        return sb.toString();
    }
}
