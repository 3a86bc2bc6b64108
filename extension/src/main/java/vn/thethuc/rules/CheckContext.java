package vn.thethuc.rules;

import vn.thethuc.profile.Nd30Profile;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.recognize.Structure;

/** What every rule may read. {@code inputs} holds extra inputs by type (a parent feed, …). */
public record CheckContext(DocumentSnapshot document, Structure structure, Nd30Profile profile, CheckMode mode,
        LocalDate today, Map<Class<?>, Object> inputs) {

    public CheckContext {
        inputs = Map.copyOf(inputs);
    }

    public <T> Optional<T> input(Class<T> type) {
        return Optional.ofNullable(type.cast(inputs.get(type)));
    }

    public boolean issuing() {
        return mode == CheckMode.ISSUE;
    }
}
