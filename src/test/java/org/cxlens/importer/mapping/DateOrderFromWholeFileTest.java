package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.importer.testing.Sheets.columns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxlens.domain.ColumnRole;
import org.cxlens.importer.Preview;
import org.cxlens.importer.SourceRow;
import org.cxlens.importer.testing.Sheets;
import org.junit.jupiter.api.Test;

/**
 * A Google Forms export in answer order: its first 500 timestamps (all different) fall on the 6th
 * to the 12th of a month, so they read day first as well as month first; only later rows (the
 * 13th on) settle it. The order must come from the whole file, as in the dev survey rstudio-learning-r-2018.
 */
class DateOrderFromWholeFileTest {

    private static final int EARLY = ColumnValues.MAX_DISTINCT + 100;

    private Suggestion suggest(List<String> timestamps) {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < timestamps.size(); i++) {
            rows.add(new SourceRow(2 + i, new String[] {timestamps.get(i), String.valueOf(1 + i % 5)}));
        }
        Preview p = Sheets.csv(columns("Timestamp", "How satisfied are you with our service?"), rows);
        return new MappingSuggester().suggest(p, FileProfile.of(p.sampleRows(), p.columns().size(), '.'));
    }

    private static List<String> early() {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < EARLY; i++) {
            t.add("12/" + (6 + i % 7) + "/2018 " + (i / 60 % 24) + ":" + String.format("%02d", i % 60) + ":" + String.format("%02d", i % 59));
        }
        return t;
    }

    @Test
    void laterDatesPastTheDistinctValueLimitSettleMonthFirst() {
        List<String> timestamps = early();
        timestamps.add("12/13/2018 1:07:19");
        timestamps.add("12/20/2018 3:16:52");

        Suggestion s = suggest(timestamps);

        assertThat(s.mapping().column("Timestamp").role()).isEqualTo(ColumnRole.DATE);
        assertThat(s.mapping().column("Timestamp").dateOrder()).isEqualTo(DateOrder.MONTH_DAY);
        assertThat(s.note("Timestamp").warnings()).extracting(w -> w.key()).doesNotContain("mapping.warning.dateOrderAmbiguous");
        assertThat(s.note("Timestamp").evidence()).extracting(e -> e.render(Locale.ENGLISH))
                .contains("the header names a date and every value reads as one (month before day, as in 12/31/2025)");
        assertThat(s.note("Timestamp").evidence()).extracting(e -> e.render(Locale.forLanguageTag("nl")))
                .contains("de kop noemt een datum en elke waarde is als datum te lezen (maand vóór dag, zoals in 12/31/2025)");
    }

    @Test
    void isoDatesNeedNoDayMonthOrderAndTheEvidenceSaysSo() {
        List<String> iso = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            iso.add("2018-12-" + String.format("%02d", 1 + i % 28) + " 10:00:00");
        }

        Suggestion s = suggest(iso);

        assertThat(s.mapping().column("Timestamp").role()).isEqualTo(ColumnRole.DATE);
        assertThat(s.note("Timestamp").evidence()).extracting(e -> e.render(Locale.ENGLISH)).contains("the header names "
                + "a date and every value reads as one (the year comes first or the cells hold dates, so no day–month order is needed)");
        assertThat(s.note("Timestamp").warnings()).extracting(w -> w.key()).doesNotContain("mapping.warning.dateOrderAmbiguous");
    }

    @Test
    void withoutSuchDatesTheOrderStaysAGuessWithItsWarning() {
        Suggestion s = suggest(early());

        assertThat(s.mapping().column("Timestamp").dateOrder()).isEqualTo(DateOrder.DAY_MONTH);
        assertThat(s.note("Timestamp").warnings()).extracting(w -> w.key()).contains("mapping.warning.dateOrderAmbiguous");
        assertThat(s.note("Timestamp").warnings()).extracting(w -> w.render(Locale.ENGLISH))
                .anySatisfy(w -> assertThat(w).contains("read as day before month, as in 31/12/2025; set dateOrder"));
    }
}
