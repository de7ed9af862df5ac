package org.cxlens.ui.project;

/** A change-log entry in words, as the table shows it. */
public record LogLine(String time, String what, String before, String after) {

    boolean contains(String lowerCaseText) {
        return (time + "\n" + what + "\n" + before + "\n" + after).toLowerCase(java.util.Locale.ROOT)
                .contains(lowerCaseText);
    }
}
