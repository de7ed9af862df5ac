package org.cxlens.sample;

import java.util.List;

/**
 * Settings of a {@link SurveyGenerator}.
 *
 * @param language     language of comments
 * @param commentRate  share of respondents who leave a comment
 * @param personalData whether respondents get fake names and e-mail addresses
 * @param waves        the waves, in time order; respondents are split evenly across them
 */
public record GeneratorOptions(Language language, double commentRate, boolean personalData, List<Wave> waves) {

    public GeneratorOptions {
        if (commentRate < 0 || commentRate > 1) {
            throw new IllegalArgumentException("comment rate must be within 0–1: " + commentRate);
        }
        if (waves.isEmpty()) {
            throw new IllegalArgumentException("at least one wave is needed");
        }
        waves = List.copyOf(waves);
    }

    /** Comments from 30 % of respondents, no personal data, the two default waves. */
    public static GeneratorOptions of(Language language) {
        return new GeneratorOptions(language, 0.30, false, Wave.defaults());
    }

    public GeneratorOptions withCommentRate(double rate) {
        return new GeneratorOptions(language, rate, personalData, waves);
    }

    public GeneratorOptions withPersonalData() {
        return new GeneratorOptions(language, commentRate, true, waves);
    }
}
