package org.cxlens.importer.mapping;

import static org.cxlens.importer.mapping.RoleWords.LIKELIHOOD_STEMS;
import static org.cxlens.importer.mapping.RoleWords.LOYALTY_WORDS;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;

/**
 * The rules a suggestion applies across columns once each has a role of its own: one column per
 * single-valued role, the overall item, the long shape, the wave, and the warnings about doubtful
 * codes and the file as a whole.
 */
final class WholeFileRules {

    private static final Set<ColumnRole> ONE_ONLY = EnumSet.of(ColumnRole.RESPONDENT_ID, ColumnRole.DEPARTMENT,
            ColumnRole.TOUCHPOINT, ColumnRole.OVERALL_SATISFACTION, ColumnRole.OVERALL_EXPECTATION,
            ColumnRole.RECOMMEND, ColumnRole.WAVE, ColumnRole.WEIGHT);
    private static final Pattern PERIOD = Pattern.compile(
            "(?i)\\d{4}\\s*[-/ ]?\\s*[QKH]\\d|[QKH]\\d\\s*[-/ ]?\\s*\\d{4}|(?:wave|meting|golf|ronde|round)\\s*\\d{1,2}");
    /** "Q10", "CUSA2", "x_3": letters and digits with no word a person would read. */
    private static final Pattern CODE_ONLY = Pattern.compile("(?=.*\\d)[A-Za-z0-9_.]{2,12}|[a-z]{2,6}");

    private final Set<String> missing;

    WholeFileRules(Set<String> missing) {
        this.missing = missing;
    }

    /**
     * Without a header that says "overall", the first general satisfaction question (one that
     * names no aspect) is taken as the overall item, with a warning; later general questions are
     * aspects of the experience and become touchpoints.
     */
    void chooseOverall(List<ColumnCandidate> candidates) {
        ColumnCandidate explicit = null;
        for (ColumnCandidate c : candidates) {
            if (c.role == ColumnRole.OVERALL_SATISFACTION && c.overall) {
                explicit = c;
                break;
            }
        }
        if (explicit == null) {
            // "How satisfied are you" is the overall item before "please rate" or an "eval_" code.
            for (ColumnCandidate c : candidates) {
                if (c.role == ColumnRole.OVERALL_SATISFACTION && c.contains("tevreden", "satisf", "csat", "cusa")) {
                    explicit = c;
                    if (!ColumnCandidate.isShort(c.name) || c.name.raw().indexOf(' ') < 0) {
                        c.warn("mapping.warning.overallGuessed");
                    }
                    break;
                }
            }
        }
        boolean first = true;
        for (ColumnCandidate c : candidates) {
            if (c.role != ColumnRole.OVERALL_SATISFACTION || c == explicit) {
                continue;
            }
            if (explicit == null && first) {
                first = false;
                if (!c.overall && !ColumnCandidate.isShort(c.name)) {
                    c.warn("mapping.warning.overallGuessed");
                }
                continue;
            }
            c.role = ColumnRole.TOUCHPOINT_SCORE;
            c.touchpoint = c.label().strip();
            c.evidence.clear();
            c.because("mapping.why.secondOverall");
            if (c.overall) {
                c.warn("mapping.warning.secondOverall", explicit == null ? "" : explicit.column.name());
            }
        }
    }

    /**
     * Long shape when a touchpoint-name column was found, or when respondent ids repeat and one
     * low-cardinality text column differs between the rows of each respondent.
     */
    boolean findLongShape(List<ColumnCandidate> candidates) {
        ColumnCandidate id = null;
        for (ColumnCandidate c : candidates) {
            if (c.role == ColumnRole.TOUCHPOINT) {
                return true;
            }
            if (c.role == ColumnRole.RESPONDENT_ID && id == null) {
                id = c;
            }
        }
        if (id == null) {
            return false;
        }
        for (ColumnCandidate c : candidates) {
            if (c.role == ColumnRole.SEGMENT && variesWithinRespondents(id.sample, c.sample)) {
                c.role = ColumnRole.TOUCHPOINT;
                c.evidence.clear();
                c.because("mapping.why.longShape");
                return true;
            }
        }
        return false;
    }

    private boolean variesWithinRespondents(List<String> ids, List<String> values) {
        Map<String, Set<String>> seen = new HashMap<>();
        boolean repeated = false;
        DecimalParser numbers = new DecimalParser('.');
        for (int i = 0; i < ids.size(); i++) {
            String v = values.get(i);
            if (ids.get(i).isEmpty() || v.isEmpty() || !Double.isNaN(numbers.parse(v))) {
                return false;
            }
            Set<String> mine = seen.computeIfAbsent(ids.get(i), k -> new HashSet<>());
            repeated |= !mine.isEmpty();
            if (!mine.add(v)) {
                return false;
            }
        }
        return repeated;
    }

    /**
     * The touchpoints a long file names, in the journey order the preview's rows show, each a
     * standard moment: the profile lists them for the consultant to mark moments of truth and
     * excel moments.
     */
    List<TouchpointSetting> touchpointSettings(List<ColumnCandidate> candidates) {
        ColumnCandidate id = null;
        ColumnCandidate touchpoint = null;
        for (ColumnCandidate c : candidates) {
            if (c.role == ColumnRole.RESPONDENT_ID && id == null) {
                id = c;
            } else if (c.role == ColumnRole.TOUCHPOINT && touchpoint == null) {
                touchpoint = c;
            }
        }
        if (touchpoint == null) {
            return List.of();
        }
        Map<String, Integer> localOf = new LinkedHashMap<>();
        Map<String, Integer> lastOfRespondent = new HashMap<>();
        JourneyOrder journey = new JourneyOrder();
        for (int row = 0; row < touchpoint.sample.size(); row++) {
            String name = touchpoint.sample.get(row);
            if (name.isEmpty() || missing.contains(LabelTable.normalize(name))) {
                continue;
            }
            Integer local = localOf.computeIfAbsent(name, k -> localOf.size());
            if (id != null && !id.sample.get(row).isEmpty()) {
                Integer previous = lastOfRespondent.put(id.sample.get(row), local);
                if (previous != null && !previous.equals(local)) {
                    journey.observe(previous, local);
                }
            }
        }
        // Names only past the preview's rows still belong to the catalogue, after the ones seen in order.
        for (ColumnValues.Count v : touchpoint.answered) {
            localOf.computeIfAbsent(v.value(), k -> localOf.size());
        }
        List<String> names = new ArrayList<>(localOf.keySet());
        List<TouchpointSetting> out = new ArrayList<>();
        for (int local : journey.order(names.size())) {
            out.add(new TouchpointSetting(names.get(local), null, MomentType.STANDARD));
        }
        return out;
    }

    /** Without a wave header, the first segment column whose every answer names a period is the wave. */
    void findWaveByValues(List<ColumnCandidate> candidates) {
        for (ColumnCandidate c : candidates) {
            if (c.role == ColumnRole.WAVE) {
                return;
            }
        }
        for (ColumnCandidate c : candidates) {
            if (c.role == ColumnRole.SEGMENT && !c.answered.isEmpty() && c.values.complete()
                    && c.answered.stream().allMatch(v -> PERIOD.matcher(v.value()).matches())) {
                c.role = ColumnRole.WAVE;
                c.because("mapping.why.periodValues");
                return;
            }
        }
    }

    /** One column per single-valued role (and per touchpoint item); later ones become segments or ignored. */
    void keepOnePerRole(List<ColumnCandidate> candidates, Shape shape) {
        ColumnCandidate bestDate = null;
        for (ColumnCandidate c : candidates) {
            if (c.role == ColumnRole.DATE && (bestDate == null || c.datePriority < bestDate.datePriority)) {
                bestDate = c;
            }
        }
        ColumnCandidate bestRecommend = null;
        for (ColumnCandidate c : candidates) {
            if (c.role == ColumnRole.RECOMMEND && (bestRecommend == null || recommendRank(c) > recommendRank(bestRecommend))) {
                bestRecommend = c;
            }
        }
        Set<ColumnRole> taken = EnumSet.noneOf(ColumnRole.class);
        Set<String> items = new HashSet<>();
        for (ColumnCandidate c : candidates) {
            boolean demote;
            if (c.role == ColumnRole.DATE) {
                demote = c != bestDate;
            } else if (c.role == ColumnRole.RECOMMEND) {
                demote = c != bestRecommend;
            } else if (ONE_ONLY.contains(c.role) || shape == Shape.LONG
                    && (c.role == ColumnRole.TOUCHPOINT_SCORE || c.role == ColumnRole.TOUCHPOINT_EXPECTATION)) {
                demote = !taken.add(c.role);
            } else if (c.role == ColumnRole.TOUCHPOINT_SCORE || c.role == ColumnRole.TOUCHPOINT_EXPECTATION) {
                demote = !items.add(c.role + "\n" + c.touchpoint.toLowerCase(Locale.ROOT));
            } else {
                demote = false;
            }
            if (demote) {
                Message heldRole = Message.of("role." + c.role.name());
                // A second date (when the respondent started, say) is kept as it is, never offered as a segment.
                c.role = c.role == ColumnRole.DATE ? ColumnRole.IGNORE : c.segmentOrIgnore();
                c.warn(c.role == ColumnRole.SEGMENT ? "mapping.warning.roleTaken" : "mapping.warning.roleTakenIgnored", heldRole);
                c.touchpoint = null;
            }
        }
    }

    /** The real NPS item outranks a "recommend" statement: a likelihood question on a long numeric scale. */
    private static int recommendRank(ColumnCandidate c) {
        int rank = 0;
        if (c.contains(LIKELIHOOD_STEMS)) {
            rank += 2;
        }
        if (c.scale != null && !c.scale.fromLabels() && c.scale.scale().high() >= 10) {
            rank += 4;
        }
        return rank;
    }

    /**
     * A header that is only a code ("Q10", "CUSA2") says nothing of what was asked: its role is a
     * guess. Without a recommend item, a loyalty item may be the one the user wants.
     */
    static void warnDoubtfulCodes(List<ColumnCandidate> candidates) {
        boolean recommend = candidates.stream().anyMatch(c -> c.role == ColumnRole.RECOMMEND);
        for (ColumnCandidate c : candidates) {
            boolean codeOnly = CODE_ONLY.matcher(c.name.raw()).matches() && c.question.raw().equals(c.name.raw());
            if (codeOnly && ColumnCandidate.scored(c.role)) {
                c.warn("mapping.warning.codeOnly");
            }
            if (ColumnCandidate.scored(c.role) && c.scale != null && c.scale.scale().equals(Scale.of(0, 1))) {
                c.warn("mapping.warning.twoWay", c.scale.labels().isEmpty() ? "1" : c.scale.labels().get(1));
            }
            if (!recommend && c.role == ColumnRole.SEGMENT && (c.hasWord(LOYALTY_WORDS) || c.name.contains("cusl"))) {
                c.warn("mapping.warning.maybeRecommend");
            }
        }
    }

    List<Message> fileWarnings(List<ColumnCandidate> candidates, FileProfile profile, Shape shape) {
        List<Message> out = new ArrayList<>();
        boolean touchpoint = candidates.stream().anyMatch(c -> c.role == ColumnRole.TOUCHPOINT_SCORE);
        boolean outcome = candidates.stream().anyMatch(c -> c.role == ColumnRole.OVERALL_SATISFACTION
                || c.role == ColumnRole.RECOMMEND);
        FileKind kind = FileKind.of(candidates.stream().map(c -> c.label()).toList(),
                candidates.stream().map(c -> c.values).toList(), profile.rows());
        if (kind != null) {
            out.add(Message.of(kind.messageKey()));
        } else if (!touchpoint && !outcome && candidates.stream().noneMatch(c -> ColumnCandidate.scored(c.role))) {
            out.add(Message.of("mapping.warning.notSurvey"));
        }
        if (!touchpoint) {
            out.add(Message.of("mapping.warning.noTouchpoint"));
        }
        if (!outcome) {
            out.add(Message.of("mapping.warning.noOutcome"));
        }
        if (profile.isSample()) {
            out.add(Message.of("mapping.warning.sampled", profile.sampled(), profile.rows()));
        }
        return out;
    }
}
