package org.cxlens.workspace;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The pages a report file can open on, as the app's page list has them; stored by their
 * lower-case names, which the command line's {@code --page} takes.
 */
public enum ReportPage {
    OVERVIEW, TOUCHPOINTS, DEPARTMENTS, JOURNEY, DRIVERS, PRIORITIES, HEATMAP, TREND, COMMENTS, PROJECT;

    /** "journey" for JOURNEY. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The page of a stored or typed name, ignoring case. */
    public static Optional<ReportPage> named(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
