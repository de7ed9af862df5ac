package org.cxlens.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Shared fastexcel plumbing: workbook creation, date cells and periodic flushing. */
final class Xlsx {

    /** Rows kept in memory before a flush; flushed rows can no longer change. */
    static final int FLUSH_INTERVAL = 1_000;

    private Xlsx() {
    }

    static Workbook workbook(OutputStream out) {
        return new Workbook(out, "CX Lens", "1.0");
    }

    static void date(Worksheet sheet, int row, int column, LocalDate value) {
        sheet.value(row, column, value);
        sheet.style(row, column).format("yyyy-mm-dd").set();
    }

    static void dateTime(Worksheet sheet, int row, int column, LocalDateTime value) {
        sheet.value(row, column, value);
        sheet.style(row, column).format("yyyy-mm-dd hh:mm:ss").set();
    }

    static void flushNow(Worksheet sheet, int row) throws IOException {
        if (row % FLUSH_INTERVAL == 0) {
            sheet.flush();
        }
    }
}
