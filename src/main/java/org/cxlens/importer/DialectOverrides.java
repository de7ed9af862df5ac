package org.cxlens.importer;

import java.nio.charset.Charset;

/**
 * The parts of a CSV dialect the user fixed (on the command line or in the mapping file); each
 * null part is detected from the file.
 *
 * @param encoding         the charset to decode with, or null to sniff it
 * @param delimiter        the field delimiter, or null to sniff it
 * @param decimalSeparator '.' or ',', or null to sniff it
 */
public record DialectOverrides(Charset encoding, Character delimiter, Character decimalSeparator) {

    public static final DialectOverrides NONE = new DialectOverrides(null, null, null);

    /** These choices, each missing one taken from {@code lower} (the command line over the mapping file). */
    public DialectOverrides over(DialectOverrides lower) {
        return new DialectOverrides(encoding != null ? encoding : lower.encoding,
                delimiter != null ? delimiter : lower.delimiter,
                decimalSeparator != null ? decimalSeparator : lower.decimalSeparator);
    }

    public boolean isEmpty() {
        return encoding == null && delimiter == null && decimalSeparator == null;
    }
}
