package org.cxlens.domain;

import java.util.Locale;

/**
 * An error the user must be told about in one clear sentence (what went wrong and where).
 * Carries a {@link Message} so the UI and CLI can show it in the user's language.
 */
public class CxLensException extends Exception {

    private final transient Message userMessage;

    public CxLensException(Message userMessage) {
        super(userMessage.render(Locale.ENGLISH));
        this.userMessage = userMessage;
    }

    public CxLensException(Message userMessage, Throwable cause) {
        super(userMessage.render(Locale.ENGLISH), cause);
        this.userMessage = userMessage;
    }

    public Message userMessage() {
        return userMessage;
    }

    @Override
    public String getLocalizedMessage() {
        return userMessage.render();
    }
}
