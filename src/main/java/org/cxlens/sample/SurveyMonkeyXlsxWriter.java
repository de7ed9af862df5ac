package org.cxlens.sample;

import java.io.IOException;
import java.io.OutputStream;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.Progress;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * SurveyMonkey XLSX export (FORMATS.md): two header rows. Metadata columns Respondent ID ...
 * Custom Data 1 (which carries the wave) have empty row-2 cells; each question block has its text
 * only in its first column of row 1 and {@code Response}, {@code Open-Ended Response} or the
 * matrix row labels (touchpoint names) in row 2. Overall satisfaction and the touchpoint matrix
 * use the 1–5 labels, recommend is 0–10 with labelled ends, dates are date-time cells.
 */
final class SurveyMonkeyXlsxWriter implements SampleWriter {

    private static final String[] METADATA = {"Respondent ID", "Collector ID", "Start Date", "End Date",
        "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1"};
    private static final long EMAIL_COLLECTOR = 431_288_107L;
    private static final long WEB_LINK_COLLECTOR = 431_288_342L;

    @Override
    public void write(OutputStream out, SurveyGenerator respondents, Progress progress)
            throws IOException, CancelledException {
        Workbook workbook = Xlsx.workbook(out);
        Worksheet sheet = workbook.newWorksheet("Sheet");
        Journey journey = respondents.journey();
        writeHeader(sheet, journey);
        int total = respondents.count();
        int done = 0;
        int row = 1;
        while (respondents.hasNext()) {
            Respondent r = respondents.next();
            row++;
            writeRow(sheet, row, r);
            Xlsx.flushNow(sheet, row);
            SampleWriter.tick(++done, total, progress);
        }
        workbook.finish();
    }

    private static void writeHeader(Worksheet sheet, Journey journey) {
        int c = 0;
        for (String name : METADATA) {
            sheet.value(0, c++, name);
        }
        c = block(sheet, c, "Overall, how satisfied are you with us?", "Response");
        c = block(sheet, c, "How likely is it that you would recommend us to a friend or colleague?", "Response");
        sheet.value(0, c, "How satisfied were you with each of the following?");
        for (JourneyStep step : journey.steps()) {
            sheet.value(1, c++, step.name());
        }
        c = block(sheet, c, "In which region do you live?", "Response");
        block(sheet, c, "Is there anything else you would like to tell us?", "Open-Ended Response");
    }

    private static int block(Worksheet sheet, int column, String question, String answer) {
        sheet.value(0, column, question);
        sheet.value(1, column, answer);
        return column + 1;
    }

    private static void writeRow(Worksheet sheet, int row, Respondent r) {
        Person person = r.person();
        int c = 0;
        sheet.value(row, c++, 11_400_000_000L + r.number() * 7L);
        sheet.value(row, c++, person == null ? WEB_LINK_COLLECTOR : EMAIL_COLLECTOR);
        Xlsx.dateTime(sheet, row, c++, r.start());
        Xlsx.dateTime(sheet, row, c++, r.end());
        sheet.value(row, c++, r.ipAddress());
        if (person != null) {
            sheet.value(row, c, person.email());
            sheet.value(row, c + 1, person.firstName());
            sheet.value(row, c + 2, person.lastName());
        }
        c += 3;
        sheet.value(row, c++, r.wave().label());
        sheet.value(row, c++, Labels.satisfaction(Language.ENGLISH, r.overall(1, 5)));
        int recommend = r.recommend();
        if (recommend == 0) {
            sheet.value(row, c++, Labels.NPS_LOW);
        } else if (recommend == 10) {
            sheet.value(row, c++, Labels.NPS_HIGH);
        } else {
            sheet.value(row, c++, recommend);
        }
        for (int t = 0; t < r.touchpointCount(); t++, c++) {
            if (r.met(t)) {
                sheet.value(row, c, Labels.satisfaction(Language.ENGLISH, r.score(t, 1, 5)));
            }
        }
        sheet.value(row, c++, r.region().label(Language.ENGLISH));
        if (r.comment() != null) {
            sheet.value(row, c, r.comment());
        }
    }
}
