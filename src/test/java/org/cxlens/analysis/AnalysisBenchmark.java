package org.cxlens.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;

/**
 * Speed of the live dashboard at the reference size, 1,000,000 respondents × 15 touchpoints
 * (DESIGN §9). Not a test: run by hand after {@code ./mvnw -o test-compile}, with
 * {@code java -Xmx1g -cp target/classes:target/test-classes org.cxlens.analysis.AnalysisBenchmark [respondents] [weighted]}.
 */
public final class AnalysisBenchmark {

    private static final int TOUCHPOINTS = 15;
    private static final int RUNS = 20;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean weighted = args.length > 1 && Boolean.parseBoolean(args[1]);
        long t0 = System.nanoTime();
        SurveyData data = synthetic(n, weighted, 42);
        long t1 = System.nanoTime();
        AnalysisEngine engine = AnalysisEngine.prepare(data, AnalysisSettings.DEFAULT);
        long t2 = System.nanoTime();
        Dashboard first = engine.dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        long t3 = System.nanoTime();
        System.out.printf("data: %,d respondents × %d touchpoints, weighted=%b, generated in %d ms%n", n, TOUCHPOINTS,
                weighted, ms(t1 - t0));
        System.out.printf("prepare: %d ms%n", ms(t2 - t1));
        System.out.printf("first dashboard: %d ms (delighted %.4f, NPS %.2f)%n", ms(t3 - t2),
                first.overall().classes().share(ExperienceClass.DELIGHTED), first.overall().nps().score());

        SplittableRandom random = new SplittableRandom(7);
        double[] threshold = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ClassificationScheme scheme = randomScheme(random);
            long s = System.nanoTime();
            engine.dashboard(Filter.NONE, scheme);
            threshold[i] = (System.nanoTime() - s) / 1e6;
        }
        List<Filter> filters = filters(random);
        double[] filter = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            engine.dashboard(filters.get(i), ClassificationScheme.DEFAULT);
            filter[i] = (System.nanoTime() - s) / 1e6;
        }
        double[] classFilter = new double[RUNS];
        Filter delightedOnly = Filter.NONE.withClasses(Set.of(ExperienceClass.DELIGHTED));
        for (int i = 0; i < RUNS; i++) {
            ClassificationScheme scheme = randomScheme(random);
            long s = System.nanoTime();
            engine.dashboard(delightedOnly, scheme);
            classFilter[i] = (System.nanoTime() - s) / 1e6;
        }
        double[] drivers = new double[5];
        for (int i = 0; i < drivers.length; i++) {
            long s = System.nanoTime();
            engine.drivers(filters.get(i), ClassificationScheme.DEFAULT, DriverOutcome.DELIGHT,
                    PerformanceMeasure.SATISFIED_OR_DELIGHTED);
            drivers[i] = (System.nanoTime() - s) / 1e6;
        }
        System.out.printf("threshold change (cached counts): median %.2f ms, max %.2f ms%n", median(threshold), max(threshold));
        System.out.printf("filter change (new counting pass): median %.2f ms, max %.2f ms%n", median(filter), max(filter));
        System.out.printf("threshold change under a class filter (recount): median %.2f ms, max %.2f ms%n",
                median(classFilter), max(classFilter));
        System.out.printf("drivers (full pass + relative weights): median %.1f ms%n", median(drivers));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap used after GC: %d MB (max %d MB)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        System.out.println("engine still live: " + engine.data().size());
    }

    private static ClassificationScheme randomScheme(SplittableRandom random) {
        double satisfied = 0.5 + 0.3 * random.nextDouble();
        double delighted = satisfied + (1 - satisfied) * random.nextDouble();
        return new ClassificationScheme(delighted, satisfied, 0.35);
    }

    private static List<Filter> filters(SplittableRandom random) {
        List<Filter> filters = new ArrayList<>();
        String[] waves = {"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"};
        String[] regions = {"North", "East", "South", "West", "Central"};
        for (int i = 0; i < RUNS; i++) {
            Filter f = switch (i % 4) {
                case 0 -> Filter.NONE.withWaves(Set.of(waves[random.nextInt(4)], waves[random.nextInt(4)]));
                case 1 -> Filter.NONE.withSegment("Region", Set.of(regions[random.nextInt(5)]));
                case 2 -> Filter.NONE.withDates(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(200)), LocalDate.of(2024, 6, 30));
                default -> Filter.NONE.withDepartments(Set.of("Retail", "Business"))
                        .withWaves(Set.of(waves[random.nextInt(4)]));
            };
            filters.add(f);
        }
        return filters;
    }

    /** Plausible survey data: correlated touchpoint scores, some expectation items, some gaps. */
    static SurveyData synthetic(int n, boolean weighted, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] owners = {"Sales", "Logistics", "Service", "Finance", "Marketing"};
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (int s = 0; s < TOUCHPOINTS; s++) {
            Scale scale = s % 3 == 2 ? Scale.of(1, 5) : Scale.of(0, 10);
            MomentType type = MomentType.values()[s % 3];
            touchpoints.add(new Touchpoint(s + 1, s, "Touchpoint " + (s + 1), owners[s % owners.length], type, s, scale, null));
        }
        float[][] scores = new float[TOUCHPOINTS][n];
        byte[][] expectations = new byte[TOUCHPOINTS][n];
        float[] overall = new float[n];
        byte[] overallExpectation = new byte[n];
        float[] recommend = new float[n];
        float[] weight = new float[n];
        int[] epochDay = new int[n];
        int[] wave = new int[n];
        int[] department = new int[n];
        int[] region = new int[n];
        int[] importIndex = new int[n];
        int start = (int) LocalDate.of(2023, 1, 1).toEpochDay();
        for (int r = 0; r < n; r++) {
            double mood = Math.sqrt(random.nextDouble());
            double sum = 0;
            for (int s = 0; s < TOUCHPOINTS; s++) {
                if (random.nextInt(10) == 0) {
                    scores[s][r] = Float.NaN;
                    expectations[s][r] = -1;
                    continue;
                }
                double p = Math.min(1, Math.max(0, 0.2 + 0.45 * mood + 0.45 * random.nextDouble() + 0.05 * (s % 4)));
                Scale scale = touchpoints.get(s).scale();
                scores[s][r] = (float) Math.rint(scale.score(p));
                expectations[s][r] = (byte) (s < 4 ? random.nextInt(4) - 1 : -1);
                sum += p;
            }
            double overallP = Math.min(1, 0.1 + 0.3 * sum / TOUCHPOINTS + 0.4 * mood + 0.3 * random.nextDouble());
            overall[r] = random.nextInt(20) == 0 ? Float.NaN : (float) Math.rint(10 * overallP);
            overallExpectation[r] = (byte) (random.nextInt(4) - 1);
            recommend[r] = random.nextInt(10) == 0 ? Float.NaN : (float) Math.rint(10 * Math.min(1, 0.25 + 0.45 * mood + 0.35 * random.nextDouble()));
            weight[r] = weighted ? (float) (0.5 + random.nextDouble() * 1.5) : 1;
            epochDay[r] = start + random.nextInt(548);
            wave[r] = (epochDay[r] - start) / 137;
            department[r] = random.nextInt(3);
            region[r] = random.nextInt(5);
        }
        List<SurveyData.ImportScales> imports = List.of(new SurveyData.ImportScales(1, Scale.of(0, 10), Scale.of(0, 10)));
        List<SurveyData.Segment> segments = List.of(new SurveyData.Segment("Region",
                new SurveyData.Coded(List.of("North", "East", "South", "West", "Central"), region)));
        return new SurveyData(n, touchpoints, imports, importIndex, overall, overallExpectation, recommend, scores,
                expectations, weight, weighted, epochDay,
                new SurveyData.Coded(List.of("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"), wave),
                new SurveyData.Coded(List.of("Retail", "Business", "Public"), department), segments);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
