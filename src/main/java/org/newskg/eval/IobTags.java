package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;
import org.newskg.NewsKgException;

/**
 * IOB tags to typed token spans and back. Reading accepts IOB1 and IOB2 ("I-" after a different type
 * starts a new name); writing is always IOB2. Types are normalized to PER, ORG, LOC and MISC.
 *
 * <pre>{@code
 * List<Span> names = IobTags.spans(List.of("B-PER", "I-PER", "O"), "file", 3);
 * String[] tags = IobTags.tags(3, names);   // B-PER I-PER O
 * }</pre>
 * Stateless and thread-safe.
 */
public final class IobTags {

    private IobTags() {
    }

    public static List<Span> spans(List<String> tags, String name, int lineNo) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            if (!tag.equals("O") && !tag.matches("[BI]-\\S+")) {
                throw new NewsKgException(name + " (sentence ending near line " + lineNo + "): tag '" + tag
                        + "' is neither O nor B-TYPE/I-TYPE");
            }
            String t = tag.equals("O") ? null : normalizeType(tag.substring(2));
            boolean continues = tag.startsWith("I-") && t.equals(type);
            if (type != null && !continues) {
                spans.add(new Span(start, i, type));
                type = null;
            }
            if (t != null && !continues) {
                start = i;
                type = t;
            }
        }
        return spans;
    }

    /** IOB2 tags of a sentence of {@code length} tokens holding these names. */
    public static String[] tags(int length, List<Span> names) {
        String[] tags = new String[length];
        java.util.Arrays.fill(tags, "O");
        for (Span s : names) {
            for (int i = s.getStart(); i < s.getEnd(); i++) {
                tags[i] = (i == s.getStart() ? "B-" : "I-") + s.getType();
            }
        }
        return tags;
    }

    /** PER, ORG, LOC or MISC for the type names of the corpora newskg reads (OTH, GPE, person, place...). */
    public static String normalizeType(String type) {
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON" -> "PER";
            case "ORG", "ORGANIZATION", "ORGANISATION" -> "ORG";
            case "LOC", "LOCATION", "GPE", "PLACE", "FAC", "FACILITY" -> "LOC";
            default -> "MISC";
        };
    }
}
