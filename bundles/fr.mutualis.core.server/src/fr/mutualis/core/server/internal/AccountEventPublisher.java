package fr.mutualis.core.server.internal;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.function.BiConsumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import fr.mutualis.core.api.SafeText;
import fr.mutualis.core.server.security.AccountEvents;

/**
 * Posts {@link AccountEvents#TOPIC} once the change is committed, so that the login's sessions end. EventAdmin
 * ({@code org.eclipse.equinox.event}) is started by the server product at level 2; should it be missing, the
 * administration keeps working and each lost event is logged as an error.
 */
@Component(service = AccountEventPublisher.class)
public final class AccountEventPublisher {

    private static final System.Logger LOG = System.getLogger(AccountEventPublisher.class.getName());

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    private volatile BiConsumer<String, String> changeRecorder;

    /** After a committed change of this node: its sessions of the login end, and so do the other nodes'. */
    void changed(String login, String reason) {
        postHere(login, reason);
        BiConsumer<String, String> recorder = changeRecorder;
        if (recorder != null) {
            recorder.accept(login, reason);
        }
    }

    void recordChangesWith(BiConsumer<String, String> recorder) {
        this.changeRecorder = recorder;
    }

    /** Ends the sessions of the login on this node (a change made here or, through {@link AccessChangeFeed}, elsewhere). */
    void postHere(String login, String reason) {
        EventAdmin admin = events;
        if (admin == null) {
            LOG.log(Level.ERROR, "No EventAdmin: the sessions of {0} do NOT end ({1})", SafeText.escape(login), reason);
            return;
        }
        LOG.log(Level.DEBUG, "Account {0}: {1}, its sessions end", SafeText.escape(login), reason);
        admin.postEvent(new Event(AccountEvents.TOPIC, Map.of(AccountEvents.LOGIN, login, AccountEvents.REASON,
                reason)));
    }
}
