package org.cxlens.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.Progress;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Plain wide XLSX ({@link PlainWideLayout}) on one sheet "Responses", dates as date cells. */
final class PlainWideXlsxWriter implements SampleWriter {

    @Override
    public void write(OutputStream out, SurveyGenerator respondents, Progress progress)
            throws IOException, CancelledException {
        Workbook workbook = Xlsx.workbook(out);
        Worksheet sheet = workbook.newWorksheet("Responses");
        Language language = respondents.options().language();
        List<String> header = PlainWideLayout.header(respondents.journey());
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        int total = respondents.count();
        int row = 0;
        while (respondents.hasNext()) {
            Respondent r = respondents.next();
            row++;
            int c = 0;
            sheet.value(row, c++, r.number());
            sheet.value(row, c++, r.wave().label());
            Xlsx.date(sheet, row, c++, r.start().toLocalDate());
            for (int t = 0; t < r.touchpointCount(); t++, c++) {
                if (r.met(t)) {
                    sheet.value(row, c, r.score(t, PlainWideLayout.SCALE_MIN, PlainWideLayout.SCALE_MAX));
                }
            }
            sheet.value(row, c++, r.overall(PlainWideLayout.SCALE_MIN, PlainWideLayout.SCALE_MAX));
            sheet.value(row, c++, r.recommend());
            sheet.value(row, c++, r.region().label(language));
            sheet.value(row, c++, r.channel().label(language));
            sheet.value(row, c++, r.customerType().label(language));
            if (r.comment() != null) {
                sheet.value(row, c, r.comment());
            }
            Xlsx.flushNow(sheet, row);
            SampleWriter.tick(row, total, progress);
        }
        workbook.finish();
    }
}
