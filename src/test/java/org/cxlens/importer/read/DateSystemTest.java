package org.cxlens.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateSystemTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<workbookPr date1904=\"1\"/>|true",
            "<workbookPr date1904=\"true\" defaultThemeVersion=\"124226\"/>|true",
            "<workbookPr defaultThemeVersion=\"124226\" date1904='1'/>|true",
            "<x:workbookPr date1904=\"TRUE\"/>|true",
            "<workbookPr date1904=\"0\"/>|false",
            "<workbookPr date1904=\"false\"/>|false",
            "<workbookPr defaultThemeVersion=\"124226\"/>|false",
            "<workbookView date1904=\"1\"/><workbookPr/>|false",
            "<sheets/>|false"})
    void theFlagIsAnXmlSchemaBoolean(String xml, boolean uses1904) {
        assertThat(DateSystem.uses1904("<workbook>" + xml + "</workbook>")).isEqualTo(uses1904);
    }
}
