package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.Touchpoint;
import org.junit.jupiter.api.Test;

class CommentTopicsTest {

    private static final List<Touchpoint> TOUCHPOINTS = List.of(touchpoint(0, "Delivery"),
            touchpoint(1, "Delivery time"), touchpoint(2, "Installation"), touchpoint(3, "Levering"));

    @Test
    void aQuestionIsAboutTheOneTouchpointItNames() {
        assertThat(CommentTopics.of(List.of(
                "Comment [Installation]",
                "Comment [delivery]",
                "Toelichting levering",
                "Any remarks on the delivery time?",
                "Comment",
                "Delivery or installation: what went wrong?",
                "Redelivery notes"), TOUCHPOINTS))
                .containsExactly(2, 0, 3, 1, -1, -1, -1);
    }

    private static Touchpoint touchpoint(int slot, String name) {
        return new Touchpoint(slot + 1, slot, name, null, MomentType.STANDARD, slot + 1, Scale.of(0, 10), null);
    }
}
