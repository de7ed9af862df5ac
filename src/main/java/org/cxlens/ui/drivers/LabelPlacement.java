package org.cxlens.ui.drivers;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the name labels of scatter points so that they cover neither each other nor other
 * points, as far as the room allows: each label tries the spots around its point, nearest first
 * (right, left, above, below, then the diagonals), and moves further out, with a leader line,
 * only when every near spot is taken. Labels are placed in the given order, so the first get
 * the best spots. Pure geometry, in the plot's pixel coordinates (y downwards).
 */
final class LabelPlacement {

    /** Further rings around the point; beyond the first, the label gets a leader line. */
    private static final double[] RINGS = {0, 14, 30};
    private static final double DIAGONAL = 0.7;
    /** Covered area (square pixels) below which a spot counts as free: box arithmetic leaves rounding crumbs. */
    private static final double FREE = 0.01;

    private LabelPlacement() {
    }

    record Box(double x, double y, double width, double height) {

        double overlap(Box other) {
            double w = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
            double h = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
            return w > 0 && h > 0 ? w * h : 0;
        }

        /** The part of the box outside 0..width × 0..height of the plot. */
        double outside(double plotWidth, double plotHeight) {
            return width * height - overlap(new Box(0, 0, plotWidth, plotHeight));
        }
    }

    /** A point to label: its centre and the size of its label. */
    record Label(double x, double y, double width, double height) {
    }

    /** Where a label goes (its top-left corner), and whether it is far enough from its point to need a leader line. */
    record Spot(double x, double y, boolean leader) {
    }

    /**
     * @param radius    of every point, which labels keep clear of
     * @param obstacles other things labels should avoid (quadrant names); overlapping them costs less than a point
     * @return a spot per label, in the order given
     */
    static List<Spot> place(double plotWidth, double plotHeight, List<Label> labels, double radius, List<Box> obstacles) {
        List<Box> points = labels.stream()
                .map(l -> new Box(l.x() - radius, l.y() - radius, 2 * radius, 2 * radius)).toList();
        List<Box> taken = new ArrayList<>();
        List<Spot> spots = new ArrayList<>();
        for (Label label : labels) {
            Box best = null;
            boolean bestLeader = false;
            double bestCost = Double.POSITIVE_INFINITY;
            search:
            for (int ring = 0; ring < RINGS.length; ring++) {
                for (Box candidate : candidates(label, radius + 3 + RINGS[ring])) {
                    double cost = cost(candidate, taken, points, obstacles, plotWidth, plotHeight) + ring;
                    if (cost < bestCost) {
                        best = candidate;
                        bestCost = cost;
                        bestLeader = ring > 0;
                    }
                    if (cost - ring < FREE) {
                        break search;
                    }
                }
            }
            taken.add(best);
            spots.add(new Spot(best.x(), best.y(), bestLeader));
        }
        return spots;
    }

    private static List<Box> candidates(Label l, double d) {
        double w = l.width();
        double h = l.height();
        double g = d * DIAGONAL;
        return List.of(
                new Box(l.x() + d, l.y() - h / 2, w, h),
                new Box(l.x() - d - w, l.y() - h / 2, w, h),
                new Box(l.x() - w / 2, l.y() - d - h, w, h),
                new Box(l.x() - w / 2, l.y() + d, w, h),
                new Box(l.x() + g, l.y() - g - h, w, h),
                new Box(l.x() + g, l.y() + g, w, h),
                new Box(l.x() - g - w, l.y() - g - h, w, h),
                new Box(l.x() - g - w, l.y() + g, w, h));
    }

    /** Covered area, weighted by how much it hurts: leaving the plot and covering labels or points most. */
    private static double cost(Box candidate, List<Box> taken, List<Box> points, List<Box> obstacles,
                               double plotWidth, double plotHeight) {
        double cost = 4 * candidate.outside(plotWidth, plotHeight);
        for (Box other : taken) {
            cost += 3 * candidate.overlap(other);
        }
        for (Box point : points) {
            cost += 2 * candidate.overlap(point);
        }
        for (Box obstacle : obstacles) {
            cost += candidate.overlap(obstacle);
        }
        return cost;
    }
}
