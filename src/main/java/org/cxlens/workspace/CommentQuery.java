package org.cxlens.workspace;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Touchpoint;

/**
 * How the comments page narrows the comments of the filtered respondents.
 *
 * @param search     words every shown comment contains, in any case; blank for every comment
 * @param classes    the respondent classes shown; all three also show respondents without a class
 * @param touchpoint the touchpoint the comments are about, or null for every comment
 */
public record CommentQuery(String search, Set<ExperienceClass> classes, Touchpoint touchpoint) {

    /** Every comment of the filtered respondents. */
    public static final CommentQuery ALL = new CommentQuery("", EnumSet.allOf(ExperienceClass.class), null);

    public CommentQuery {
        search = search == null ? "" : search.strip();
        classes = classes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(classes));
    }

    public CommentQuery withSearch(String text) {
        return new CommentQuery(text, classes, touchpoint);
    }

    public CommentQuery withClasses(Set<ExperienceClass> shown) {
        return new CommentQuery(search, shown, touchpoint);
    }

    public CommentQuery withTouchpoint(Touchpoint about) {
        return new CommentQuery(search, classes, about);
    }

    /** Whether the class choice lets every respondent through, classified or not. */
    boolean everyClass() {
        return classes.size() == ExperienceClass.values().length;
    }

    /** The search's words in lower case; none for a blank search. */
    public List<String> words() {
        return search.isEmpty() ? List.of()
                : Arrays.stream(search.toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }
}
