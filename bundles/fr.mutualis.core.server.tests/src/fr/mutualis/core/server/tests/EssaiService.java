package fr.mutualis.core.server.tests;

import fr.mutualis.core.api.AuthenticatedOnly;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.Role;

/** A remote interface as a module would declare one, with valid and invalid permissions, for the access policy. */
public interface EssaiService {

    @Permission({ Role.SAISIE, Role.ORDONNATEUR })
    String saisir(String libelle, CollectiviteId collectivite);

    @Permission(value = Role.SAISIE, module = "essai")
    String saisirDansLeModule(CollectiviteId collectivite);

    @Permission(value = Role.SAISIE, module = "autre")
    String saisirDansUnAutreModule(CollectiviteId collectivite);

    @AuthenticatedOnly
    String quiSuisJe();

    /** No annotation: must be refused. */
    String sansPermission(CollectiviteId collectivite);

    /** A permission but no collectivity parameter: must be refused. */
    @Permission(Role.LECTURE)
    String sansCollectivite(String code);

    /** Both annotations: must be refused. */
    @Permission(Role.LECTURE)
    @AuthenticatedOnly
    String deuxAnnotations(CollectiviteId collectivite);

    /** Overloaded names cannot be told apart by permission: both must be refused. */
    @Permission(Role.LECTURE)
    String surcharge(CollectiviteId collectivite);

    @Permission(Role.LECTURE)
    String surcharge(CollectiviteId collectivite, int n);
}
