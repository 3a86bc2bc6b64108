package vn.thethuc.uno.office;

import com.sun.star.beans.NamedValue;
import com.sun.star.deployment.XExtensionManager;
import com.sun.star.deployment.XPackage;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.task.XAbortChannel;
import com.sun.star.task.XInteractionApprove;
import com.sun.star.task.XInteractionContinuation;
import com.sun.star.task.XInteractionHandler;
import com.sun.star.task.XInteractionRequest;
import com.sun.star.ucb.XCommandEnvironment;
import com.sun.star.ucb.XProgressHandler;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Installs the .oxt into the profile of a running office through the ExtensionManager API — the
 * way that works as root too, where {@code unopkg} refuses anything but {@code --shared}.
 */
public final class Extensions {
    public static final String IDENTIFIER = "vn.thethuc.writer";

    private final Office office;

    public Extensions(Office office) {
        this.office = office;
    }

    private XExtensionManager manager() throws OfficeException {
        Object m = office.context().getValueByName("/singletons/com.sun.star.deployment.ExtensionManager");
        XExtensionManager em = UnoRuntime.queryInterface(XExtensionManager.class, m);
        if (em == null) {
            throw new OfficeException("no ExtensionManager");
        }
        return em;
    }

    /** The version of Thể Thức installed in {@code repository} ("user" or "shared"), if any. */
    public Optional<String> installedVersion(String repository) throws OfficeException {
        try {
            for (XPackage p : manager().getDeployedExtensions(repository, null, new Environment())) {
                if (p != null && IDENTIFIER.equals(p.getIdentifier().Value)) {
                    return Optional.of(p.getVersion());
                }
            }
            return Optional.empty();
        } catch (com.sun.star.uno.Exception e) {
            throw new OfficeException("cannot list extensions: " + e.getMessage(), e);
        }
    }

    /** Replaces any installed Thể Thức in {@code repository} by {@code oxt}; returns its version. */
    public String install(Path oxt, String repository) throws OfficeException {
        return install(oxt, repository, IDENTIFIER);
    }

    /** Replaces the extension {@code identifier} in {@code repository} by {@code oxt}; returns its version. */
    public String install(Path oxt, String repository, String identifier) throws OfficeException {
        XExtensionManager em = manager();
        Environment env = new Environment();
        try {
            remove(identifier, repository);
            XAbortChannel abort = em.createAbortChannel();
            XPackage added = em.addExtension(oxt.toAbsolutePath().toUri().toString(), new NamedValue[0],
                    repository, abort, env);
            if (added == null) {
                throw new OfficeException("LibreOffice refused " + oxt);
            }
            return added.getVersion();
        } catch (com.sun.star.uno.Exception e) {
            throw new OfficeException("cannot install " + oxt + ": " + e.getMessage(), e);
        }
    }

    /** Removes the extension {@code identifier} from {@code repository} if it is there. */
    public void remove(String identifier, String repository) throws OfficeException {
        XExtensionManager em = manager();
        Environment env = new Environment();
        try {
            for (XPackage p : em.getDeployedExtensions(repository, null, env)) {
                if (p != null && identifier.equals(p.getIdentifier().Value)) {
                    em.removeExtension(identifier, p.getName(), repository, null, env);
                }
            }
        } catch (com.sun.star.uno.Exception e) {
            throw new OfficeException("cannot remove " + identifier + ": " + e.getMessage(), e);
        }
    }

    /** Answers LibreOffice's questions during installation (licence, replace) with "yes". */
    private static final class Environment extends WeakBase implements XCommandEnvironment {
        @Override
        public XInteractionHandler getInteractionHandler() {
            return new Approver();
        }

        @Override
        public XProgressHandler getProgressHandler() {
            return null;
        }
    }

    private static final class Approver extends WeakBase implements XInteractionHandler {
        @Override
        public void handle(XInteractionRequest request) {
            for (XInteractionContinuation c : request.getContinuations()) {
                XInteractionApprove approve = UnoRuntime.queryInterface(XInteractionApprove.class, c);
                if (approve != null) {
                    approve.select();
                    return;
                }
            }
        }
    }
}
