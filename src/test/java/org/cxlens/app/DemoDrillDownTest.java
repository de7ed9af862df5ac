package org.cxlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Progress;
import org.cxlens.domain.SurveyData;
import org.cxlens.workspace.DrillDown;
import org.cxlens.workspace.DrillRow;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the demo project the app opens: every bar segment drills down to as many respondents as the engine counts. */
class DemoDrillDownTest {

    @TempDir
    Path folder;

    @Test
    void everyMarkOfTheDemoDrillsDownToTheEnginesCount() throws Exception {
        try (OpenProject demo = OpenProject.open(DemoProject.ensure(folder, Progress.NONE))) {
            SurveyData data = demo.data();
            String firstWave = data.wave().values().get(0);
            for (Filter filter : new Filter[] {Filter.NONE, Filter.NONE.withWaves(Set.of(firstWave))}) {
                int checked = 0;
                for (TouchpointMeasure t : demo.dashboard(filter).touchpoints()) {
                    assertThat(demo.drillDown(filter, Mark.experience(t.touchpoint(), null)).count())
                            .as(t.touchpoint().name()).isEqualTo(t.measure().classes().base());
                    for (ExperienceClass c : ExperienceClass.values()) {
                        DrillDown drill = demo.drillDown(filter, Mark.experience(t.touchpoint(), c));
                        assertThat(drill.count()).as(t.touchpoint().name() + " " + c).isEqualTo(cases(t.measure(), c));
                        for (DrillRow row : drill.page(0, 20)) {
                            assertThat(row.scores().get(t.touchpoint().slot()).experienceClass()).isEqualTo(c);
                        }
                        checked++;
                    }
                }
                for (GroupMeasure wave : demo.measures(Grouping.wave(), filter)) {
                    for (ExperienceClass c : ExperienceClass.values()) {
                        assertThat(demo.drillDown(filter, Mark.respondents(c).inGroup(Grouping.wave(), wave.label()))
                                .count()).as(wave.label() + " " + c).isEqualTo(cases(wave, c));
                        checked++;
                    }
                }
                String segment = data.segments().get(0).name();
                for (GroupMeasure value : demo.measures(Grouping.segment(segment), filter)) {
                    assertThat(demo.drillDown(filter, Mark.respondents(ExperienceClass.DELIGHTED)
                            .inGroup(Grouping.segment(segment), value.label())).count())
                            .as(segment + " " + value.label()).isEqualTo(cases(value, ExperienceClass.DELIGHTED));
                    checked++;
                }
                for (GroupMeasure month : demo.measures(Grouping.month(), filter)) {
                    assertThat(demo.drillDown(filter, Mark.respondents(ExperienceClass.SATISFIED)
                            .inGroup(Grouping.month(), month.label())).count())
                            .as(month.label()).isEqualTo(cases(month, ExperienceClass.SATISFIED));
                    checked++;
                }
                assertThat(checked).isGreaterThan(30);
            }
            assertThat(demo.drillDown(Filter.NONE, Mark.NONE).count()).isEqualTo(1500);
        }
    }

    /** Unweighted cases of a class (the demo is unweighted): share × base. */
    private static int cases(GroupMeasure measure, ExperienceClass c) {
        return (int) Math.round(measure.classes().share(c) * measure.classes().base());
    }
}
