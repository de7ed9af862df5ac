package org.cxlens.ui.priorities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cxlens.analysis.ClassShares;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.Priority;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.report.DriverChartDescription;
import org.cxlens.ui.PageModel;
import org.cxlens.ui.Tasks;
import org.cxlens.ui.drivers.DriversViewModel;
import org.cxlens.report.ModelSummary;
import org.cxlens.ui.drivers.OutcomeChoice;
import org.cxlens.report.PageTexts;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.PriorityPlan;

/**
 * State of the priorities page: the action list of the window's filter, its importance taken
 * from the drivers of the outcome chosen on the drivers page (one choice for both pages, so the
 * ranking always matches the matrix the consultant just looked at).
 */
public final class PrioritiesViewModel extends PageModel<PrioritiesFigures> {

    private final ObjectProperty<OutcomeChoice> outcome;
    private final ReadOnlyObjectWrapper<PrioritiesFigures> figures = new ReadOnlyObjectWrapper<>();

    /** @param outcome the outcome choice, shared with the drivers page ({@link DriversViewModel#outcomeProperty()}) */
    public PrioritiesViewModel(ObjectProperty<OutcomeChoice> outcome) {
        this.outcome = outcome;
        outcome.addListener((obs, old, o) -> choicesChanged());
    }

    @Override
    public Tasks.Work<PrioritiesFigures> figures(OpenProject project, Filter filter, ResourceBundle bundle) {
        OutcomeChoice chosen = outcome.get();
        return progress -> {
            PriorityPlan plan = project.priorities(filter, chosen.outcome());
            PageTexts texts = new PageTexts(bundle);
            DriverChartDescription drivers = DriverChartDescription.of(plan.drivers(), plan.dashboard());
            return new PrioritiesFigures(rows(plan, texts),
                    texts.text("priorities.intro", texts.render(chosen.outcome().phrase())),
                    ModelSummary.of(drivers, texts), OutcomeChoice.RECOMMEND.available(project.data()));
        };
    }

    private static List<PriorityRow> rows(PriorityPlan plan, PageTexts texts) {
        Map<String, ClassShares> bases = new HashMap<>();
        for (TouchpointMeasure t : plan.dashboard().touchpoints()) {
            bases.put(t.touchpoint().name(), t.measure().classes());
        }
        List<PriorityRow> rows = new ArrayList<>();
        for (Priority p : plan.priorities()) {
            ClassShares classes = bases.get(p.touchpoint().name());
            rows.add(new PriorityRow(rows.size() + 1, p.touchpoint(),
                    texts.text("priorities.judgedOn." + p.touchpoint().momentType().name()), p.actual(), p.target(),
                    p.gap(), p.importance(), p.driverRank(), classes == null ? 0 : classes.base(), p.lowBase(),
                    keepPercentWithNumber(texts.render(p.reason()))));
        }
        return rows;
    }

    /** The reason wraps in its cell; "80 %" should not break between the number and its sign. */
    private static String keepPercentWithNumber(String sentence) {
        return sentence.replace(" %", "\u00A0%");
    }

    @Override
    public void show(PrioritiesFigures shown) {
        figures.set(shown);
    }

    @Override
    public void clear() {
        figures.set(null);
    }

    public ObjectProperty<OutcomeChoice> outcomeProperty() {
        return outcome;
    }

    public ReadOnlyObjectProperty<PrioritiesFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** What a click on a row opens: every classified experience of that touchpoint, the row's n. */
    public Mark drillDown(PriorityRow row) {
        return Mark.experience(row.touchpoint(), null);
    }
}
