package org.cxlens.ui.classification;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Scale;
import org.cxlens.report.CutPointTexts;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.UnexpectedError;
import org.cxlens.workspace.OpenProject;

/**
 * State of the classification editor: three thresholds and the expectation rule as the sliders
 * and the switch set them, the cut points they give on every scale in use, and the figures of
 * that scheme under the window's filter. Holds no controls, so tests drive it without a window.
 *
 * <p>A slider moves faster than figures can be computed at a million respondents, so at most one
 * computation runs; when it ends, the latest scheme (if it moved meanwhile) is computed next, and
 * the schemes in between are skipped. Thresholds are kept in whole percent of the scale range,
 * the precision anyone reads them in. They keep their order: a threshold moved past another one
 * pushes it along.
 */
public final class ClassificationEditorViewModel {

    private static final double PERCENT = 100;

    private final TaskRunner runner;
    private final DoubleProperty delightedFrom = new SimpleDoubleProperty(ClassificationScheme.DEFAULT.delightedFrom());
    private final DoubleProperty satisfiedFrom = new SimpleDoubleProperty(ClassificationScheme.DEFAULT.satisfiedFrom());
    private final DoubleProperty recoveryBelow = new SimpleDoubleProperty(ClassificationScheme.DEFAULT.recoveryBelow());
    private final BooleanProperty expectationRule = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<ClassificationScheme> scheme = new ReadOnlyObjectWrapper<>(ClassificationScheme.DEFAULT);
    private final ReadOnlyObjectWrapper<ClassificationScheme> stored = new ReadOnlyObjectWrapper<>(ClassificationScheme.DEFAULT);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper differsFromDefaults = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<List<String>> cutPoints = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<ClassificationFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> moves = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private OpenProject project;
    private Filter filter = Filter.NONE;
    private ResourceBundle bundle;
    private List<Scale> scales = List.of();
    private boolean adjusting;
    private boolean computing;
    private boolean pending;
    private Runnable onApplied = () -> { };

    public ClassificationEditorViewModel(TaskRunner runner) {
        this.runner = runner;
        delightedFrom.addListener((obs, old, v) -> moved(delightedFrom));
        satisfiedFrom.addListener((obs, old, v) -> moved(satisfiedFrom));
        recoveryBelow.addListener((obs, old, v) -> moved(recoveryBelow));
        expectationRule.addListener((obs, old, v) -> moved(null));
        scheme.addListener((obs, old, s) -> schemeChanged());
        stored.addListener((obs, old, s) -> changed.set(!scheme.get().equals(s)));
    }

    /**
     * Shows a project's stored scheme and its figures under the filter, its words in the bundle's
     * language. Called again for a new filter or language: the sliders stay where they are.
     */
    public void open(OpenProject opened, Filter f, ResourceBundle words) {
        filter = f;
        bundle = words;
        problem.set("");
        if (opened != project) {
            // Without a project the sliders compute nothing: the stored scheme is computed once, below.
            project = null;
            scales = opened.engine().scalesInUse();
            stored.set(opened.scheme());
            setSliders(opened.scheme());
            project = opened;
        }
        describeCutPoints();
        compute();
    }

    /** What to do once a scheme is stored: the window recomputes every page. */
    public void setOnApplied(Runnable action) {
        onApplied = action;
    }

    /** Stores the sliders' scheme in the project, off the FX thread. */
    public void apply() {
        OpenProject target = project;
        ClassificationScheme chosen = scheme.get();
        if (target == null || saving.get()) {
            return;
        }
        saving.set(true);
        runner.run(progress -> {
            target.saveScheme(chosen);
            return chosen;
        }, saved -> {
            saving.set(false);
            if (target == project) {
                stored.set(saved);
                problem.set("");
                onApplied.run();
                compute();
            }
        }, e -> {
            saving.set(false);
            problem.set(words("classification.error.apply") + ' ' + cause(e));
        });
    }

    /** Back to the scheme stored in the project. */
    public void revert() {
        setSliders(stored.get());
    }

    /** The scheme of DESIGN §3 (decision 0003). */
    public void defaults() {
        setSliders(ClassificationScheme.DEFAULT);
    }

    private void setSliders(ClassificationScheme s) {
        adjusting = true;
        delightedFrom.set(s.delightedFrom());
        satisfiedFrom.set(s.satisfiedFrom());
        recoveryBelow.set(s.recoveryBelow());
        expectationRule.set(s.expectationRule());
        adjusting = false;
        moved(null);
    }

    /** Keeps the thresholds in order, pushing the others along from the one moved, then reads the scheme. */
    private void moved(DoubleProperty by) {
        if (adjusting) {
            return;
        }
        adjusting = true;
        double d = clamp(delightedFrom.get());
        double s = clamp(satisfiedFrom.get());
        double r = clamp(recoveryBelow.get());
        if (by == delightedFrom) {
            s = Math.min(s, d);
            r = Math.min(r, s);
        } else if (by == recoveryBelow) {
            s = Math.max(s, r);
            d = Math.max(d, s);
        } else {
            d = Math.max(d, s);
            r = Math.min(r, s);
        }
        delightedFrom.set(d);
        satisfiedFrom.set(s);
        recoveryBelow.set(r);
        adjusting = false;
        scheme.set(new ClassificationScheme(whole(d), whole(s), whole(r), expectationRule.get()));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** Whole percent; order is kept, since rounding never swaps two ordered values. */
    private static double whole(double fraction) {
        return Math.round(fraction * PERCENT) / PERCENT;
    }

    private void schemeChanged() {
        changed.set(!scheme.get().equals(stored.get()));
        differsFromDefaults.set(!scheme.get().equals(ClassificationScheme.DEFAULT));
        describeCutPoints();
        compute();
    }

    private void describeCutPoints() {
        if (bundle == null) {
            return;
        }
        CutPointTexts texts = new CutPointTexts(bundle);
        cutPoints.set(scales.stream().map(s -> texts.line(scheme.get(), s)).toList());
    }

    /** Computes the current scheme's figures, or notes that it is wanted once the running computation ends. */
    private void compute() {
        if (project == null) {
            return;
        }
        if (computing) {
            pending = true;
            return;
        }
        computing = true;
        pending = false;
        OpenProject target = project;
        Filter f = filter;
        ClassificationScheme from = stored.get();
        ClassificationScheme to = scheme.get();
        ResourceBundle words = bundle;
        runner.run(progress -> ClassificationFigures.of(target, f, from, to, words), computed -> {
            computing = false;
            if (target == project) {
                figures.set(computed);
                moves.set(new MoveTexts(words).sentences(computed.moves()));
            }
            if (pending) {
                compute();
            }
        }, e -> {
            computing = false;
            problem.set(words("classification.error.figures") + ' ' + cause(e));
            if (pending) {
                compute();
            }
        });
    }

    private String words(String key) {
        return bundle.getString(key);
    }

    private String cause(Throwable e) {
        if (e instanceof CxLensException cx) {
            return cx.userMessage().render(bundle.getLocale());
        }
        return UnexpectedError.logged(e).render(bundle.getLocale());
    }

    /** Forgets the project: it was closed. */
    public void clear() {
        project = null;
        scales = List.of();
        figures.set(null);
        moves.set(List.of());
        cutPoints.set(List.of());
    }

    // ---- properties ------------------------------------------------------------------------

    /** "Delighted from", a fraction of the scale range; moving it past satisfied pushes satisfied down. */
    public DoubleProperty delightedFromProperty() {
        return delightedFrom;
    }

    public DoubleProperty satisfiedFromProperty() {
        return satisfiedFrom;
    }

    public DoubleProperty recoveryBelowProperty() {
        return recoveryBelow;
    }

    /** Whether expectation answers take part in the classes and the recovery flag. */
    public BooleanProperty expectationRuleProperty() {
        return expectationRule;
    }

    /** The scheme the sliders show, in whole percent. */
    public ReadOnlyObjectProperty<ClassificationScheme> schemeProperty() {
        return scheme.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClassificationScheme> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    /** Whether the sliders differ from the stored scheme: Apply and Revert have something to do. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty differsFromDefaultsProperty() {
        return differsFromDefaults.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** One line per scale in use: the whole scores of each class and of recovery. */
    public ReadOnlyObjectProperty<List<String>> cutPointsProperty() {
        return cutPoints.getReadOnlyProperty();
    }

    /** The figures of the latest scheme computed; null before the first. */
    public ReadOnlyObjectProperty<ClassificationFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** The respondents changing class from the stored scheme to the sliders', in sentences. */
    public ReadOnlyObjectProperty<List<String>> movesProperty() {
        return moves.getReadOnlyProperty();
    }

    /** Why the scheme could not be stored or its figures computed; empty when all went well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
