package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the month costs on one budget article of chapter 012 (M57), e.g. 64111 for the titulaires' traitement or 6453
 * for pension contributions.
 */
public record TotalArticle(String article, String libelle, BigDecimal montant) implements Serializable {

    /** Chapter of every payroll article: charges de personnel et frais assimilés. */
    public static final String CHAPITRE = "012";
}
