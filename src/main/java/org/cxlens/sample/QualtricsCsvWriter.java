package org.cxlens.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.Progress;

/**
 * Qualtrics "current format" CSV export (FORMATS.md): UTF-8 with BOM, CRLF, three header rows
 * (export tags, question text, ImportId JSON), data from row 4. Q1 overall satisfaction as choice
 * text, Q2 recommend 0–10, Q3_1..Q3_n touchpoint satisfaction 0–10, Q4_1..Q4_n expectation
 * labels, Q5_TEXT comment, then the embedded-data field Wave. Dates {@code 2025-03-14 09:30:00}
 * in Europe/Amsterdam.
 */
final class QualtricsCsvWriter implements SampleWriter {

    private static final String TIME_ZONE = "Europe/Amsterdam";
    private static final String SATISFACTION_QUESTION = "How satisfied were you with each part of your experience?";
    private static final String EXPECTATION_QUESTION = "How did each part compare with what you expected?";

    @Override
    public void write(OutputStream out, SurveyGenerator respondents, Progress progress)
            throws IOException, CancelledException {
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        text.write('\uFEFF');
        DelimitedWriter csv = new DelimitedWriter(text, ',', "\r\n");
        writeHeader(csv, respondents.journey());
        int total = respondents.count();
        int done = 0;
        while (respondents.hasNext()) {
            writeRow(csv, respondents.next());
            SampleWriter.tick(++done, total, progress);
        }
        text.flush();
    }

    private static void writeHeader(DelimitedWriter csv, Journey journey) throws IOException {
        List<String> tags = new ArrayList<>(List.of("StartDate", "EndDate", "Status", "IPAddress", "Progress",
                "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId", "RecipientLastName",
                "RecipientFirstName", "RecipientEmail", "ExternalReference", "LocationLatitude",
                "LocationLongitude", "DistributionChannel", "UserLanguage", "Q1", "Q2"));
        List<String> texts = new ArrayList<>(List.of("Start Date", "End Date", "Response Type", "IP Address",
                "Progress", "Duration (in seconds)", "Finished", "Recorded Date", "Response ID",
                "Recipient Last Name", "Recipient First Name", "Recipient Email", "External Data Reference",
                "Location Latitude", "Location Longitude", "Distribution Channel", "User Language",
                "Overall, how satisfied are you with us?",
                "How likely is it that you would recommend us to a friend or colleague?"));
        List<String> ids = new ArrayList<>(List.of(importId("startDate", true), importId("endDate", true),
                importId("status", false), importId("ipAddress", false), importId("progress", false),
                importId("duration", false), importId("finished", false), importId("recordedDate", true),
                importId("_recordId", false), importId("recipientLastName", false),
                importId("recipientFirstName", false), importId("recipientEmail", false),
                importId("externalDataReference", false), importId("locationLatitude", false),
                importId("locationLongitude", false), importId("distributionChannel", false),
                importId("userLanguage", false), importId("QID1", false), importId("QID2", false)));
        for (int q : new int[] {3, 4}) {
            for (int t = 0; t < journey.size(); t++) {
                tags.add("Q" + q + "_" + (t + 1));
                texts.add((q == 3 ? SATISFACTION_QUESTION : EXPECTATION_QUESTION) + " - " + journey.step(t).name());
                ids.add(importId("QID" + q + "_" + (t + 1), false));
            }
        }
        tags.add("Q5_TEXT");
        texts.add("Is there anything else you would like to tell us? - Text Entry");
        ids.add(importId("QID5_TEXT", false));
        tags.add("Wave");
        texts.add("Wave");
        ids.add(importId("Wave", false));
        for (List<String> row : List.of(tags, texts, ids)) {
            csv.fields(row);
            csv.endRow();
        }
    }

    private static String importId(String id, boolean withTimeZone) {
        return withTimeZone
                ? "{\"ImportId\":\"" + id + "\",\"timeZone\":\"" + TIME_ZONE + "\"}"
                : "{\"ImportId\":\"" + id + "\"}";
    }

    private static void writeRow(DelimitedWriter csv, Respondent r) throws IOException {
        String end = Dates.isoDateTime(r.end());
        Person person = r.person();
        csv.field(Dates.isoDateTime(r.start()));
        csv.field(end);
        csv.field("IP Address");
        csv.field(r.ipAddress());
        csv.field(100);
        csv.field(r.durationSeconds());
        csv.field("True");
        csv.field(end);
        csv.field(responseId(r.number()));
        csv.field(person == null ? null : person.lastName());
        csv.field(person == null ? null : person.firstName());
        csv.field(person == null ? null : person.email());
        csv.field(person == null ? null : "CRM-" + (100_000 + r.number()));
        csv.field(String.format(Locale.ROOT, "%.4f", r.latitude()));
        csv.field(String.format(Locale.ROOT, "%.4f", r.longitude()));
        csv.field(person == null ? "anonymous" : "email");
        csv.field("EN");
        csv.field(Labels.satisfaction(Language.ENGLISH, r.overall(1, 5)));
        csv.field(r.recommend());
        for (int t = 0; t < r.touchpointCount(); t++) {
            if (r.met(t)) {
                csv.field(r.score(t, 0, 10));
            } else {
                csv.empty();
            }
        }
        for (int t = 0; t < r.touchpointCount(); t++) {
            Expectation e = r.expectation(t);
            csv.field(e == null ? null : Labels.expectation(Language.ENGLISH, e));
        }
        csv.field(r.comment());
        csv.field(r.wave().label());
        csv.endRow();
    }

    /** "R_" and 15 letters and digits, like Qualtrics, derived from the respondent number. */
    static String responseId(int number) {
        String alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        long x = number * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        StringBuilder sb = new StringBuilder("R_");
        for (int i = 0; i < 15; i++) {
            x ^= x >>> 29;
            x *= 0xBF58476D1CE4E5B9L;
            sb.append(alphabet.charAt((int) Long.remainderUnsigned(x, alphabet.length())));
        }
        return sb.toString();
    }
}
