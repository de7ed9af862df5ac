package org.cxlens.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.Progress;

/** Plain wide CSV ({@link PlainWideLayout}): UTF-8 without BOM, comma, LF line ends. */
final class PlainWideCsvWriter implements SampleWriter {

    @Override
    public void write(OutputStream out, SurveyGenerator respondents, Progress progress)
            throws IOException, CancelledException {
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        DelimitedWriter csv = new DelimitedWriter(text, ',', "\n");
        Language language = respondents.options().language();
        csv.fields(PlainWideLayout.header(respondents.journey()));
        csv.endRow();
        int total = respondents.count();
        int done = 0;
        while (respondents.hasNext()) {
            Respondent r = respondents.next();
            csv.field(r.number());
            csv.field(r.wave().label());
            csv.field(Dates.iso(r.start().toLocalDate()));
            for (int t = 0; t < r.touchpointCount(); t++) {
                if (r.met(t)) {
                    csv.field(r.score(t, PlainWideLayout.SCALE_MIN, PlainWideLayout.SCALE_MAX));
                } else {
                    csv.empty();
                }
            }
            csv.field(r.overall(PlainWideLayout.SCALE_MIN, PlainWideLayout.SCALE_MAX));
            csv.field(r.recommend());
            csv.field(r.region().label(language));
            csv.field(r.channel().label(language));
            csv.field(r.customerType().label(language));
            csv.field(r.comment());
            csv.endRow();
            SampleWriter.tick(++done, total, progress);
        }
        text.flush();
    }
}
