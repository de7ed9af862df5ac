package org.cxlens.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.SourceColumn;
import org.cxlens.importer.SourceRow;
import org.junit.jupiter.api.Test;

class HeaderColumnsTest {

    @Test
    void spreadsheetColumnLetters() {
        assertThat(HeaderColumns.columnLetter(0)).isEqualTo("A");
        assertThat(HeaderColumns.columnLetter(25)).isEqualTo("Z");
        assertThat(HeaderColumns.columnLetter(26)).isEqualTo("AA");
        assertThat(HeaderColumns.columnLetter(701)).isEqualTo("ZZ");
        assertThat(HeaderColumns.columnLetter(702)).isEqualTo("AAA");
    }

    @Test
    void generatedNamesDoNotCollideWithRealOnes() {
        SourceRow header = new SourceRow(1, new String[] {"Q1", "Q1 (2)", "Q1", "", "Column D"});

        List<SourceColumn> columns = HeaderColumns.build(HeaderLayout.SINGLE, List.of(header), 6);

        assertThat(columns).extracting(SourceColumn::name)
                .containsExactly("Q1", "Q1 (2)", "Q1 (3)", "Column D", "Column D (2)", "Column F");
    }
}
