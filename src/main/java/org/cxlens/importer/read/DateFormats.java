package org.cxlens.importer.read;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Whether a number format shows a date: the built-in date formats (ids 14–22, 45–47) and custom
 * formats with d, m, y, h or s outside quotes and brackets. Remembers the answer per format, since
 * a workbook has few formats and millions of cells.
 */
final class DateFormats {

    private final Map<Integer, Boolean> byId = new HashMap<>();

    boolean isDate(Integer formatId, String formatString) {
        if (formatId == null) {
            return false;
        }
        return byId.computeIfAbsent(formatId, id -> {
            String format = formatString != null ? formatString : BuiltinFormats.getBuiltinFormat(id);
            return DateUtil.isADateFormat(id, format);
        });
    }
}
