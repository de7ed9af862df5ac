package org.cxlens.analysis;

/**
 * One column of cells (a touchpoint, or the respondents' own classification input) stored as
 * level ids: 16-bit when the levels fit, which halves the memory a counting pass streams.
 */
final class KeyedSeries {

    final char[] narrow;
    final int[] wide;
    final Levels levels;

    private KeyedSeries(char[] narrow, int[] wide, Levels levels) {
        this.narrow = narrow;
        this.wide = wide;
        this.levels = levels;
    }

    static KeyedSeries of(int[] ids, Levels levels) {
        if (levels.size() <= Character.MAX_VALUE + 1) {
            char[] narrow = new char[ids.length];
            for (int i = 0; i < ids.length; i++) {
                narrow[i] = (char) ids[i];
            }
            return new KeyedSeries(narrow, null, levels);
        }
        return new KeyedSeries(null, ids, levels);
    }

    int level(int respondent) {
        return narrow != null ? narrow[respondent] : wide[respondent];
    }
}
