package fr.mutualis.urbanism.api;

/** Cases where silence at the end of the instruction period means refusal instead of approval. */
public enum CasRefusTacite {
    R424_2("R424-2", "cas de la liste R424-2 (ex. démolition en site inscrit)"),
    R424_3("R424-3", "accord de l'architecte des Bâtiments de France refusé ou assorti de prescriptions");

    private final String article;
    private final String libelle;

    CasRefusTacite(String article, String libelle) {
        this.article = article;
        this.libelle = libelle;
    }

    public String article() {
        return article;
    }

    public String libelle() {
        return libelle;
    }
}
