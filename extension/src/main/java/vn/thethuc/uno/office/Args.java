package vn.thethuc.uno.office;

import com.sun.star.beans.PropertyValue;
import java.util.Optional;

/** The named arguments a command is dispatched with ({@code Office.property(…)} on the caller's side). */
public final class Args {
    private Args() {
    }

    /** The argument {@code name} when it is a string that is not blank. */
    public static Optional<String> get(PropertyValue[] args, String name) {
        if (args != null) {
            for (PropertyValue a : args) {
                if (name.equals(a.Name) && a.Value instanceof String s && !s.isBlank()) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }
}
