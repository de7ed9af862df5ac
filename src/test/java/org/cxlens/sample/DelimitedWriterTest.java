package org.cxlens.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DelimitedWriterTest {

    @Test
    void quotesOnlyFieldsThatNeedIt() throws IOException {
        StringWriter out = new StringWriter();
        DelimitedWriter csv = new DelimitedWriter(out, ',', "\r\n");
        csv.field("plain");
        csv.field("a, b");
        csv.field("say \"hi\"");
        csv.field("two\nlines");
        csv.field(7);
        csv.field(1234);
        csv.empty();
        csv.field((String) null);
        csv.endRow();
        csv.field("x;y");
        csv.endRow();

        assertThat(out.toString())
                .isEqualTo("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",7,1234,,\r\nx;y\r\n");
    }

    @Test
    void quotesTheSemicolonWhenItIsTheDelimiter() throws IOException {
        StringWriter out = new StringWriter();
        DelimitedWriter csv = new DelimitedWriter(out, ';', "\n");
        csv.field("x;y");
        csv.field("a,b");
        csv.endRow();

        assertThat(out.toString()).isEqualTo("\"x;y\";a,b\n");
    }
}
