package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;
import org.cxlens.importer.HeaderLayout;
import org.junit.jupiter.api.Test;

class MappingCatalogueTest {

    private final Mapping suggested = new Mapping(Shape.WIDE, HeaderLayout.SINGLE, null, List.of(
            ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID),
            ColumnMapping.touchpointScore("Levering", "Levering", Scale.of(1, 10), 1),
            ColumnMapping.touchpointExpectation("Verwachting Levering", "levering", 1),
            ColumnMapping.touchpointScore("Factuur", "Factuur", Scale.of(1, 10), 2)), null, null);

    @Test
    void catalogueSetsOwnerMomentOrderAndScaleOfItsTouchpoints() {
        Mapping m = suggested.withCatalogue(List.of(
                new TouchpointSpec("Levering", "Logistiek", MomentType.MOMENT_OF_TRUTH, 5, Scale.of(0, 10))));

        ColumnMapping score = m.column("Levering");
        assertThat(score.department()).isEqualTo("Logistiek");
        assertThat(score.momentType()).isEqualTo(MomentType.MOMENT_OF_TRUTH);
        assertThat(score.journeyOrder()).isEqualTo(5);
        assertThat(score.scale()).isEqualTo(Scale.of(0, 10));
        // The expectation item joins its touchpoint (name matched regardless of case) but keeps no scale.
        ColumnMapping expectation = m.column("Verwachting Levering");
        assertThat(expectation.touchpoint()).isEqualTo("Levering");
        assertThat(expectation.department()).isEqualTo("Logistiek");
        assertThat(expectation.scale()).isNull();
        // Touchpoints the catalogue does not name, and other roles, are left alone.
        assertThat(m.column("Factuur")).isEqualTo(suggested.column("Factuur"));
        assertThat(m.column("ID")).isEqualTo(suggested.column("ID"));
    }
}
