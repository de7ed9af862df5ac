package org.cxlens.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes hostile XLSX files: a valid minimal workbook (content types, relationships, workbook,
 * styles, one sheet "Data") with one part made huge. Huge parts are streamed through
 * java.util.zip from a small repeated block, so a 5 GB part costs no memory, only deflating time.
 * Run {@link #main} to make the full-size files by hand.
 */
final class HostileWorkbooks {

    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";
    private static final String HEADER_ROW = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Id</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>Comment</t></is></c></row>";
    private static final String RELS_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            + "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            + "relationships/styles\" Target=\"styles.xml\"/>";
    private static final String RELS_END = "</Relationships>";

    /** Writes one part's content to the zip. */
    @FunctionalInterface
    interface PartContent {
        void write(OutputStream out) throws IOException;
    }

    private HostileWorkbooks() {
    }

    /** A sheet with a header row and one data row whose comment cell holds {@code chars} times 'a'. */
    static Path singleCell(Path file, long chars) throws IOException {
        return workbook(file, Map.of(SHEET, out -> {
            text(out, SHEET_START + HEADER_ROW + "<row r=\"2\"><c r=\"A2\"><v>1</v></c>"
                    + "<c r=\"B2\" t=\"inlineStr\"><is><t>");
            repeat(out, "a".getBytes(StandardCharsets.US_ASCII), chars);
            text(out, "</t></is></c></row>" + SHEET_END);
        }));
    }

    /**
     * A sheet of about {@code bytes} of numbered rows, each an id and a 5,000-character comment,
     * which pack about 300 times as the same text over and over does.
     */
    static Path rows(Path file, long bytes) throws IOException {
        byte[] comment = "x".repeat(5000).getBytes(StandardCharsets.US_ASCII);
        return workbook(file, Map.of(SHEET, out -> {
            text(out, SHEET_START + HEADER_ROW);
            long written = 0;
            for (int r = 2; written < bytes; r++) {
                String start = "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c><c r=\"B" + r
                        + "\" t=\"inlineStr\"><is><t>";
                text(out, start);
                out.write(comment);
                text(out, "</t></is></c></row>");
                written += start.length() + comment.length + 19;
            }
            text(out, SHEET_END);
        }));
    }

    /** The workbook's relationships part padded with {@code bytes} of spaces before its end. */
    static Path paddedRelationships(Path file, long bytes) throws IOException {
        return workbook(file, Map.of(WORKBOOK_RELS, out -> {
            text(out, RELS_START);
            repeat(out, " ".getBytes(StandardCharsets.US_ASCII), bytes);
            text(out, RELS_END);
        }));
    }

    /** A sheet with a header row and a data row whose last cell is in {@code lastColumn} ("XFD"). */
    static Path wideRow(Path file, String lastColumn) throws IOException {
        return workbook(file, Map.of(SHEET, out -> text(out, SHEET_START + HEADER_ROW
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"" + lastColumn + "2\"><v>7</v></c></row>" + SHEET_END)));
    }

    /**
     * Rewrites the central directory of {@code file} so that every entry declares it unpacks to
     * one byte, as a made zip can: readers that trust the directory then unpack without limit.
     */
    static void understateSizes(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer zip = channel.map(FileChannel.MapMode.READ_WRITE, 0, channel.size()).order(ByteOrder.LITTLE_ENDIAN);
            for (int at = 0; at + 46 <= zip.limit(); at++) {
                if (zip.getInt(at) == 0x02014b50) {
                    zip.putInt(at + 24, 1);
                }
            }
        }
    }

    private static Path workbook(Path file, Map<String, PartContent> replaced) throws IOException {
        Map<String, PartContent> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", out -> text(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.styles+xml\"/></Types>"));
        parts.put("_rels/.rels", out -> text(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        parts.put("xl/workbook.xml", out -> text(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        parts.put(WORKBOOK_RELS, out -> text(out, RELS_START + RELS_END));
        parts.put("xl/styles.xml", out -> text(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "</cellXfs></styleSheet>"));
        parts.put(SHEET, out -> text(out, SHEET_START + HEADER_ROW
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>fine</t></is></c></row>"
                + SHEET_END));
        parts.putAll(replaced);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, PartContent> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                part.getValue().write(zip);
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void text(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code count} copies of {@code unit}, written a megabyte at a time. */
    private static void repeat(OutputStream out, byte[] unit, long count) throws IOException {
        int perChunk = Math.max(1, (1 << 20) / unit.length);
        byte[] chunk = new byte[perChunk * unit.length];
        for (int i = 0; i < perChunk; i++) {
            System.arraycopy(unit, 0, chunk, i * unit.length, unit.length);
        }
        long left = count;
        while (left > 0) {
            int n = (int) Math.min(left, perChunk);
            out.write(chunk, 0, n * unit.length);
            left -= n;
        }
    }

    /** Makes the full-size files in a folder: {@code java ... HostileWorkbooks DIR}. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        singleCell(dir.resolve("cell-4gb.xlsx"), 4L << 30);
        rows(dir.resolve("rows-5gb.xlsx"), 5L << 30);
        paddedRelationships(dir.resolve("rels-1.5gb.xlsx"), 3L << 29);
    }
}
