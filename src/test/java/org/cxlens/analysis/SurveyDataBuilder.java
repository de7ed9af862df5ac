package org.cxlens.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;

/** Builds small SurveyData by hand, one respondent at a time, for tests. */
public final class SurveyDataBuilder {

    private final List<Touchpoint> touchpoints = new ArrayList<>();
    private final List<SurveyData.ImportScales> imports = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private boolean weighted;

    /** One respondent. Use {@link #row()} and its fluent setters. */
    public final class Row {
        int importIndex;
        float overall = Float.NaN;
        Expectation overallExpectation;
        float recommend = Float.NaN;
        final float[] scores = filled(Float.NaN);
        final Expectation[] expectations = new Expectation[touchpoints.size()];
        float weight = 1;
        LocalDate date;
        String wave;
        String department;
        final Map<String, String> segments = new LinkedHashMap<>();

        private float[] filled(float value) {
            float[] a = new float[touchpoints.size()];
            Arrays.fill(a, value);
            return a;
        }

        public Row overall(double x) {
            overall = (float) x;
            return this;
        }

        public Row overall(double x, Expectation e) {
            overall = (float) x;
            overallExpectation = e;
            return this;
        }

        public Row recommend(double x) {
            recommend = (float) x;
            return this;
        }

        public Row score(int slot, double x) {
            scores[slot] = (float) x;
            return this;
        }

        public Row score(int slot, double x, Expectation e) {
            scores[slot] = (float) x;
            expectations[slot] = e;
            return this;
        }

        public Row scores(double... xs) {
            for (int i = 0; i < xs.length; i++) {
                scores[i] = (float) xs[i];
            }
            return this;
        }

        public Row weight(double w) {
            weight = (float) w;
            weighted = true;
            return this;
        }

        public Row date(LocalDate d) {
            date = d;
            return this;
        }

        public Row wave(String w) {
            wave = w;
            return this;
        }

        public Row department(String d) {
            department = d;
            return this;
        }

        public Row segment(String name, String value) {
            segments.put(name, value);
            return this;
        }

        public Row fromImport(int index) {
            importIndex = index;
            return this;
        }
    }

    public SurveyDataBuilder touchpoint(String name, String department, MomentType type, Scale scale) {
        return touchpoint(name, department, type, scale, null);
    }

    public SurveyDataBuilder touchpoint(String name, String department, MomentType type, Scale scale, Double target) {
        int slot = touchpoints.size();
        touchpoints.add(new Touchpoint(slot + 1, slot, name, department, type, slot, scale, target));
        return this;
    }

    public SurveyDataBuilder importScales(Scale overall, Scale recommend) {
        imports.add(new SurveyData.ImportScales(imports.size() + 1, overall, recommend));
        return this;
    }

    public Row row() {
        Row row = new Row();
        rows.add(row);
        return row;
    }

    public SurveyData build() {
        int n = rows.size();
        int k = touchpoints.size();
        if (imports.isEmpty()) {
            importScales(Scale.of(0, 10), Scale.of(0, 10));
        }
        int[] importIndex = new int[n];
        float[] overall = new float[n];
        byte[] overallExpectation = new byte[n];
        float[] recommend = new float[n];
        float[][] scores = new float[k][n];
        byte[][] expectations = new byte[k][n];
        float[] weight = new float[n];
        int[] epochDay = new int[n];
        List<String> waves = new ArrayList<>();
        List<String> departments = new ArrayList<>();
        int[] waveCodes = new int[n];
        int[] departmentCodes = new int[n];
        Map<String, List<String>> segmentValues = new LinkedHashMap<>();
        Map<String, int[]> segmentCodes = new LinkedHashMap<>();
        rows.forEach(row -> row.segments.keySet().forEach(name -> {
            segmentValues.putIfAbsent(name, new ArrayList<>());
            segmentCodes.computeIfAbsent(name, x -> {
                int[] codes = new int[n];
                Arrays.fill(codes, -1);
                return codes;
            });
        }));
        for (int r = 0; r < n; r++) {
            Row row = rows.get(r);
            importIndex[r] = row.importIndex;
            overall[r] = row.overall;
            overallExpectation[r] = SurveyData.expectationCode(row.overallExpectation);
            recommend[r] = row.recommend;
            for (int s = 0; s < k; s++) {
                scores[s][r] = row.scores[s];
                expectations[s][r] = SurveyData.expectationCode(row.expectations[s]);
            }
            weight[r] = row.weight;
            epochDay[r] = row.date == null ? Integer.MIN_VALUE : (int) row.date.toEpochDay();
            waveCodes[r] = code(waves, row.wave);
            departmentCodes[r] = code(departments, row.department);
            for (Map.Entry<String, String> e : row.segments.entrySet()) {
                segmentCodes.get(e.getKey())[r] = code(segmentValues.get(e.getKey()), e.getValue());
            }
        }
        List<SurveyData.Segment> segments = new ArrayList<>();
        segmentValues.forEach((name, values) ->
                segments.add(new SurveyData.Segment(name, new SurveyData.Coded(values, segmentCodes.get(name)))));
        return new SurveyData(n, List.copyOf(touchpoints), List.copyOf(imports), importIndex, overall,
                overallExpectation, recommend, scores, expectations, weight, weighted, epochDay,
                new SurveyData.Coded(waves, waveCodes), new SurveyData.Coded(departments, departmentCodes), segments);
    }

    private static int code(List<String> dictionary, String value) {
        if (value == null) {
            return -1;
        }
        int i = dictionary.indexOf(value);
        if (i < 0) {
            dictionary.add(value);
            i = dictionary.size() - 1;
        }
        return i;
    }
}
