package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JourneyOrderTest {

    @Test
    void consistentObservationsGiveTheTopologicalOrder() {
        JourneyOrder journey = new JourneyOrder();
        // First seen: 0 Website, 1 Delivery, 2 Advice, 3 Invoice. Rows: W→D, W→A→D→I, A→I.
        journey.observe(0, 1);
        journey.observe(0, 2);
        journey.observe(2, 1);
        journey.observe(1, 3);
        journey.observe(2, 3);

        assertThat(journey.order(4)).containsExactly(0, 2, 1, 3);
    }

    @Test
    void withoutObservationsTheFirstSeenComesFirst() {
        assertThat(new JourneyOrder().order(3)).containsExactly(0, 1, 2);
    }

    @Test
    void contradictionsAreSettledByTheMajority() {
        JourneyOrder journey = new JourneyOrder();
        // Two respondents answered 1 before 0, one answered 0 before 1.
        journey.observe(0, 1);
        journey.observe(1, 0);
        journey.observe(1, 0);

        assertThat(journey.order(2)).containsExactly(1, 0);
    }
}
