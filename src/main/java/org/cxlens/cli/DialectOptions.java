package org.cxlens.cli;

import java.nio.charset.Charset;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.importer.DialectNames;
import org.cxlens.importer.DialectOverrides;
import picocli.CommandLine.Option;

/** {@code --encoding}, {@code --delimiter} and {@code --decimal}: the CSV dialect parts the user fixes. */
final class DialectOptions {

    @Option(names = "--encoding", paramLabel = "NAME", descriptionKey = "encoding")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", descriptionKey = "delimiter")
    String delimiter;

    @Option(names = "--decimal", paramLabel = ".|,", descriptionKey = "decimal")
    String decimal;

    DialectOverrides overrides() throws CxLensException {
        Charset charset = encoding == null ? null : DialectNames.encoding(encoding);
        if (encoding != null && charset == null) {
            throw new CxLensException(Message.of("cli.option.badEncoding", encoding));
        }
        Character d = delimiter == null ? null : DialectNames.delimiter(delimiter);
        if (delimiter != null && d == null) {
            throw new CxLensException(Message.of("cli.option.badDelimiter", delimiter));
        }
        Character mark = decimal == null ? null : DialectNames.decimalSeparator(decimal);
        if (decimal != null && mark == null) {
            throw new CxLensException(Message.of("cli.option.badDecimal", decimal));
        }
        return new DialectOverrides(charset, d, mark);
    }
}
