package org.cxlens.sample;

import java.time.LocalDateTime;
import org.cxlens.domain.Expectation;
import org.cxlens.sample.Segments.Channel;
import org.cxlens.sample.Segments.CustomerType;
import org.cxlens.sample.Segments.Region;

/**
 * One synthetic respondent. Satisfaction is held as latent fractions of a scale's range (0–1) so
 * that each writer can express it on its own scale; a touchpoint the respondent did not meet has
 * no score ({@link #met} is false).
 */
public final class Respondent {

    private final int number;
    private final int waveIndex;
    private final Wave wave;
    private final LocalDateTime start;
    private final int durationSeconds;
    private final double disposition;
    private final double[] scores;
    private final Expectation[] expectations;
    private final double overall;
    private final int recommend;
    private final boolean halfPointGrader;
    private final Region region;
    private final Channel channel;
    private final CustomerType customerType;
    private final Person person;
    private final String ipAddress;
    private final String comment;

    Respondent(int number, int waveIndex, Wave wave, LocalDateTime start, int durationSeconds, double disposition,
               double[] scores, Expectation[] expectations, double overall, int recommend, boolean halfPointGrader,
               Region region, Channel channel, CustomerType customerType, Person person, String ipAddress,
               String comment) {
        this.number = number;
        this.waveIndex = waveIndex;
        this.wave = wave;
        this.start = start;
        this.durationSeconds = durationSeconds;
        this.disposition = disposition;
        this.scores = scores;
        this.expectations = expectations;
        this.overall = overall;
        this.recommend = recommend;
        this.halfPointGrader = halfPointGrader;
        this.region = region;
        this.channel = channel;
        this.customerType = customerType;
        this.person = person;
        this.ipAddress = ipAddress;
        this.comment = comment;
    }

    /** 1-based position in the generated sequence. */
    public int number() {
        return number;
    }

    /** 0 for the first wave, 1 for the second, ... */
    public int waveIndex() {
        return waveIndex;
    }

    public Wave wave() {
        return wave;
    }

    public LocalDateTime start() {
        return start;
    }

    public LocalDateTime end() {
        return start.plusSeconds(durationSeconds);
    }

    public int durationSeconds() {
        return durationSeconds;
    }

    /** The respondent's general mood (standard normal); it lifts or lowers all answers a little. */
    public double disposition() {
        return disposition;
    }

    public int touchpointCount() {
        return scores.length;
    }

    public boolean met(int touchpoint) {
        return !Double.isNaN(scores[touchpoint]);
    }

    /** Latent satisfaction with a touchpoint (0–1), or NaN when the respondent did not meet it. */
    public double score(int touchpoint) {
        return scores[touchpoint];
    }

    /** The score on a points scale such as 0–10 or 1–5; only for a touchpoint the respondent met. */
    public int score(int touchpoint, int min, int max) {
        return ScalePoints.of(scores[touchpoint], min, max);
    }

    /**
     * Expectation answer for a met touchpoint; null when the respondent did not meet it or answered
     * "don't know" (about 4 % of met touchpoints).
     */
    public Expectation expectation(int touchpoint) {
        return expectations[touchpoint];
    }

    /** Latent overall satisfaction (0–1). */
    public double overall() {
        return overall;
    }

    public int overall(int min, int max) {
        return ScalePoints.of(overall, min, max);
    }

    /** Likelihood to recommend, 0–10. */
    public int recommend() {
        return recommend;
    }

    /** Whether this respondent gives half points (7,5) on a 1–10 grade, as some Dutch respondents do. */
    public boolean halfPointGrader() {
        return halfPointGrader;
    }

    public Region region() {
        return region;
    }

    public Channel channel() {
        return channel;
    }

    public CustomerType customerType() {
        return customerType;
    }

    /** Fake identity, or null for an anonymous response (or when personal data is switched off). */
    public Person person() {
        return person;
    }

    /** An address from the documentation ranges (RFC 5737). */
    public String ipAddress() {
        return ipAddress;
    }

    public double latitude() {
        return region.latitude + ((number * 7919L) % 1000 - 500) / 2500.0;
    }

    public double longitude() {
        return region.longitude + ((number * 104729L) % 1000 - 500) / 2500.0;
    }

    /** Free-text comment, or null when the respondent left none. */
    public String comment() {
        return comment;
    }
}
