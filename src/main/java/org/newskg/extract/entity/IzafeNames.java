package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;

/**
 * "Lashkar-e-Taiba", "Hizb-ul-Mujahideen", "Tehrik-i-Taliban": names joined by a short lower-case connector between
 * hyphens (the Persian and Urdu izafe, the Arabic article) are one word in the text, but the tokenizer splits them and
 * the finders often keep only the capitalized part on one side ("Taiba"). A mention glued to such a connector and the
 * capitalized word beyond it takes them in, on either side, unless another mention is there.
 *
 * <pre>{@code
 * List<EntityMention> whole = IzafeNames.join(article, mentions);
 * }</pre>
 * Stateless and thread-safe.
 */
final class IzafeNames {

    private static final Pattern BEFORE = Pattern.compile("\\p{Lu}\\p{L}*-\\p{Ll}{1,3}-$");
    private static final Pattern AFTER = Pattern.compile("^-\\p{Ll}{1,3}-\\p{Lu}\\p{L}*");
    /** "Hizb-ul" + "-Mujahideen": a mention that ends on the connector. */
    private static final Pattern ENDS_ON_CONNECTOR = Pattern.compile("\\p{L}-\\p{Ll}{1,3}$");
    private static final Pattern AFTER_CONNECTOR = Pattern.compile("^-\\p{Lu}\\p{L}*");
    /** How far before a mention a joined word may start ("Mujahideen-e-" and a little more). */
    private static final int REACH = 32;

    private IzafeNames() {
    }

    /** The mentions (sorted, not overlapping), each extended over the joined words around it. */
    static List<EntityMention> join(String article, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            EntityMention m = out.get(i);
            int begin = m.begin();
            int end = m.end();
            // (clamped: overlapping mentions, which the recognizer should not give, must not fail the article)
            int floor = Math.min(begin, i > 0 ? out.get(i - 1).end() : 0);
            // Both patterns need a hyphen next to the mention: most mentions have none and skip the matchers.
            int from = Math.max(floor, begin - REACH);
            if (article.lastIndexOf('-', begin - 1) >= from) {
                Matcher b = BEFORE.matcher(article.substring(from, begin));
                if (b.find()) {
                    begin -= b.group().length();
                }
            }
            int ceiling = Math.max(end, i + 1 < out.size() ? out.get(i + 1).begin() : article.length());
            int limit = Math.min(ceiling, end + REACH);
            if (end < limit && article.charAt(end) == '-') {   // AFTER and AFTER_CONNECTOR start with one
                String after = article.substring(end, limit);
                Matcher a = ENDS_ON_CONNECTOR.matcher(m.text()).find() ? AFTER_CONNECTOR.matcher(after) : AFTER.matcher(after);
                if (a.find() && (end + a.end() == ceiling || end + a.end() == article.length()
                        || !Character.isLetter(article.charAt(end + a.end())))) {
                    end += a.end();
                }
            }
            if (begin != m.begin() || end != m.end()) {
                String text = article.substring(begin, end);
                out.set(i, new EntityMention(begin, end, text, m.sentence(), m.type(), text, null, m.rule(), m.confidence()));
            }
        }
        return out;
    }
}
