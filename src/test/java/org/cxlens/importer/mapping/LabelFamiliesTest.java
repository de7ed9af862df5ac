package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.Scale;
import org.junit.jupiter.api.Test;

class LabelFamiliesTest {

    private static final List<String> MISSING = LabelTable.DEFAULT_MISSING_CODES;

    /** Value counts in the order given: label, count, label, count, ... */
    private static Map<String, Long> counts(Object... labelsAndCounts) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndCounts.length; i += 2) {
            out.put((String) labelsAndCounts[i], ((Number) labelsAndCounts[i + 1]).longValue());
        }
        return out;
    }

    private static LabelFamily family(String id) {
        return LabelFamilies.builtIn().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<LabelFamily> families) {
        return families.stream().map(LabelFamily::id).toList();
    }

    /** The number the matched family gives a label. */
    private static double valueOf(LabelMatch m, String label) {
        return m.family().value(m.family().labels().indexOf(label));
    }

    // --- the table

    @Test
    void everyFamilyHasDistinctLabelsAndAScaleOfOnePointPerLabel() {
        Set<String> ids = new HashSet<>();
        for (LabelFamily f : LabelFamilies.builtIn()) {
            assertThat(ids.add(f.id())).as("id %s unique", f.id()).isTrue();
            assertThat(f.size()).as(f.id()).isGreaterThanOrEqualTo(2);
            assertThat(new HashSet<>(f.labels().stream().map(LabelFamilies::key).toList()))
                    .as("%s: no label twice once normalised", f.id()).hasSize(f.size());
            assertThat(f.language()).as(f.id()).isIn("en", "nl", "fr", "de", "es", "ko");
            Scale expected = f.kind() == LabelFamily.Kind.OUTCOME ? Scale.of(0, 1) : Scale.of(1, f.size());
            assertThat(f.scale()).as(f.id()).isEqualTo(expected);
            assertThat(f.value(0)).as(f.id()).isEqualTo(expected.worst());
            assertThat(f.value(f.size() - 1)).as(f.id()).isEqualTo(expected.best());
        }
        assertThat(LabelFamilies.builtIn()).filteredOn(f -> f.kind() == LabelFamily.Kind.OUTCOME)
                .allSatisfy(f -> assertThat(f.size()).isEqualTo(2));
    }

    @Test
    void everyKindHasEnglishDutchFrenchGermanAndSpanishFamilies() {
        Map<LabelFamily.Kind, Set<String>> languages = new EnumMap<>(LabelFamily.Kind.class);
        for (LabelFamily f : LabelFamilies.builtIn()) {
            languages.computeIfAbsent(f.kind(), k -> new TreeSet<>()).add(f.language());
        }
        assertThat(languages).hasSize(LabelFamily.Kind.values().length)
                .allSatisfy((kind, langs) -> assertThat(langs).as(kind.name()).contains("en", "nl", "fr", "de", "es"));
    }

    @Test
    void theUsualLengthsAreThere() {
        assertThat(family("agreement-7").labels()).containsExactly("Strongly disagree", "Disagree",
                "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree");
        assertThat(family("quality-5").labels()).containsExactly("Very poor", "Poor", "Fair", "Good", "Excellent");
        assertThat(family("quality-5-very-good").labels())
                .containsExactly("Poor", "Fair", "Good", "Very good", "Excellent");
        assertThat(family("outcome-satisfied").labels()).containsExactly("neutral or dissatisfied", "satisfied");
        assertThat(family("outcome-nl-ja-nee").value(1)).isEqualTo(1.0);
        assertThat(family("expectation-nl-3").value(2)).isEqualTo(3.0);
    }

    @Test
    void expectationFamiliesStayReadableAsExpectations() {
        LabelTable table = LabelTable.defaults();
        for (LabelFamily f : LabelFamilies.builtIn()) {
            if (f.kind() != LabelFamily.Kind.EXPECTATION) {
                continue;
            }
            assertThat(f.size() % 2).as("%s has a middle label", f.id()).isEqualTo(1);
            int middle = f.size() / 2;
            for (int p = 0; p < f.size(); p++) {
                Expectation expected = p < middle ? Expectation.WORSE : p == middle ? Expectation.AS_EXPECTED
                        : Expectation.BETTER;
                assertThat(table.expectation(f.labels().get(p))).as("%s: %s", f.id(), f.labels().get(p))
                        .isEqualTo(expected);
            }
        }
    }

    /**
     * Where the label table reads a label of a five-label family on 1–5 as another number, the
     * family is one of the deliberate conflicts: the same word at another position.
     */
    @Test
    void fivePointFamiliesAgreeWithTheLabelTableExceptTheKnownConflicts() {
        LabelTable table = LabelTable.defaults();
        Scale five = Scale.of(1, 5);
        List<String> conflicting = new ArrayList<>();
        for (LabelFamily f : LabelFamilies.builtIn()) {
            if (f.size() != 5 || f.kind() == LabelFamily.Kind.EXPECTATION) {
                continue;
            }
            for (int p = 0; p < 5; p++) {
                double known = table.scoreValue(five, f.labels().get(p));
                if (!Double.isNaN(known) && known != f.value(p)) {
                    conflicting.add(f.id() + ":" + f.labels().get(p));
                }
            }
        }
        assertThat(conflicting).containsExactlyInAnyOrder(
                "quality-5-very-good:Poor", "quality-5-very-good:Fair", "quality-5-very-good:Good",
                "quality-nl-5-voldoende:Slecht", "quality-nl-5-voldoende:Matig",
                "likelihood-5-unlikely:Very likely");
    }

    // --- match

    @Test
    void poorIsTwoNextToVeryPoorButOneNextToVeryGood() {
        LabelMatch veryGood = LabelFamilies.match(
                counts("Poor", 10, "Fair", 20, "Good", 30, "Very good", 25, "Excellent", 15), MISSING);
        LabelMatch veryPoor = LabelFamilies.match(
                counts("Very poor", 5, "Poor", 10, "Fair", 20, "Good", 30, "Excellent", 15), MISSING);

        assertThat(veryGood.family().id()).isEqualTo("quality-5-very-good");
        assertThat(valueOf(veryGood, "Poor")).isEqualTo(1.0);
        assertThat(valueOf(veryGood, "Very good")).isEqualTo(4.0);
        assertThat(veryGood.coverage()).isEqualTo(1.0);
        assertThat(veryGood.rivals()).isEmpty();
        assertThat(veryPoor.family().id()).isEqualTo("quality-5");
        assertThat(valueOf(veryPoor, "Poor")).isEqualTo(2.0);
        assertThat(veryPoor.labelCounts()).containsExactly(entry("Very poor", 5L), entry("Poor", 10L),
                entry("Fair", 20L), entry("Good", 30L), entry("Excellent", 15L));
        assertThat(veryPoor.rivals()).isEmpty();
    }

    @Test
    void caseSpacingAndNumberPrefixesDoNotMatter() {
        LabelMatch m = LabelFamilies.match(counts("5 - STRONGLY AGREE", 40, "4 - agree", 30,
                " 3 -  Neither agree  nor disagree ", 20, "2. Disagree", 8, "1 (strongly disagree)", 2), MISSING);

        assertThat(m.family().id()).isEqualTo("agreement-5");
        assertThat(m.answers()).isEqualTo(100);
        assertThat(m.covered()).isEqualTo(100);
        assertThat(m.unknownLabels()).isEmpty();
        assertThat(m.labelCounts().values()).containsExactly(2L, 8L, 20L, 30L, 40L);
        assertThat(m.topUnused()).isFalse();
    }

    @Test
    void missingCodesAndEmptyCellsAreNotAnswers() {
        LabelMatch m = LabelFamilies.match(counts("Nooit", 3, "Zelden", 5, "Soms", 10, "vaak", 6, "ALTIJD", 1,
                "Weet niet", 40, "", 100, "99", 7), List.of("Weet niet", "99"));

        assertThat(m.family().id()).isEqualTo("frequency-nl-5");
        assertThat(m.answers()).isEqualTo(25);
        assertThat(m.unknownLabels()).isEmpty();
    }

    @Test
    void aFewUnknownAnswersAreListedWithTheirCountsButTooManyMeanNoFamily() {
        LabelMatch few = LabelFamilies.match(counts("Never", 30, "Rarely", 20, "Sometimes", 26, "Often", 10,
                "Always", 10, "Once", 1, "Daily", 3), MISSING);
        LabelMatch many = LabelFamilies.match(counts("Never", 30, "Rarely", 20, "Sometimes", 25, "Often", 10,
                "Always", 9, "Daily", 6), MISSING);

        assertThat(few.family().id()).isEqualTo("frequency-5");
        assertThat(few.answers()).isEqualTo(100);
        assertThat(few.covered()).isEqualTo(96);
        assertThat(few.coverage()).isEqualTo(0.96);
        assertThat(few.unknownLabels()).containsExactly(entry("Daily", 3L), entry("Once", 1L));
        assertThat(few.rivals()).as("frequency-6 holds every frequency-5 label").isEmpty();
        assertThat(many).as("94 of 100 answers known").isNull();
    }

    @Test
    void anUnusedTopLabelIsReported() {
        LabelMatch m = LabelFamilies.match(counts("Strongly disagree", 4, "Disagree", 10,
                "Neither agree nor disagree", 30, "Agree", 56), MISSING);

        assertThat(m.family().id()).as("4 of 5 labels used beats 4 of 7").isEqualTo("agreement-5");
        assertThat(m.unusedLabels()).containsExactly("Strongly agree");
        assertThat(m.topUnused()).isTrue();
        assertThat(m.labelCounts()).containsEntry("Strongly agree", 0L);
    }

    @Test
    void theFullyUsedFamilyWinsAndLongerScalesWithUnchosenLabelsAreNoRivals() {
        LabelMatch m = LabelFamilies.match(counts("Strongly disagree", 5, "Disagree", 15, "Agree", 50,
                "Strongly agree", 30), MISSING);

        assertThat(m.family().id()).isEqualTo("agreement-4");
        assertThat(valueOf(m, "Agree")).isEqualTo(3.0);
        assertThat(m.rivals()).as("agreement-5 and -7 hold all four labels and more").isEmpty();
    }

    @Test
    void familiesReadingTheSameAnswersAsOtherPointsAreRivals() {
        LabelMatch m = LabelFamilies.match(counts("Slecht", 10, "Goed", 90), MISSING);

        // Slecht is 1 of 4 in Slecht/Matig/Goed/Uitstekend, 2 of 5 in Zeer slecht/Slecht/Neutraal/Goed/Zeer goed
        assertThat(m.family().id()).isEqualTo("quality-nl-4");
        assertThat(ids(m.rivals())).containsExactly("quality-nl-5-zeer-goed");
        assertThat(m.unusedLabels()).containsExactly("Matig", "Uitstekend");
    }

    @Test
    void rivalsReadingAlikeAreListedOnce() {
        LabelMatch m = LabelFamilies.match(counts("Disagree", 10, "Agree", 20), MISSING);

        // both Microsoft Forms families read Disagree as 2 and Agree as 4 of 5; agreement-5 holds all of agreement-4
        assertThat(m.family().id()).isEqualTo("agreement-4");
        assertThat(ids(m.rivals())).containsExactly("agreement-5-completely");
    }

    @Test
    void fourQualityLabelsAreTheFourPointScale() {
        LabelMatch m = LabelFamilies.match(counts("poor", 2, "FAIR", 8, "Good", 60, "Excellent", 30), MISSING);

        assertThat(m.family().id()).isEqualTo("quality-4");
        assertThat(valueOf(m, "Good")).isEqualTo(3.0);
        assertThat(m.labelCounts()).containsEntry("Poor", 2L).containsEntry("Fair", 8L);
    }

    @Test
    void ofFamiliesKnowingTheSameAnswersTheShortestWins() {
        // "Never" and "Always" use 2 of 4 labels of frequency-4, 2 of 5 of frequency-5, 2 of 6 of frequency-6
        LabelMatch m = LabelFamilies.match(counts("Never", 10, "Always", 10), MISSING);

        assertThat(m.family().id()).isEqualTo("frequency-4");
        assertThat(ids(m.rivals())).as("Never and Always are the ends of every frequency scale").isEmpty();
    }

    @Test
    void satisfactionWithNeutralIsNotAgreement() {
        LabelMatch m = LabelFamilies.match(counts("Very satisfied", 20, "Satisfied", 40, "Neutral", 25,
                "Dissatisfied", 15), MISSING);

        assertThat(m.family().id()).isEqualTo("satisfaction-5-neutral");
        assertThat(m.unusedLabels()).containsExactly("Very dissatisfied");
        assertThat(m.topUnused()).isFalse();
    }

    @Test
    void binaryOutcomesReadZeroToOne() {
        LabelMatch airline = LabelFamilies.match(
                counts("satisfied", 45025, "neutral or dissatisfied", 58879), MISSING);
        LabelMatch dutch = LabelFamilies.match(counts("Ja", 70, "Nee", 30, "n.v.t.", 4), MISSING);

        assertThat(airline.family().id()).isEqualTo("outcome-satisfied");
        assertThat(airline.family().scale()).isEqualTo(Scale.of(0, 1));
        assertThat(valueOf(airline, "satisfied")).isEqualTo(1.0);
        assertThat(valueOf(airline, "neutral or dissatisfied")).isEqualTo(0.0);
        assertThat(dutch.family().id()).isEqualTo("outcome-nl-ja-nee");
        assertThat(dutch.answers()).isEqualTo(100);
    }

    @Test
    void sevenAgreementLabelsAreTheSevenPointScale() {
        LabelMatch m = LabelFamilies.match(counts("Strongly disagree", 1, "Disagree", 2, "Somewhat disagree", 3,
                "Neither agree nor disagree", 4, "Somewhat agree", 5, "Agree", 6, "Strongly agree", 7), MISSING);

        assertThat(m.family().id()).isEqualTo("agreement-7");
        assertThat(valueOf(m, "Somewhat agree")).isEqualTo(5.0);
    }

    @Test
    void flemishAgreement() {
        LabelMatch m = LabelFamilies.match(counts("Helemaal akkoord", 50, "Akkoord", 30, "Neutraal", 10,
                "Niet akkoord", 8, "Helemaal niet akkoord", 2), MISSING);

        assertThat(m.family().id()).isEqualTo("agreement-nl-5-akkoord");
        assertThat(valueOf(m, "Niet akkoord")).isEqualTo(2.0);
    }

    @Test
    void numbersFreeTextAndEmptyColumnsHaveNoFamily() {
        assertThat(LabelFamilies.match(counts("1", 10, "2", 20, "5", 30), MISSING)).isNull();
        assertThat(LabelFamilies.match(counts("Great service", 1, "Too slow", 1), MISSING)).isNull();
        assertThat(LabelFamilies.match(counts("", 10, "N/A", 3), MISSING)).isNull();
        assertThat(LabelFamilies.match(Map.of(), MISSING)).isNull();
    }

    // --- other languages, spellings and idioms

    @Test
    void frenchWelcomeLabelsWithAnIdiomForTheLowestStepAreTheFourPointQualityScale() {
        LabelMatch m = LabelFamilies.match(counts("Excellent", 60, "Bien", 100, "Moyen", 30,
                "Accueil laisse à désirer", 10), MISSING);

        assertThat(m.family().id()).isEqualTo("quality-fr-4");
        assertThat(m.coverage()).isEqualTo(1.0);
        assertThat(m.byPhrase()).containsOnlyKeys("Accueil laisse à désirer");
        assertThat(m.byPhrase().get("Accueil laisse à désirer").position()).isZero();
        assertThat(m.byPhrase().get("Accueil laisse à désirer").phrase().words()).isEqualTo("laisse à désirer");
        assertThat(m.columnLabels()).containsExactly("Accueil laisse à désirer", "Moyen", "Bien", "Excellent");
        assertThat(m.labelCounts().values()).containsExactly(10L, 30L, 100L, 60L);
        assertThat(m.rivals()).as("the five-point family holds all four labels").isEmpty();
    }

    @Test
    void feminineFrenchQualityLabelsWithAnImprovementIdiom() {
        LabelMatch m = LabelFamilies.match(counts("Bonne", 40, "Excellente", 35, "Moyenne", 20,
                "L’offre devrait être améliorée", 5), MISSING);

        assertThat(m.family().id()).isEqualTo("quality-fr-4-f");
        assertThat(m.columnLabels()).containsExactly("L’offre devrait être améliorée", "Moyenne", "Bonne", "Excellente");
        assertThat(m.family().value(0)).isEqualTo(1.0);
    }

    @Test
    void anIdiomAfterANegationOrBesideTheListedLowestLabelIsNoLowestStep() {
        assertThat(LabelFamilies.phraseIn("Rien à améliorer")).isNull();
        assertThat(LabelFamilies.phraseIn("Accueil laisse à désirer")).isNotNull();
        assertThat(LabelFamilies.phraseIn("Accueil laisse a desirer!")).as("accents and punctuation aside").isNotNull();
        assertThat(LabelFamilies.phraseIn("Formation à améliorer")).isNotNull();
        assertThat(LabelFamilies.phraseIn("Améliorations à améliorerx")).as("whole words only").isNull();

        LabelMatch m = LabelFamilies.match(counts("Mauvais", 5, "Accueil laisse à désirer", 5, "Moyen", 30,
                "Bien", 40, "Excellent", 20), MISSING);
        assertThat(m.family().id()).isEqualTo("quality-fr-4");
        assertThat(m.byPhrase()).as("Mauvais already is the lowest step").isEmpty();
        assertThat(m.unknownLabels()).containsExactly(entry("Accueil laisse à désirer", 5L));
    }

    @Test
    void accentsCaseAndNoBreakSpacesDoNotMatterAndTheColumnKeepsItsOwnSpelling() {
        LabelMatch m = LabelFamilies.match(counts("tres satisfait", 30, "Très satisfait", 10, "SATISFAIT", 40,
                "Ni satisfait ni insatisfait", 12, "Insatisfait", 6, "Très\u00a0insatisfait", 2), MISSING);

        assertThat(m.family().id()).isEqualTo("satisfaction-fr-5");
        assertThat(m.coverage()).isEqualTo(1.0);
        assertThat(m.labelCounts().values()).containsExactly(2L, 6L, 12L, 40L, 40L);
        assertThat(m.byPhrase()).isEmpty();
        // the import finds labels by the same key, so the accent-less spelling most answers use is listed
        assertThat(m.columnLabels()).containsExactly("Très insatisfait", "Insatisfait", "Ni satisfait ni insatisfait",
                "Satisfait", "tres satisfait");
    }

    @Test
    void germanSpanishAndKoreanFamilies() {
        LabelMatch german = LabelFamilies.match(counts("Stimme voll zu", 20, "Stimme zu", 40, "Teils/teils", 25,
                "Stimme nicht zu", 10, "Stimme gar nicht zu", 5), MISSING);
        LabelMatch grades = LabelFamilies.match(counts("sehr gut", 20, "gut", 40, "befriedigend", 25,
                "ausreichend", 10, "mangelhaft", 4, "ungenügend", 1), MISSING);
        LabelMatch spanish = LabelFamilies.match(counts("Muy satisfecha", 20, "Satisfecha", 40,
                "Ni satisfecha ni insatisfecha", 25, "Insatisfecha", 15), MISSING);
        LabelMatch korean = LabelFamilies.match(counts("매우 만족", 50, "만족", 30, "보통", 15, "불만족", 4,
                "매우불만족", 1), MISSING);

        assertThat(german.family().id()).isEqualTo("agreement-de-5");
        assertThat(valueOf(german, "Stimme nicht zu")).isEqualTo(2.0);
        assertThat(grades.family().id()).isEqualTo("quality-de-6-noten");
        assertThat(valueOf(grades, "Befriedigend")).isEqualTo(4.0);
        assertThat(spanish.family().id()).isEqualTo("satisfaction-es-5-f");
        assertThat(spanish.topUnused()).isFalse();
        assertThat(spanish.unusedLabels()).containsExactly("Muy insatisfecha");
        assertThat(korean.family().id()).isEqualTo("satisfaction-ko-5");
        assertThat(korean.labelCounts().values()).as("매우불만족 without its space is the lowest step")
                .containsExactly(1L, 4L, 15L, 30L, 50L);
    }

    @Test
    void aLongFilesAnswerColumnMatchesAtALowerShareWithTheOtherAnswersListed() {
        Map<String, Long> answers = counts("매우 만족", 50, "만족", 20, "보통", 5, "남자", 15, "여자", 10);

        assertThat(LabelFamilies.match(answers, MISSING)).as("75 % labels is no wide rating column").isNull();
        LabelMatch m = LabelFamilies.match(answers, MISSING, 0.5);
        assertThat(m.family().id()).isEqualTo("satisfaction-ko-5");
        assertThat(m.covered()).isEqualTo(75);
        assertThat(m.unknownLabels()).containsExactly(entry("남자", 15L), entry("여자", 10L));
    }
}
