package fr.mutualis.remote.tests;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.server.admin.Administration;

/** Communes made for one test run, under codes no real commune has (département 97x/98x, free at the time). */
final class TestCommunes {

    private TestCommunes() {
    }

    /**
     * A new commune with a free code starting with {@code prefixe} (two digits), named {@code nom} and the run's tag.
     */
    static CollectiviteId nouvelle(Administration admin, String prefixe, String nom, String run) {
        for (int i = 0; i < 1000; i++) {
            String code = String.format("%s%03d", prefixe, (int) (Math.random() * 1000));
            if (admin.count(code) == 0) {
                admin.add(code, nom + " " + run, CollectiviteKind.COMMUNE, 100, null);
                return new CollectiviteId(code);
            }
        }
        throw new IllegalStateException("no free test code");
    }
}
