package fr.mutualis.client.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;

/** Fichier > Se reconnecter au serveur: a new connection with this session's credentials, without a new login. */
public final class ReconnectHandler {

    @Execute
    void execute(IEventBroker events) {
        events.post(SessionAddon.RECONNECT_TOPIC, null);
    }
}
