package org.cxlens.importer;

import java.nio.charset.Charset;

/**
 * How a delimited text file is written: detected by sniffing, overridable by the user.
 *
 * @param decimalSeparator '.' or ',' (Dutch Excel writes decimal commas)
 */
public record CsvDialect(char delimiter, Charset charset, boolean bom, char decimalSeparator) {
}
