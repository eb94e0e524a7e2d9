package fr.mutualis.budget.server.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Today's date in France, which decides the journée complémentaire; tests give a fixed clock. */
@Component(service = Horloge.class)
public final class Horloge {

    private final Clock clock;

    @Activate
    public Horloge() {
        this(Clock.system(ZoneId.of("Europe/Paris")));
    }

    public Horloge(Clock clock) {
        this.clock = clock;
    }

    public LocalDate aujourdhui() {
        return LocalDate.now(clock);
    }

    public LocalDateTime maintenant() {
        return LocalDateTime.now(clock);
    }
}
