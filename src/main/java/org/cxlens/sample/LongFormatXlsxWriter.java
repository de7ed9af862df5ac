package org.cxlens.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.Progress;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Long-format XLSX: one row per respondent × touchpoint met, in journey order. Score and overall
 * satisfaction on 1–7, recommend 0–10; overall, recommend and segment (customer type) repeat on
 * each row of the respondent, the comment only on the respondent's first row. A respondent who
 * met no touchpoint has no rows.
 */
final class LongFormatXlsxWriter implements SampleWriter {

    static final List<String> HEADER = List.of("RespondentID", "Wave", "Date", "Department", "Touchpoint", "Score",
            "Expectation", "Overall satisfaction", "Recommend", "Segment", "Comment");

    @Override
    public void write(OutputStream out, SurveyGenerator respondents, Progress progress)
            throws IOException, CancelledException {
        Workbook workbook = Xlsx.workbook(out);
        Worksheet sheet = workbook.newWorksheet("Responses");
        Language language = respondents.options().language();
        Journey journey = respondents.journey();
        for (int c = 0; c < HEADER.size(); c++) {
            sheet.value(0, c, HEADER.get(c));
        }
        int total = respondents.count();
        int done = 0;
        int row = 0;
        while (respondents.hasNext()) {
            Respondent r = respondents.next();
            String id = String.format(Locale.ROOT, "RSP-%05d", r.number());
            boolean first = true;
            for (int t = 0; t < r.touchpointCount(); t++) {
                if (!r.met(t)) {
                    continue;
                }
                row++;
                JourneyStep step = journey.step(t);
                Expectation e = r.expectation(t);
                sheet.value(row, 0, id);
                sheet.value(row, 1, r.wave().label());
                Xlsx.date(sheet, row, 2, r.start().toLocalDate());
                sheet.value(row, 3, step.department(language));
                sheet.value(row, 4, step.name(language));
                sheet.value(row, 5, r.score(t, 1, 7));
                if (e != null) {
                    sheet.value(row, 6, Labels.expectation(language, e));
                }
                sheet.value(row, 7, r.overall(1, 7));
                sheet.value(row, 8, r.recommend());
                sheet.value(row, 9, r.customerType().label(language));
                if (first && r.comment() != null) {
                    sheet.value(row, 10, r.comment());
                }
                first = false;
                Xlsx.flushNow(sheet, row);
            }
            SampleWriter.tick(++done, total, progress);
        }
        workbook.finish();
    }
}
