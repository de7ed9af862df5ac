package org.cxlens.report;

import java.time.LocalDate;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.SurveyDataBuilder;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;

/**
 * 90 respondents over four months, everything on 0–10 (delighted 9–10, satisfied 7–8, recovery
 * below 3.5), minimum base 30:
 * <pre>
 *  month     n   overall            recommend                 Website                    Delivery
 *  2024-01   40  8 × 9, 32 × 7      8 × 10, 8 × 5, 24 × 8     20 × 10, 20 × 7           40 × 8
 *  2024-02    0
 *  2024-03   40  20 × 9, 20 × 7     12 × 10, 4 × 5, 24 × 8    10 × 10, 20 × 8, 10 × 2   —
 *  2024-04   10  10 × 9             10 × 10                   10 × 9                    —
 * </pre>
 */
final class MonthlySurvey {

    private MonthlySurvey() {
    }

    static AnalysisEngine engine() {
        SurveyDataBuilder b = new SurveyDataBuilder()
                .touchpoint("Website", "Marketing", MomentType.EXCEL, Scale.of(0, 10))
                .touchpoint("Delivery", "Logistics", MomentType.MOMENT_OF_TRUTH, Scale.of(0, 10));
        for (int i = 0; i < 40; i++) {
            b.row().date(LocalDate.of(2024, 1, 1 + i % 28)).overall(i < 8 ? 9 : 7)
                    .recommend(i < 8 ? 10 : i < 16 ? 5 : 8).scores(i < 20 ? 10 : 7, 8);
        }
        for (int i = 0; i < 40; i++) {
            b.row().date(LocalDate.of(2024, 3, 1 + i % 28)).overall(i < 20 ? 9 : 7)
                    .recommend(i < 12 ? 10 : i < 16 ? 5 : 8).score(0, i < 10 ? 10 : i < 30 ? 8 : 2);
        }
        for (int i = 0; i < 10; i++) {
            b.row().date(LocalDate.of(2024, 4, 10)).overall(9).recommend(10).score(0, 9);
        }
        return AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT);
    }
}
