package org.cxlens.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * "Save chart as PNG…" on a page's chart. The page offers a way to draw its chart afresh from the
 * figures it shows; the window asks for size and scale, the chart is drawn again in an off-screen
 * scene of that size with the window's style sheets (so in the current theme), snapshot on the FX
 * thread, and encoded and written off it.
 */
public final class ChartPicture {

    /** Fired from the chart up to the window when the user asks for a picture of it. */
    public static final EventType<Request> REQUESTED = new EventType<>(Event.ANY, "CHART_PICTURE");

    /** The node property under which a chart keeps the action of its "Save chart as PNG…". */
    private static final Object OFFER = new Object();

    /** The pixels of a drawn chart, ARGB by rows, free of JavaFX so they can be written on any thread. */
    public record Pixels(int width, int height, int[] argb) {
    }

    /**
     * A request for a picture of a chart.
     *
     * @param name        what the chart shows, for the file name ("Journey")
     * @param fresh       draws the chart again, or gives null when the page has none to show
     * @param styleClasses the window's style classes around the chart, so window-scoped rules apply
     * @param shownWidth  the chart's width on screen, offered as the picture's
     * @param shownHeight its height on screen
     */
    public static final class Request extends Event {

        private final transient String name;
        private final transient Supplier<Region> fresh;
        private final transient List<String> styleClasses;
        private final double shownWidth;
        private final double shownHeight;

        Request(String name, Supplier<Region> fresh, List<String> styleClasses, double shownWidth, double shownHeight) {
            super(REQUESTED);
            this.name = name;
            this.fresh = fresh;
            this.styleClasses = List.copyOf(styleClasses);
            this.shownWidth = shownWidth;
            this.shownHeight = shownHeight;
        }

        public String name() {
            return name;
        }

        public double shownWidth() {
            return shownWidth;
        }

        public double shownHeight() {
            return shownHeight;
        }

        /**
         * Draws the chart off-screen at {@code width} × {@code height} layout pixels with the style
         * sheets, and takes its picture at {@code scale} times that: {@code width·scale} pixels wide.
         * FX thread only. Null when the page has no chart to show.
         */
        public Pixels render(List<String> stylesheets, int width, int height, int scale) {
            Region chart = fresh.get();
            if (chart == null) {
                return null;
            }
            StackPane root = new StackPane(new Fitted(chart));
            root.getStyleClass().addAll(styleClasses);
            root.getStyleClass().add("chart-picture");
            Scene scene = new Scene(root, width, height);
            scene.getStylesheets().setAll(stylesheets);
            root.applyCss();
            root.layout();
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setTransform(Transform.scale(scale, scale));
            WritableImage image = root.snapshot(parameters, new WritableImage(width * scale, height * scale));
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            return new Pixels(w, h, argb);
        }
    }

    private static final List<String> WINDOW_CLASSES = List.of("main-window", "presentation");

    private ChartPicture() {
    }

    /**
     * Lays the chart out over the whole picture, but never below its minimum size: a picture
     * smaller than that (a wide table in a small picture) shows the whole chart scaled down, not cut off.
     */
    private static final class Fitted extends Region {

        private final Region chart;

        Fitted(Region chart) {
            this.chart = chart;
            getChildren().add(chart);
        }

        @Override
        protected double computeMinWidth(double height) {
            return 0;
        }

        @Override
        protected double computeMinHeight(double width) {
            return 0;
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            double minW = chart.minWidth(-1);
            double factor = Math.min(1, Math.min(w / Math.max(1, minW), h / Math.max(1, chart.minHeight(w))));
            chart.getTransforms().setAll(new Scale(factor, factor, 0, 0));
            chart.resizeRelocate(0, 0, w / factor, h / factor);
        }
    }

    /**
     * Gives {@code chart} a context menu with "Save chart as PNG…", which fires a {@link Request}
     * to the window with {@code fresh} to draw it again.
     */
    public static void offer(Node chart, String name, ResourceBundle bundle, Supplier<Region> fresh) {
        MenuItem save = new MenuItem(bundle.getString("chart.png.menu"));
        save.getStyleClass().add("chart-png-item");
        ContextMenu menu = new ContextMenu(save);
        save.setOnAction(e -> chart.fireEvent(new Request(name, fresh, windowStyleClasses(chart),
                chart.getLayoutBounds().getWidth(), chart.getLayoutBounds().getHeight())));
        chart.setOnContextMenuRequested(e -> {
            menu.show(chart, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        chart.getProperties().put(OFFER, (Runnable) save::fire);
    }

    /**
     * Asks for the first shown chart under {@code page} as a picture, as its context menu would
     * (File → Save this page's chart as PNG…); false when the page shows no chart that offers one.
     */
    public static boolean requestFirstIn(Node page) {
        Runnable offer = firstOffer(page);
        if (offer == null) {
            return false;
        }
        offer.run();
        return true;
    }

    /** Whether a shown chart under {@code page} can be saved as a picture. */
    public static boolean offersIn(Node page) {
        return firstOffer(page) != null;
    }

    private static Runnable firstOffer(Node node) {
        if (!node.isVisible()) {
            return null;
        }
        if (node.getProperties().get(OFFER) instanceof Runnable offer) {
            return offer;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Runnable found = firstOffer(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Writes the pixels as a PNG file; any thread. */
    public static void writePng(Pixels pixels, Path target) throws IOException {
        BufferedImage image = new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, pixels.width(), pixels.height(), pixels.argb(), 0, pixels.width());
        if (!ImageIO.write(image, "png", target.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    /** The window's style classes around the chart: presentation mode's larger type is in the picture too. */
    private static List<String> windowStyleClasses(Node chart) {
        List<String> classes = new ArrayList<>();
        for (Parent p = chart.getParent(); p != null; p = p.getParent()) {
            for (String c : p.getStyleClass()) {
                if (WINDOW_CLASSES.contains(c) && !classes.contains(c)) {
                    classes.add(c);
                }
            }
        }
        return classes;
    }
}
