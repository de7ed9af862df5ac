package org.cxlens.ui.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacementTest {

    private static final double RADIUS = 6;

    private static List<LabelPlacement.Box> boxes(List<LabelPlacement.Label> labels, List<LabelPlacement.Spot> spots) {
        List<LabelPlacement.Box> boxes = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            boxes.add(new LabelPlacement.Box(spots.get(i).x(), spots.get(i).y(), labels.get(i).width(),
                    labels.get(i).height()));
        }
        return boxes;
    }

    @Test
    void aLonePointIsLabelledOnItsRightWithoutALeader() {
        List<LabelPlacement.Spot> spots = LabelPlacement.place(400, 300,
                List.of(new LabelPlacement.Label(100, 100, 60, 16)), RADIUS, List.of());

        // radius 6 + 3 pixels clear of the point, vertically centred on it
        assertThat(spots.get(0)).isEqualTo(new LabelPlacement.Spot(109, 92, false));
    }

    @Test
    void roundingCrumbsOfTheBoxArithmeticDoNotPushALabelOffItsFirstSpot() {
        // 95.3 + 55.7 − 95.3 is not exactly 55.7 in doubles
        List<LabelPlacement.Spot> spots = LabelPlacement.place(985.1, 300.7,
                List.of(new LabelPlacement.Label(86.3, 100.1, 55.7, 16.4)), RADIUS, List.of());

        assertThat(spots.get(0).x()).isEqualTo(86.3 + RADIUS + 3);
    }

    @Test
    void aPointAtTheRightEdgeIsLabelledOnItsLeft() {
        List<LabelPlacement.Spot> spots = LabelPlacement.place(400, 300,
                List.of(new LabelPlacement.Label(390, 100, 60, 16)), RADIUS, List.of());

        assertThat(spots.get(0).x() + 60).isLessThanOrEqualTo(390 - RADIUS);
    }

    @Test
    void crowdedPointsGetLabelsThatOverlapNeitherEachOtherNorAnyPointAndStayInThePlot() {
        List<LabelPlacement.Label> labels = List.of(
                new LabelPlacement.Label(200, 150, 110, 16), new LabelPlacement.Label(210, 156, 90, 16),
                new LabelPlacement.Label(195, 162, 120, 16), new LabelPlacement.Label(215, 140, 70, 16),
                new LabelPlacement.Label(205, 170, 100, 16));

        List<LabelPlacement.Box> placed = boxes(labels, LabelPlacement.place(500, 320, labels, RADIUS, List.of()));

        for (int i = 0; i < placed.size(); i++) {
            LabelPlacement.Box box = placed.get(i);
            assertThat(box.outside(500, 320)).isZero();
            for (int j = 0; j < placed.size(); j++) {
                if (j != i) {
                    assertThat(box.overlap(placed.get(j))).as("label %d over label %d", i, j).isZero();
                }
                LabelPlacement.Label point = labels.get(j);
                assertThat(box.overlap(new LabelPlacement.Box(point.x() - RADIUS, point.y() - RADIUS, 2 * RADIUS,
                        2 * RADIUS))).as("label %d over point %d", i, j).isZero();
            }
        }
    }

    @Test
    void aLabelAvoidsAnObstacleWhenAnotherSpotIsFree() {
        LabelPlacement.Box quadrantName = new LabelPlacement.Box(105, 85, 80, 30);

        List<LabelPlacement.Spot> spots = LabelPlacement.place(400, 300,
                List.of(new LabelPlacement.Label(100, 100, 60, 16)), RADIUS, List.of(quadrantName));

        assertThat(new LabelPlacement.Box(spots.get(0).x(), spots.get(0).y(), 60, 16).overlap(quadrantName)).isZero();
        assertThat(spots.get(0).leader()).isFalse();
    }
}
