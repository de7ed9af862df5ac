package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Scale;
import org.junit.jupiter.api.Test;

/** The mapping reference's example is a mapping this version reads, not prose that drifts. */
class MappingReferenceTest {

    @Test
    void theReferencesExampleReadsAsWritten() throws Exception {
        String page = Files.readString(Path.of("src", "docs", "mapping.md"));
        int start = page.indexOf("```json\n") + "```json\n".length();
        String example = page.substring(start, page.indexOf("```", start));

        Mapping m = MappingProfile.fromJson(example, "mapping.md");

        assertThat(m.columns()).hasSize(5);
        ColumnMapping block = m.column("Q5_*");
        assertThat(block.role()).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        assertThat(block.scale()).isEqualTo(Scale.of(1, 5));
        assertThat(block.missingCodes()).containsExactly("0", "6");
    }
}
