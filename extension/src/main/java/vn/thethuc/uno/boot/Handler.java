package vn.thethuc.uno.boot;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XFrame;

/**
 * Implemented by the Java 21 part of the extension; the protocol handler loads it by name only
 * after it has checked that the JVM can run it.
 */
public interface Handler {
    String IMPLEMENTATION = "vn.thethuc.uno.CommandDispatcher";

    /** Runs {@code command} (the path of a {@code vnd.thethuc:} URL) for the document in {@code frame}. */
    Outcome handle(String command, XFrame frame, PropertyValue[] args, Ui ui);
}
