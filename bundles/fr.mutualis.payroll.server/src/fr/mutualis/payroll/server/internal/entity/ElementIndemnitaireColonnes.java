package fr.mutualis.payroll.server.internal.entity;

import java.math.BigDecimal;

import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.NatureElement;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One régime indemnitaire line of an agent, as stored. */
@Embeddable
public class ElementIndemnitaireColonnes {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NatureElement nature;

    @Column(nullable = false)
    private String libelle;

    @Column(name = "montant_mensuel", nullable = false)
    private BigDecimal montantMensuel;

    protected ElementIndemnitaireColonnes() {
    }

    ElementIndemnitaireColonnes(ElementIndemnitaire element) {
        this.nature = element.nature();
        this.libelle = element.libelle();
        this.montantMensuel = element.montantMensuel();
    }

    ElementIndemnitaire valeur() {
        return new ElementIndemnitaire(nature, libelle, montantMensuel);
    }
}
