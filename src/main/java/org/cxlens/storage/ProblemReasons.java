package org.cxlens.storage;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.cxlens.domain.Message;
import org.sqlite.Function;

/**
 * The SQL function {@code reason_in(reason_code, reason_args, language)}: a stored problem's
 * reason as the user reads it, so a search for words of a Dutch reason finds it. The table keeps
 * the English sentence; other languages are rendered from the code and arguments, which the
 * search does only when it has text to look for.
 */
final class ProblemReasons extends Function {

    static final String NAME = "reason_in";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemReasons() {
    }

    static void register(Connection c) throws SQLException {
        Function.create(c, NAME, new ProblemReasons(), 3, Function.FLAG_DETERMINISTIC);
    }

    @Override
    protected void xFunc() throws SQLException {
        String code = value_text(0);
        String args = value_text(1);
        Locale locale = Locale.forLanguageTag(value_text(2));
        try {
            Object[] values = JSON.readValue(args == null ? "[]" : args, new TypeReference<List<Object>>() { }).toArray();
            result(new Message(code, values).render(locale));
        } catch (java.io.IOException | RuntimeException unreadable) {
            // A reason that cannot be rendered is still found by its stored English text.
            result("");
        }
    }
}
