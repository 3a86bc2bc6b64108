package vn.thethuc.uno.boot;

/** Which Java runs the extension, and whether it is new enough. Java 8 source on purpose. */
public final class JavaRuntime {
    public static final int REQUIRED = 21;

    private JavaRuntime() {
    }

    /** The feature release of a {@code java.specification.version}: "1.8" → 8, "17" → 17. */
    public static int feature(String specificationVersion) {
        if (specificationVersion == null || specificationVersion.isEmpty()) {
            return 0;
        }
        String v = specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
    }

    public static int current() {
        return feature(System.getProperty("java.specification.version"));
    }

    public static boolean isSupported() {
        return current() >= REQUIRED;
    }

    /** For the message: "17.0.15 (Debian, /usr/lib/jvm/java-17-openjdk-amd64)". */
    public static String describe() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.home") + ")";
    }
}
