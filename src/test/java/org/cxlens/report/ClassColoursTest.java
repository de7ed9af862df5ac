package org.cxlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The renderers' colours are the screen's: the looked-up colours -cx-<id> of the light theme, which the dark one keeps. */
class ClassColoursTest {

    @Test
    void everyColourEqualsTheCssOne() throws Exception {
        Map<String, String> css = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/org/cxlens/ui/theme-light.css")) {
            Matcher m = Pattern.compile("-cx-([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                css.put(m.group(1), m.group(2).toLowerCase());
            }
        }
        assertThat(ClassColours.ids()).containsExactlyInAnyOrder("indifferent", "satisfied", "delighted", "recovery");
        for (String id : ClassColours.ids()) {
            assertThat(ClassColours.hex(id)).as(id).isEqualTo(css.get(id));
        }
        try (InputStream in = getClass().getResourceAsStream("/org/cxlens/ui/theme-dark.css")) {
            String dark = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String id : ClassColours.ids()) {
                assertThat(dark).as("the dark theme keeps -cx-" + id).doesNotContain("-cx-" + id + ":");
            }
        }
    }
}
