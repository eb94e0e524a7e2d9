package fr.mutualis.payroll.server.parametres;

import java.util.Arrays;
import java.util.Optional;

/**
 * Catalogue of the payroll parameters the engine reads: data file key, French label used in messages, unit.
 * Values themselves live only in the data files.
 */
public enum CleParametre {
    POINT_INDICE("point_indice.valeur_annuelle_indice_100", "valeur du point d'indice", Unite.EUROS),
    DUREE_TEMPS_COMPLET("duree_hebdomadaire.temps_complet", "durée hebdomadaire d'un temps complet", Unite.HEURES),
    SEUIL_AFFILIATION_CNRACL("cnracl.seuil_affiliation", "seuil d'affiliation à la CNRACL", Unite.HEURES),
    SMIC_MENSUEL("smic.mensuel", "SMIC mensuel brut", Unite.EUROS),
    PMSS("pmss", "plafond mensuel de la sécurité sociale", Unite.EUROS),

    IR_TAUX_ZONE_1("indemnite_residence.taux.zone_1", "taux de l'indemnité de résidence (zone 1)", Unite.POURCENTAGE),
    IR_TAUX_ZONE_2("indemnite_residence.taux.zone_2", "taux de l'indemnité de résidence (zone 2)", Unite.POURCENTAGE),
    IR_TAUX_ZONE_3("indemnite_residence.taux.zone_3", "taux de l'indemnité de résidence (zone 3)", Unite.POURCENTAGE),
    IR_INDICE_PLANCHER("indemnite_residence.indice_plancher", "indice plancher de l'indemnité de résidence",
            Unite.INDICE),

    SFT_FIXE_UN_ENFANT("sft.part_fixe.un_enfant", "part fixe du SFT (un enfant)", Unite.EUROS),
    SFT_FIXE_DEUX_ENFANTS("sft.part_fixe.deux_enfants", "part fixe du SFT (deux enfants)", Unite.EUROS),
    SFT_FIXE_TROIS_ENFANTS("sft.part_fixe.trois_enfants", "part fixe du SFT (trois enfants)", Unite.EUROS),
    SFT_FIXE_ENFANT_SUPPLEMENTAIRE("sft.part_fixe.par_enfant_supplementaire",
            "part fixe du SFT (par enfant au-delà du troisième)", Unite.EUROS),
    SFT_TAUX_UN_ENFANT("sft.part_proportionnelle.un_enfant", "part proportionnelle du SFT (un enfant)",
            Unite.POURCENTAGE),
    SFT_TAUX_DEUX_ENFANTS("sft.part_proportionnelle.deux_enfants", "part proportionnelle du SFT (deux enfants)",
            Unite.POURCENTAGE),
    SFT_TAUX_TROIS_ENFANTS("sft.part_proportionnelle.trois_enfants", "part proportionnelle du SFT (trois enfants)",
            Unite.POURCENTAGE),
    SFT_TAUX_ENFANT_SUPPLEMENTAIRE("sft.part_proportionnelle.par_enfant_supplementaire",
            "part proportionnelle du SFT (par enfant au-delà du troisième)", Unite.POURCENTAGE),
    SFT_INDICE_PLANCHER("sft.indice_plancher", "indice plancher du SFT", Unite.INDICE),
    SFT_INDICE_PLAFOND("sft.indice_plafond", "indice plafond du SFT", Unite.INDICE),

    TPP_CATEGORIE_A("tpp.abattement_annuel.categorie_a", "abattement annuel transfert primes/points (catégorie A)",
            Unite.EUROS),
    TPP_CATEGORIE_B("tpp.abattement_annuel.categorie_b", "abattement annuel transfert primes/points (catégorie B)",
            Unite.EUROS),
    TPP_CATEGORIE_C("tpp.abattement_annuel.categorie_c", "abattement annuel transfert primes/points (catégorie C)",
            Unite.EUROS),

    CNRACL_SALARIAL("cnracl.taux_salarial", "taux salarial CNRACL", Unite.POURCENTAGE),
    CNRACL_PATRONAL("cnracl.taux_patronal", "taux patronal CNRACL", Unite.POURCENTAGE),
    RAFP_SALARIAL("rafp.taux_salarial", "taux salarial RAFP", Unite.POURCENTAGE),
    RAFP_PATRONAL("rafp.taux_patronal", "taux patronal RAFP", Unite.POURCENTAGE),
    RAFP_PLAFOND("rafp.plafond_assiette", "plafond de l'assiette RAFP (en % du traitement indiciaire)",
            Unite.POURCENTAGE),

    MALADIE_AGENTS_CNRACL("urssaf.maladie.agents_cnracl", "taux maladie des agents CNRACL", Unite.POURCENTAGE),
    MALADIE_REGIME_GENERAL("urssaf.maladie.regime_general", "taux maladie du régime général", Unite.POURCENTAGE),
    CSA("urssaf.csa", "taux de la contribution solidarité autonomie", Unite.POURCENTAGE),
    ALLOCATIONS_FAMILIALES("urssaf.allocations_familiales", "taux des allocations familiales", Unite.POURCENTAGE),
    FNAL_MOINS_DE_50("urssaf.fnal.moins_de_50", "taux FNAL (moins de 50 agents, plafonné)", Unite.POURCENTAGE),
    FNAL_50_ET_PLUS("urssaf.fnal.50_et_plus", "taux FNAL (50 agents et plus, déplafonné)", Unite.POURCENTAGE),
    FNAL_SEUIL_EFFECTIF("urssaf.fnal.seuil_effectif", "seuil d'effectif du FNAL", Unite.NOMBRE),
    VIEILLESSE_PLAFONNEE_SALARIAL("urssaf.vieillesse_plafonnee.salarial", "taux salarial vieillesse plafonnée",
            Unite.POURCENTAGE),
    VIEILLESSE_PLAFONNEE_PATRONAL("urssaf.vieillesse_plafonnee.patronal", "taux patronal vieillesse plafonnée",
            Unite.POURCENTAGE),
    VIEILLESSE_DEPLAFONNEE_SALARIAL("urssaf.vieillesse_deplafonnee.salarial", "taux salarial vieillesse déplafonnée",
            Unite.POURCENTAGE),
    VIEILLESSE_DEPLAFONNEE_PATRONAL("urssaf.vieillesse_deplafonnee.patronal", "taux patronal vieillesse déplafonnée",
            Unite.POURCENTAGE),

    IRCANTEC_A_SALARIAL("ircantec.tranche_a.salarial", "taux salarial IRCANTEC tranche A", Unite.POURCENTAGE),
    IRCANTEC_A_PATRONAL("ircantec.tranche_a.patronal", "taux patronal IRCANTEC tranche A", Unite.POURCENTAGE),
    IRCANTEC_B_SALARIAL("ircantec.tranche_b.salarial", "taux salarial IRCANTEC tranche B", Unite.POURCENTAGE),
    IRCANTEC_B_PATRONAL("ircantec.tranche_b.patronal", "taux patronal IRCANTEC tranche B", Unite.POURCENTAGE),
    IRCANTEC_B_PLAFOND("ircantec.tranche_b.plafond_en_pmss", "plafond de la tranche B IRCANTEC (en PMSS)",
            Unite.NOMBRE),

    CSG_ASSIETTE("csg.assiette", "part du brut soumise à la CSG et à la CRDS", Unite.POURCENTAGE),
    CSG_DEDUCTIBLE("csg.deductible", "taux de la CSG déductible", Unite.POURCENTAGE),
    CSG_NON_DEDUCTIBLE("csg.non_deductible", "taux de la CSG non déductible", Unite.POURCENTAGE),
    CRDS("crds", "taux de la CRDS", Unite.POURCENTAGE),

    CNFPT("cnfpt.cotisation", "taux de la cotisation CNFPT", Unite.POURCENTAGE),
    CNFPT_APPRENTISSAGE("cnfpt.majoration_apprentissage", "taux de la majoration CNFPT apprentissage",
            Unite.POURCENTAGE),
    CDG("cdg.cotisation_obligatoire", "taux de la cotisation au centre de gestion", Unite.POURCENTAGE),
    ATIACL("atiacl", "taux de l'allocation temporaire d'invalidité (ATIACL)", Unite.POURCENTAGE),

    PSC_PREVOYANCE_MINIMUM("psc.prevoyance.participation_minimale",
            "participation minimale de l'employeur à la prévoyance complémentaire", Unite.EUROS, true),
    PSC_SANTE_MINIMUM("psc.sante.participation_minimale",
            "participation minimale de l'employeur à la complémentaire santé", Unite.EUROS, true),
    FORFAIT_SOCIAL_PREVOYANCE("psc.forfait_social.taux",
            "taux du forfait social sur les contributions de prévoyance complémentaire", Unite.POURCENTAGE),
    FORFAIT_SOCIAL_SEUIL("psc.forfait_social.seuil_effectif", "effectif à partir duquel le forfait social est dû",
            Unite.NOMBRE),

    TEMPS_PARTIEL_80_NUMERATEUR("temps_partiel.quotite_80.numerateur",
            "numérateur de la fraction de rémunération d'un temps partiel à 80 %", Unite.NOMBRE),
    TEMPS_PARTIEL_80_DENOMINATEUR("temps_partiel.quotite_80.denominateur",
            "dénominateur de la fraction de rémunération d'un temps partiel à 80 %", Unite.NOMBRE),
    TEMPS_PARTIEL_90_NUMERATEUR("temps_partiel.quotite_90.numerateur",
            "numérateur de la fraction de rémunération d'un temps partiel à 90 %", Unite.NOMBRE),
    TEMPS_PARTIEL_90_DENOMINATEUR("temps_partiel.quotite_90.denominateur",
            "dénominateur de la fraction de rémunération d'un temps partiel à 90 %", Unite.NOMBRE),
    MALADIE_JOURS_PLEIN_TRAITEMENT("maladie_ordinaire.jours_premiere_periode",
            "jours de maladie ordinaire à (plein) traitement sur une année glissante", Unite.NOMBRE),
    MALADIE_TAUX_PREMIERE_PERIODE("maladie_ordinaire.taux_premiere_periode",
            "part du traitement maintenue pendant les trois premiers mois de maladie ordinaire", Unite.POURCENTAGE),
    MALADIE_TAUX_DEMI_TRAITEMENT("maladie_ordinaire.taux_demi_traitement",
            "part du traitement maintenue au-delà des trois premiers mois de maladie ordinaire", Unite.POURCENTAGE),
    MALADIE_REDUCTION_REGIME_INDEMNITAIRE("maladie_ordinaire.regime_indemnitaire.part_de_la_reduction",
            "part de la réduction du traitement pour maladie ordinaire appliquée au régime indemnitaire",
            Unite.POURCENTAGE),
    JOURS_DE_CARENCE("maladie_ordinaire.jours_de_carence", "nombre de jours de carence par congé de maladie",
            Unite.NOMBRE),
    TRENTIEMES("liquidation.jours_par_mois", "nombre de jours d'un mois pour les retenues (trentièmes)",
            Unite.NOMBRE),
    HEURES_MENSUELLES("greve.heures_mensuelles_temps_complet",
            "heures mensuelles d'un temps complet pour une retenue de grève à l'heure", Unite.HEURES),

    PAS_TAUX_NEUTRE("pas.taux_neutre.metropole", "grille du taux neutre du prélèvement à la source (métropole)",
            Unite.BAREME);

    private final String code;
    private final String libelle;
    private final Unite unite;
    private final boolean regleDatee;

    CleParametre(String code, String libelle, Unite unite) {
        this(code, libelle, unite, false);
    }

    CleParametre(String code, String libelle, Unite unite, boolean regleDatee) {
        this.code = code;
        this.libelle = libelle;
        this.unite = unite;
        this.regleDatee = regleDatee;
    }

    /**
     * True for a rule that only exists from its first date of effect (a minimum the law set from a given day): before
     * it the parameter is absent, not missing.
     */
    public boolean regleDatee() {
        return regleDatee;
    }

    /** Key of the parameter in the data files. */
    public String code() {
        return code;
    }

    /** French label used in messages. */
    public String libelle() {
        return libelle;
    }

    public Unite unite() {
        return unite;
    }

    /** The parameter whose data file key is {@code code}, if the engine knows it. */
    public static Optional<CleParametre> depuisCode(String code) {
        return Arrays.stream(values()).filter(cle -> cle.code.equals(code)).findFirst();
    }
}
