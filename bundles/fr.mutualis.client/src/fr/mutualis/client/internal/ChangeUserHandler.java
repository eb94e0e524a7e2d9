package fr.mutualis.client.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;

/** Fichier > Changer d'utilisateur ou de serveur: asks the session to close the connection and log in again. */
public final class ChangeUserHandler {

    @Execute
    void execute(IEventBroker events) {
        events.post(SessionAddon.CHANGE_USER_TOPIC, null);
    }
}
