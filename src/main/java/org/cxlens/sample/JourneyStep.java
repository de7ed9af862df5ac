package org.cxlens.sample;

import org.cxlens.domain.MomentType;

/**
 * One touchpoint of a synthetic customer journey, with the knobs that shape its answers.
 *
 * @param quality     mean latent satisfaction (0–1) in the first wave
 * @param driverWeight weight of this touchpoint in the respondent's overall satisfaction
 * @param missingRate share of respondents who did not meet this touchpoint (0.10–0.40)
 * @param waveLift    added to the latent satisfaction once per wave after the first (twice in the third)
 */
public record JourneyStep(String name, String dutchName, String department, String dutchDepartment,
                          MomentType momentType, double quality, double driverWeight, double missingRate,
                          double waveLift) {

    public String name(Language language) {
        return language.pick(name, dutchName);
    }

    public String department(Language language) {
        return language.pick(department, dutchDepartment);
    }
}
