package org.cxlens.sample;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.cxlens.domain.Expectation;
import org.cxlens.sample.Segments.Channel;
import org.cxlens.sample.Segments.CustomerType;
import org.cxlens.sample.Segments.Region;

/**
 * Deterministic source of realistic, internally consistent respondents: the same journey, options,
 * seed and count always give the same respondents.
 *
 * <p>Each respondent has a latent disposition; each touchpoint a quality level plus noise, lifted
 * in later waves by the step's wave lift; overall satisfaction is the driver-weighted mean of the
 * met touchpoints; likelihood to recommend follows overall satisfaction; expectation answers
 * follow the touchpoint score. Respondents are split evenly over the waves and their dates run
 * forward through each wave's period, as in a real export sorted by date.
 */
public final class SurveyGenerator implements Iterator<Respondent> {

    private static final double DISPOSITION_EFFECT = 0.07;
    private static final double TOUCHPOINT_NOISE = 0.14;
    private static final double OVERALL_NOISE = 0.06;
    private static final double RECOMMEND_NOISE = 0.10;
    /**
     * People rate the whole a little above the mean of its parts, and recommend a little more
     * readily still; without these lifts overall top-box shares come out unrealistically low.
     */
    private static final double OVERALL_LIFT = 0.05;
    private static final double RECOMMEND_LIFT = 0.03;
    private static final double DISPOSITION_EFFECT_ON_OVERALL = 0.04;
    /** Overall satisfaction of a respondent who met no touchpoint at all (rare). */
    private static final double OVERALL_WITHOUT_TOUCHPOINTS = 0.7;
    private static final double DONT_KNOW_RATE = 0.04;
    private static final double BUSINESS_SHARE = 0.25;
    private static final double ANONYMOUS_RATE = 0.15;
    private static final double HALF_POINT_RATE = 0.20;
    /** Respondents in the north meet a slower delivery, so a segment heatmap has something to show. */
    private static final double NORTH_DELIVERY_PENALTY = 0.06;
    private static final int FIRST_HOUR = 7;
    private static final int ANSWERING_HOURS = 16;

    private final Journey journey;
    private final GeneratorOptions options;
    private final int count;
    private final SplittableRandom random;
    private final int deliveryIndex;
    private int produced;

    public SurveyGenerator(Journey journey, GeneratorOptions options, long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("respondent count must not be negative: " + count);
        }
        this.journey = journey;
        this.options = options;
        this.count = count;
        this.random = new SplittableRandom(seed);
        this.deliveryIndex = indexOf(journey, "Delivery");
    }

    public Journey journey() {
        return journey;
    }

    public GeneratorOptions options() {
        return options;
    }

    /** Number of respondents this generator produces in all. */
    public int count() {
        return count;
    }

    @Override
    public boolean hasNext() {
        return produced < count;
    }

    @Override
    public Respondent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int index = produced++;
        List<Wave> waves = options.waves();
        int waveIndex = (int) ((long) index * waves.size() / count);
        Wave wave = waves.get(waveIndex);
        LocalDateTime start = startTime(index, waveIndex, wave);

        double disposition = random.nextGaussian();
        Region region = pickRegion();
        Channel channel = pickChannel();
        CustomerType customerType = random.nextDouble() < BUSINESS_SHARE ? CustomerType.BUSINESS : CustomerType.PRIVATE;

        int n = journey.size();
        double[] scores = new double[n];
        Expectation[] expectations = new Expectation[n];
        double weighted = 0;
        double weights = 0;
        for (int t = 0; t < n; t++) {
            JourneyStep step = journey.step(t);
            if (random.nextDouble() < step.missingRate()) {
                scores[t] = Double.NaN;
                continue;
            }
            double latent = step.quality() + waveIndex * step.waveLift() + DISPOSITION_EFFECT * disposition
                    + TOUCHPOINT_NOISE * random.nextGaussian();
            if (t == deliveryIndex && region == Region.NORTH) {
                latent -= NORTH_DELIVERY_PENALTY;
            }
            scores[t] = clamp(latent);
            expectations[t] = expectation(scores[t]);
            weighted += step.driverWeight() * scores[t];
            weights += step.driverWeight();
        }
        double base = weights > 0 ? weighted / weights : OVERALL_WITHOUT_TOUCHPOINTS;
        double overall = clamp(base + OVERALL_LIFT + DISPOSITION_EFFECT_ON_OVERALL * disposition + OVERALL_NOISE * random.nextGaussian());
        int recommend = ScalePoints.of(clamp(overall + RECOMMEND_LIFT + RECOMMEND_NOISE * random.nextGaussian()),
                0, 10);

        boolean halfPoints = random.nextDouble() < HALF_POINT_RATE;
        // Log-normal time to complete: median about 4.5 minutes, a long tail of slow respondents.
        int duration = 90 + (int) Math.exp(5.3 + 0.45 * random.nextGaussian());
        Person person = options.personalData() && random.nextDouble() >= ANONYMOUS_RATE
                ? NameBank.person(random) : null;
        String ip = ipAddress();
        String comment = random.nextDouble() < options.commentRate() ? comment(scores, overall) : null;
        return new Respondent(index + 1, waveIndex, wave, start, duration, disposition, scores, expectations,
                overall, recommend, halfPoints, region, channel, customerType, person, ip, comment);
    }

    /** Spreads each wave's respondents evenly over its days, answering between 07:00 and 23:00. */
    private LocalDateTime startTime(int index, int waveIndex, Wave wave) {
        int waves = options.waves().size();
        long first = (long) Math.ceil((double) waveIndex * count / waves);
        long last = (long) Math.ceil((double) (waveIndex + 1) * count / waves);
        double position = (index - first + random.nextDouble()) / Math.max(1, last - first);
        long days = ChronoUnit.DAYS.between(wave.start(), wave.end()) + 1;
        double dayPosition = position * days;
        long day = Math.min(days - 1, (long) dayPosition);
        long secondOfDay = FIRST_HOUR * 3600L + (long) ((dayPosition - day) * ANSWERING_HOURS * 3600);
        return wave.start().plusDays(day).atStartOfDay().plusSeconds(secondOfDay);
    }

    private Expectation expectation(double score) {
        if (random.nextDouble() < DONT_KNOW_RATE) {
            return null;
        }
        double better = logistic((score - 0.82) * 14);
        double worse = logistic((0.48 - score) * 14);
        double r = random.nextDouble();
        if (r < better) {
            return Expectation.BETTER;
        }
        return r < better + worse ? Expectation.WORSE : Expectation.AS_EXPECTED;
    }

    /** Positive comments praise the best touchpoint met, negative ones blame the worst. */
    private String comment(double[] scores, double overall) {
        CommentBank.Sentiment sentiment = CommentBank.sentimentOf(overall);
        int focus = -1;
        for (int t = 0; t < scores.length; t++) {
            if (Double.isNaN(scores[t])) {
                continue;
            }
            boolean better = focus < 0 || (sentiment == CommentBank.Sentiment.NEGATIVE
                    ? scores[t] < scores[focus] : scores[t] > scores[focus]);
            if (better) {
                focus = t;
            }
        }
        String touchpoint = focus < 0 ? journey.step(0).name(options.language())
                : journey.step(focus).name(options.language());
        return CommentBank.comment(options.language(), sentiment, touchpoint, random);
    }

    private Region pickRegion() {
        double r = random.nextDouble();
        if (r < 0.2) {
            return Region.NORTH;
        } else if (r < 0.4) {
            return Region.EAST;
        }
        return r < 0.7 ? Region.SOUTH : Region.WEST;
    }

    private Channel pickChannel() {
        double r = random.nextDouble();
        if (r < 0.5) {
            return Channel.WEB;
        }
        return r < 0.8 ? Channel.PHONE : Channel.STORE;
    }

    /** Addresses from the three documentation ranges of RFC 5737, never a real host. */
    private String ipAddress() {
        String[] prefixes = {"192.0.2.", "198.51.100.", "203.0.113."};
        return prefixes[random.nextInt(prefixes.length)] + (1 + random.nextInt(254));
    }

    private static int indexOf(Journey journey, String name) {
        for (int t = 0; t < journey.size(); t++) {
            if (journey.step(t).name().equals(name)) {
                return t;
            }
        }
        return -1;
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
