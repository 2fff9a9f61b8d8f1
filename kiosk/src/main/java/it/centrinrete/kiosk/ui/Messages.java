package it.centrinrete.kiosk.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Everything a person reads or hears, in Italian, from {@code messages.properties}. */
public final class Messages {
    private static final Messages ITALIAN = new Messages(ResourceBundle.getBundle("it.centrinrete.kiosk.ui.messages", Locale.ITALIAN));

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages italian() {
        return ITALIAN;
    }

    /** The text for {@code key}; with arguments it is a {@link MessageFormat} pattern (write apostrophes as ’). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ITALIAN).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The sentence for a server's refusal by its machine code ({@code refusal.<code>}), else the one for {@code fallbackKey}. */
    public String refusal(String code, String fallbackKey) {
        return code != null && has("refusal." + code) ? get("refusal." + code) : get(fallbackKey);
    }
}
