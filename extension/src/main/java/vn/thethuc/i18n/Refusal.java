package vn.thethuc.i18n;

/**
 * Input refused with a reason the user can read: the message key of the bundles and its arguments,
 * so that the same refusal is said in Vietnamese or English.
 */
public class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public Refusal(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }

    /** The reason in the language of {@code texts}. */
    public String message(Bundle texts) {
        return texts.text(key, args);
    }
}
