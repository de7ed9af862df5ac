package org.cxlens.sample;

/** The export layouts the sample package writes (FORMATS.md), with their file extension. */
public enum SampleLayout {
    /** One header row, UTF-8, comma; the layout of the benchmark and of {@code cxlens sample}. */
    PLAIN_CSV("csv"),
    /** The same columns as {@link #PLAIN_CSV} in an XLSX sheet, dates as date cells. */
    PLAIN_XLSX("xlsx"),
    /** Qualtrics CSV with three header rows and a BOM. */
    QUALTRICS_CSV("csv"),
    /** SurveyMonkey XLSX with two header rows and question blocks. */
    SURVEYMONKEY_XLSX("xlsx"),
    /** Dutch Excel CSV: semicolon, Windows-1252, decimal commas. */
    DUTCH_CSV("csv"),
    /** One row per respondent × touchpoint. */
    LONG_XLSX("xlsx");

    private final String extension;

    SampleLayout(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    SampleWriter writer() {
        return switch (this) {
            case PLAIN_CSV -> new PlainWideCsvWriter();
            case PLAIN_XLSX -> new PlainWideXlsxWriter();
            case QUALTRICS_CSV -> new QualtricsCsvWriter();
            case SURVEYMONKEY_XLSX -> new SurveyMonkeyXlsxWriter();
            case DUTCH_CSV -> new DutchCsvWriter();
            case LONG_XLSX -> new LongFormatXlsxWriter();
        };
    }
}
