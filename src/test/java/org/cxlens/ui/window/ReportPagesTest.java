package org.cxlens.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.cxlens.workspace.ReportPage;
import org.junit.jupiter.api.Test;

class ReportPagesTest {

    /** A report opens on its page by name: every page of the window can be one, and only those. */
    @Test
    void theReportPagesAreTheWindowsPagesInOrder() {
        assertThat(Arrays.stream(ReportPage.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(Page.values()).map(Enum::name).toList());
    }
}
