package org.cxlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.cxlens.domain.Progress;
import org.junit.jupiter.api.Test;

class PptxWriterTest {

    @Test
    void writesADeck() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PptxWriter().write(OfficeBooks.book(Locale.ENGLISH), null, out, Progress.NONE);
        Files.write(Path.of("/tmp/office-test.pptx"), out.toByteArray());
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(deck.getSlides()).hasSizeGreaterThan(8);
        }
    }
}
