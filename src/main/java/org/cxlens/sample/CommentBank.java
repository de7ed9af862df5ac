package org.cxlens.sample;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Short survey comments by sentiment, in English and Dutch. Some contain commas, quotes and a
 * line break on purpose, so that every writer's quoting is exercised; the Dutch ones use é, ë and
 * ö so that Windows-1252 output is exercised. {@code {tp}} stands for a touchpoint name.
 */
final class CommentBank {

    enum Sentiment { POSITIVE, NEUTRAL, NEGATIVE }

    private static final List<String> ENGLISH_POSITIVE = List.of(
            "The {tp} was excellent, thank you!",
            "Very happy with the {tp}. Friendly, quick and professional.",
            "Everything went smoothly, especially the {tp}.",
            "The \"{tp}\" part was better than I expected. Well done!",
            "Great service!\nThe {tp} in particular was spot on.",
            "Would buy again. The {tp} made the difference.");
    private static final List<String> ENGLISH_NEUTRAL = List.of(
            "Fine, nothing special.",
            "The {tp} was OK, but it could be a bit faster.",
            "Decent service. Prices are high, though.",
            "Average experience; the {tp} was as expected.",
            "No complaints about the {tp}.");
    private static final List<String> ENGLISH_NEGATIVE = List.of(
            "The {tp} was a mess, nobody called me back.",
            "Disappointed with the {tp}. I had to ask three times, and still no answer.",
            "They kept saying \"tomorrow\" for a week. The {tp} needs serious work.",
            "Poor {tp}.\nPlease improve the communication between departments.",
            "The invoice from Finance was wrong, twice.");
    private static final List<String> DUTCH_POSITIVE = List.of(
            "De {tp} was uitstekend, bedankt!",
            "Heel tevreden over de {tp}. Vriendelijk, snel en vakkundig.",
            "Alles verliep soepel, vooral de {tp}.",
            "De \"{tp}\" was beter dan verwacht. Complimenten!",
            "Top!\nDe {tp} was precies goed, één en al service.",
            "Ik kom zeker terug. De {tp} maakte het verschil.");
    private static final List<String> DUTCH_NEUTRAL = List.of(
            "Prima, niets bijzonders.",
            "De {tp} was redelijk, maar het kan sneller.",
            "Zoals verwacht. Wel aan de dure kant.",
            "Geen opmerkingen over de {tp}, gewoon in orde.",
            "Goede ideeën, maar de {tp} kan beter.");
    private static final List<String> DUTCH_NEGATIVE = List.of(
            "De {tp} was een rommeltje, niemand belde terug.",
            "Teleurgesteld in de {tp}. Drie keer gebeld, en nog steeds geen antwoord.",
            "Er werd steeds \"morgen\" gezegd. De {tp} moet echt beter.",
            "De factuur van de afdeling Financiën klopte niet; ik heb twee keer moeten bellen.",
            "Slechte {tp}.\nGraag betere coördinatie tussen de afdelingen.");

    private CommentBank() {
    }

    static Sentiment sentimentOf(double overall) {
        if (overall >= 0.78) {
            return Sentiment.POSITIVE;
        }
        return overall < 0.55 ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
    }

    static String comment(Language language, Sentiment sentiment, String touchpoint, SplittableRandom random) {
        List<String> pool = pool(language, sentiment);
        String template = pool.get(random.nextInt(pool.size()));
        Locale locale = language.pick(Locale.ENGLISH, Locale.forLanguageTag("nl"));
        return template.replace("{tp}", touchpoint.toLowerCase(locale));
    }

    private static List<String> pool(Language language, Sentiment sentiment) {
        return switch (sentiment) {
            case POSITIVE -> language.pick(ENGLISH_POSITIVE, DUTCH_POSITIVE);
            case NEUTRAL -> language.pick(ENGLISH_NEUTRAL, DUTCH_NEUTRAL);
            case NEGATIVE -> language.pick(ENGLISH_NEGATIVE, DUTCH_NEGATIVE);
        };
    }
}
