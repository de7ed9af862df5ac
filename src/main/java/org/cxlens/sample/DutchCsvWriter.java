package org.cxlens.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.Progress;

/**
 * A hand-made Dutch export as Excel saves "CSV" in a Dutch locale: {@code ;}, Windows-1252, CRLF,
 * decimal commas. Rapportcijfer per touchpoint 1–10 (some respondents give half points such as
 * 7,5; "n.v.t." when not met), Verwachting per touchpoint (with "Weet niet"), Tevredenheid
 * algemeen as five labels, Aanbevelen 0–10, Regio, Kanaal, Toelichting; Datum as dd-mm-jjjj text.
 */
final class DutchCsvWriter implements SampleWriter {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public void write(OutputStream out, SurveyGenerator respondents, Progress progress)
            throws IOException, CancelledException {
        // REPORT rather than the default '?' replacement: a character Windows-1252 lacks is a bug here.
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, WINDOWS_1252.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .onMalformedInput(CodingErrorAction.REPORT)), 1 << 16);
        DelimitedWriter csv = new DelimitedWriter(text, ';', "\r\n");
        csv.fields(header(respondents.journey()));
        csv.endRow();
        int total = respondents.count();
        int done = 0;
        while (respondents.hasNext()) {
            writeRow(csv, respondents.next());
            SampleWriter.tick(++done, total, progress);
        }
        text.flush();
    }

    static List<String> header(Journey journey) {
        List<String> header = new ArrayList<>(List.of("Respondentnummer", "Meting", "Datum"));
        journey.steps().forEach(s -> header.add("Rapportcijfer " + s.dutchName()));
        journey.steps().forEach(s -> header.add("Verwachting " + s.dutchName()));
        header.addAll(List.of("Tevredenheid algemeen", "Aanbevelen", "Regio", "Kanaal", "Toelichting"));
        return header;
    }

    private static void writeRow(DelimitedWriter csv, Respondent r) throws IOException {
        csv.field(r.number());
        csv.field(r.wave().label());
        csv.field(Dates.dutch(r.start().toLocalDate()));
        for (int t = 0; t < r.touchpointCount(); t++) {
            csv.field(r.met(t) ? grade(r, t) : Labels.NOT_APPLICABLE_NL);
        }
        for (int t = 0; t < r.touchpointCount(); t++) {
            Expectation e = r.expectation(t);
            if (e != null) {
                csv.field(Labels.expectation(Language.DUTCH, e));
            } else {
                csv.field(r.met(t) ? Labels.DONT_KNOW_NL : null);
            }
        }
        csv.field(Labels.satisfaction(Language.DUTCH, r.overall(1, 5)));
        csv.field(r.recommend());
        csv.field(r.region().label(Language.DUTCH));
        csv.field(r.channel().label(Language.DUTCH));
        csv.field(r.comment());
        csv.endRow();
    }

    /** "8", or "7,5" for a respondent who grades in half points. */
    private static String grade(Respondent r, int t) {
        if (!r.halfPointGrader()) {
            return Integer.toString(r.score(t, 1, 10));
        }
        double grade = ScalePoints.halfPoints(r.score(t));
        int whole = (int) grade;
        return grade == whole ? Integer.toString(whole) : whole + ",5";
    }
}
