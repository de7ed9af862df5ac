package org.cxlens.ui.start;

import java.nio.file.Path;

/**
 * One recent project on the start page.
 *
 * @param respondents the project's respondent count, or -1 while it is being read or when it
 *                    cannot be read
 * @param state       whether the count is known, still being read, or why it is not
 */
public record RecentFile(Path path, long respondents, State state) {

    public enum State { COUNTING, COUNTED, MISSING, UNREADABLE }

    static RecentFile counting(Path path) {
        return new RecentFile(path, -1, State.COUNTING);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public boolean missing() {
        return state == State.MISSING;
    }
}
