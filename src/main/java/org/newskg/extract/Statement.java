package org.newskg.extract;

import java.util.List;
import java.util.Objects;

/**
 * A reported statement: who said what. {@code begin}/{@code end} delimit the content (the reported clause
 * or the quote, without the attribution) in the article text, and may span several sentences. Immutable.
 *
 * @param speaker    the speaker's mention (the antecedent when the text says "he" or "the minister")
 * @param begin      first character of the content
 * @param end        one past the last character of the content
 * @param text       the content, exactly the article text in [begin, end)
 * @param cue        the attribution words ("said", "stressed", "according to"), as evidence
 * @param verb       the reporting verb's lemma ("say", "stress", "according to")
 * @param kind       "indirect", "direct" (a quote) or "according-to"
 * @param date       when it was said, or null (the writer then falls back to nothing, never to a guess)
 * @param about      entity mentions inside the content, in text order
 * @param rule       which pattern produced it
 * @param confidence in [0, 1]
 */
public record Statement(EntityMention speaker, int begin, int end, String text, Evidence cue, String verb,
                        String kind, TimeMention date, List<EntityMention> about, String rule, double confidence) {

    public Statement {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        about = List.copyOf(about);
        if (begin < 0 || end <= begin || text.length() != end - begin) {
            throw new IllegalArgumentException("bad statement content [" + begin + ", " + end + ") '" + text + "'");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " is not in [0, 1]");
        }
    }
}
