package org.cxlens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * Rehearses, on the FX thread while the app waits for the user, the first use in this JVM of the
 * kinds of node a coming screen shows, so that the screen's own first frame runs code that has run
 * before (classes linked, lambdas bound, CSS, layout and text measurement past the interpreter):
 * cold, the first of a kind held the FX thread up for 50–200 ms in the pulse that showed it. A
 * {@link Script} makes, styles and lays out those nodes in a {@link Backstage}, a scene no window
 * shows, with the style sheets of the shown scene; its pieces run one after each pulse of the shown
 * scene ({@link PieceByPulse}), each a small part of the first cost, so none holds a pulse long.
 * The shown scene lends its pulses and style sheets, nothing else: none of its nodes is touched.
 * Off the FX thread this cannot be done: JavaFX measures text in a layout shared by every thread
 * (ADR 0006, ADR 0013).
 * <p>
 * When to rehearse is the caller's: it {@linkplain #resume resumes} while the user is not waiting
 * and {@linkplain #pause pauses} as soon as the user does something; the rehearsal goes on where it
 * paused. FX thread only.
 */
public final class Rehearsal {

    /** What a rehearsal rehearses: its pieces, in order, each small enough for a pulse. */
    @FunctionalInterface
    public interface Script {

        /** The pieces, which make, style and lay out their nodes in {@code backstage}. */
        List<Runnable> pieces(Backstage backstage);

        /** This script, then {@code last} in a pulse of its own. */
        default Script then(Runnable last) {
            return andThen(backstage -> List.of(last));
        }

        /** This script, then {@code next}. */
        default Script andThen(Script next) {
            return backstage -> Stream.concat(pieces(backstage).stream(), next.pieces(backstage).stream()).toList();
        }
    }

    /**
     * Where a script's nodes are: a scene no window shows, the size of the screen they rehearse.
     * Every specimen enters the same scene: JavaFX keeps the styles it matched per scene, so a
     * specimen styled after another reuses what they share instead of matching it all again
     * (measured: the overview's tabs or its empty page held 82–87 ms of FX work in one piece when
     * each specimen had a scene of its own).
     */
    public static final class Backstage {

        private final double width;
        private final double height;
        private final StackPane holder = new StackPane();
        private Scene scene;
        private Scene shown;
        private Parent root;

        private Backstage(double width, double height) {
            this.width = width;
            this.height = height;
        }

        /** Puts {@code root} in the backstage's scene, with the style sheets of the shown scene. */
        public void enter(Parent root) {
            this.root = root;
            if (scene == null) {
                scene = new Scene(holder, width, height);
            }
            if (!scene.getStylesheets().equals(shown.getStylesheets())) {
                scene.getStylesheets().setAll(shown.getStylesheets());
            }
            holder.getChildren().setAll(root);
        }

        /** Styles what is in the scene, making the skins of what was added since. */
        public void style() {
            root.applyCss();
        }

        /** Lays out what is in the scene, which makes a list's or table's cells. */
        public void layOut() {
            root.resize(width, height);
            root.layout();
        }

        /** Drops what is in the scene: the code it ran stays warm, and the styles it matched. */
        public void clear() {
            holder.getChildren().clear();
            root = null;
        }

        Scene scene() {
            return root == null ? null : scene;
        }
    }

    private final Backstage backstage;
    private final List<Runnable> pieces;
    private int next;
    private PieceByPulse running;

    public Rehearsal(double width, double height, Script script) {
        this.backstage = new Backstage(width, height);
        this.pieces = script.pieces(backstage);
    }

    /**
     * A script of specimens, each a content root in no scene, smallest first so that the first use
     * of each kind of node falls in a small one: each is made, put in the backstage (which matches
     * its nodes' styles), styled and laid out, a pulse each, then dropped. Made and put in within
     * one piece, the first chart held the FX thread 60–115 ms in some new JVMs.
     */
    public static Script specimens(List<Supplier<Parent>> specimens) {
        return backstage -> specimens.stream().flatMap(specimen -> rehearsed(backstage, specimen).stream()).toList();
    }

    /**
     * As {@link #specimens}, for one specimen made in two pulses: {@code first}, then {@code then}
     * on what it made; for a specimen whose making alone holds a pulse too long.
     */
    public static <T> Script specimen(Supplier<T> first, Function<T, Parent> then) {
        return backstage -> {
            List<T> half = new ArrayList<>(1);
            List<Runnable> pieces = new ArrayList<>();
            pieces.add(() -> half.add(first.get()));
            pieces.addAll(rehearsed(backstage, () -> then.apply(half.remove(0))));
            return pieces;
        };
    }

    private static List<Runnable> rehearsed(Backstage backstage, Supplier<Parent> specimen) {
        List<Parent> made = new ArrayList<>(1);
        return List.of(
                () -> made.add(specimen.get()),
                () -> backstage.enter(made.remove(0)),
                backstage::style,
                () -> {
                    backstage.layOut();
                    backstage.clear();
                });
    }

    /**
     * Goes on with the pieces not rehearsed yet, one after each pulse of {@code shown} (from the
     * pulse after its next layout), whose style sheets it uses.
     */
    public void resume(Scene shown) {
        if (running != null || finished()) {
            return;
        }
        backstage.shown = shown;
        running = PieceByPulse.start(shown, pieces.subList(next, pieces.size()).stream().<Runnable>map(piece -> () -> {
            next++;
            if (finished()) {
                running = null;
            }
            piece.run();
        }).toList());
    }

    /** Stops after the piece running now, if any; {@link #resume} goes on from there. */
    public void pause() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    public boolean finished() {
        return next == pieces.size();
    }

    /** How many pieces this rehearsal has done. */
    public int rehearsed() {
        return next;
    }

    /** The scene the rehearsal shows nothing in; null when nothing is in it. */
    public Scene scene() {
        return backstage.scene();
    }
}
