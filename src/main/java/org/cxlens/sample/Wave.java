package org.cxlens.sample;

import java.time.LocalDate;
import java.util.List;

/** A measurement wave: its label and the period in which its respondents answered (inclusive). */
public record Wave(String label, LocalDate start, LocalDate end) {

    public Wave {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("wave " + label + " ends before it starts");
        }
    }

    /** Two waves of 2025: the first quarter and the third quarter. */
    public static List<Wave> defaults() {
        return List.of(new Wave("2025-Q1", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 28)),
                new Wave("2025-Q3", LocalDate.of(2025, 7, 7), LocalDate.of(2025, 9, 26)));
    }
}
