package org.cxlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlens.domain.ExperienceClass;
import org.junit.jupiter.api.Test;

/** The deliverables' colours are the screen's: the looked-up colours of the light theme. */
class ClassColoursTest {

    @Test
    void equalTheLightThemesLookedUpColours() throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/org/cxlens/ui/theme-light.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (ExperienceClass c : ExperienceClass.values()) {
            assertThat(ClassColours.of(c)).isEqualTo(lookedUp(css, ChartDescriptions.colourId(c)));
        }
        assertThat(ClassColours.RECOVERY).isEqualTo(lookedUp(css, "recovery"));
        assertThat(ClassColours.TEXT).isEqualTo(lookedUp(css, "text"));
        assertThat(ClassColours.TEXT_MUTED).isEqualTo(lookedUp(css, "text-muted"));
        assertThat(ClassColours.BORDER).isEqualTo(lookedUp(css, "border"));
    }

    @Test
    void theDarkThemeKeepsTheClassColoursAndThePdfGetsTheSameValues() throws IOException {
        String dark;
        try (InputStream in = getClass().getResourceAsStream("/org/cxlens/ui/theme-dark.css")) {
            dark = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String id : ClassColours.ids()) {
            assertThat(dark).as("the dark theme keeps -cx-" + id).doesNotContain("-cx-" + id + ":");
            assertThat(ClassColours.rgb(id)).isEqualTo(Integer.parseInt(ClassColours.of(id), 16));
        }
        assertThat(ClassColours.hex("delighted")).isEqualTo("#0072b2");
        assertThat(ClassColours.rgb(ChartMeasure.RECOVERY)).isEqualTo(0xd55e00);
    }

    @Test
    void stepsTheHeatmapFromLightSatisfiedToDarkDelighted() {
        assertThat(ClassColours.heat(3)).isEqualTo(ClassColours.SATISFIED);
        assertThat(ClassColours.heat(5)).isEqualTo(ClassColours.DELIGHTED);
        // Satisfied 56b4e9 80 % of the way to white: 86 + 0.8 × (255 − 86) = 221.2 → dd.
        assertThat(ClassColours.heat(0)).isEqualTo("ddf0fb");
        // Delighted 0072b2 52 % of the way to black: 114 × 0.48 = 54.7 → 37, 178 × 0.48 = 85.4 → 55.
        assertThat(ClassColours.heat(7)).isEqualTo("003755");
    }

    private static String lookedUp(String css, String id) {
        Matcher m = Pattern.compile("-cx-" + Pattern.quote(id) + ":\\s*#([0-9a-fA-F]{6});").matcher(css);
        assertThat(m.find()).as("-cx-" + id + " in the CSS").isTrue();
        return m.group(1).toLowerCase(java.util.Locale.ROOT);
    }
}
