package org.cxlens.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A user-visible sentence: a key into the {@code org.cxlens.messages} bundles (English and Dutch)
 * with its arguments, rendered only when shown, so core code never hard-codes user text. An
 * argument that is itself a Message is rendered in the same language (a phrase inside a sentence).
 */
public record Message(String key, Object... args) {

    public static final String BUNDLE = "org.cxlens.messages";
    /**
     * Only the requested language or the base (English) bundle: by default getBundle tries the
     * JVM's default locale before the base, so English text asked for in a Dutch JVM (log
     * messages, the stored problem reasons) came out Dutch.
     */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static Message of(String key, Object... args) {
        return new Message(key, args);
    }

    public String render(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
        try {
            Object[] shown = args.clone();
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] instanceof Message phrase) {
                    shown[i] = phrase.render(locale);
                }
            }
            return new MessageFormat(bundle.getString(key), locale).format(shown);
        } catch (MissingResourceException e) {
            return key + Arrays.toString(args);
        }
    }

    public String render() {
        return render(Locale.getDefault());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && key.equals(m.key) && Arrays.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }
}
