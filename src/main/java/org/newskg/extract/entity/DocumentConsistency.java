package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * One article, one reading of a name: every unlinked occurrence of the same word sequence gets the type
 * most of them have (the first one's on a tie), and a name of two or more words (or a quoted work title) found once is found
 * wherever it is repeated (rule {@code doc:repeat}), also over people found there only in part. Short forms ("Gingrich" after "Newt Gingrich") are
 * {@link ShortFormResolver}'s job.
 *
 * <pre>{@code
 * List<EntityMention> consistent = DocumentConsistency.apply(article, sentences, mentions);
 * }</pre>
 * Stateless and thread-safe; the result is sorted by offset and has no overlaps. Linear in the words, n log n in the
 * mentions.
 */
final class DocumentConsistency {

    static final String RULE = "doc:repeat";
    private static final String DATELINE_PLACE = "pattern:dateline-place";
    private static final java.util.Set<String> CUED_COMPANY_RULES = java.util.Set.of("pattern:org-follower", "pattern:org-context",
            RuleMatches.CONJUNCT_RULE,
            "pattern:org-its");

    private DocumentConsistency() {
    }

    static List<EntityMention> apply(String article, List<SentenceWords> sentences, List<EntityMention> mentions) {
        List<EntityMention> typed = sameType(mentions);
        Map<String, EntityMention> byText = new LinkedHashMap<>();
        for (EntityMention m : typed) {
            if (m.text().contains(" ") && !m.rule().equals("kb:demonym") || isCuedCompany(m) || isUnknownDateline(m)
                    || m.rule().equals(WorkTitleFinder.TITLE_RULE)) {
                byText.putIfAbsent(m.text(), m);
            }
        }
        if (byText.isEmpty()) {
            return headlineSurnames(article, sentences, typed);
        }
        // The names by length: each span of two to eight words is compared with the article in place, instead of
        // cutting a new string for each of the seven spans that start at every word of the article.
        List<List<EntityMention>> byLength = new ArrayList<>();
        for (Map.Entry<String, EntityMention> t : byText.entrySet()) {
            while (byLength.size() <= t.getKey().length()) {
                byLength.add(null);
            }
            if (byLength.get(t.getKey().length()) == null) {
                byLength.set(t.getKey().length(), new ArrayList<>(2));
            }
            byLength.get(t.getKey().length()).add(t.getValue());
        }
        MentionIndex out = new MentionIndex();
        typed.forEach(out::add);
        for (SentenceWords w : sentences) {
            for (int i = 0; i < w.size(); i++) {
                for (int j = Math.min(w.size(), i + 8); j > i; j--) {
                    int b = w.begins()[i];
                    int e = w.ends()[j - 1];
                    EntityMention found = e - b > 0 ? withText(article, b, e, byLength) : null;
                    if (found != null && (out.isFree(b, e) || replacesParts(out, found, b, e)
                            || isShouted(article, b, e) && replacesShoutedParts(out, b, e))) {
                        out.add(new EntityMention(b, e, article.substring(b, e), w.sentence().index(), found.type(), found.name(),
                                found.kbQid(), RULE, found.confidence()));
                        i = j - 1;
                        break;
                    }
                }
            }
        }
        return headlineSurnames(article, sentences, out.inOrder());
    }

    /**
     * "DOE SENTENCED TO LIFE" over a story about "John Doe" (or "Li Wei-ming"): in an all-caps line, a word nothing was
     * found on that spells the first or last word of a person the story names in running text is that person.
     */
    private static List<EntityMention> headlineSurnames(String article, List<SentenceWords> sentences, List<EntityMention> mentions) {
        Map<String, EntityMention> parts = new HashMap<>();
        for (EntityMention m : mentions) {
            String[] words = m.text().split(" ");
            if (m.type() == EntityType.PERSON && words.length >= 2 && !isAllCaps(m.text())) {
                for (String part : new String[] {words[0], words[words.length - 1]}) {
                    if (part.length() >= 2 && Character.isUpperCase(part.codePointAt(0)) && !part.contains("-")) {
                        parts.putIfAbsent(part.toUpperCase(java.util.Locale.ROOT), m);
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            return mentions;
        }
        MentionIndex out = new MentionIndex();
        mentions.forEach(out::add);
        for (SentenceWords w : sentences) {
            if (!NameWords.isAllCapsLine(w.words())) {
                continue;
            }
            for (int i = 0; i < w.size(); i++) {
                EntityMention person = parts.get(w.words()[i]);
                int b = w.begins()[i];
                int e = w.ends()[i];
                if (person != null && out.isFree(b, e)) {
                    out.add(new EntityMention(b, e, article.substring(b, e), w.sentence().index(), EntityType.PERSON,
                            person.name(), null, RULE, person.confidence()));
                }
            }
        }
        return out.inOrder();
    }

    /**
     * "BHP shares rose", "Shell said its": a one-word company named so by a cue around it is that company wherever the
     * word recurs ("BHP said it would..."); other one-word names are left to the model, which reads each in context.
     */
    private static boolean isCuedCompany(EntityMention m) {
        return m.type() == EntityType.ORGANIZATION && !m.text().contains(" ") && CUED_COMPANY_RULES.contains(m.rule());
    }

    /**
     * "TOYAKO, Japan (AFP) - ... at a hotel in Toyako": a dateline's place the knowledge base does not know is that
     * place wherever the story names it, in any case; the model, which knows no such town, may pass it over.
     */
    private static boolean isUnknownDateline(EntityMention m) {
        return m.rule().equals(DATELINE_PLACE) && m.kbQid() == null;
    }

    /** The name whose text is the article's text from {@code b} to {@code e} (the names' texts differ), or null. */
    private static EntityMention withText(String article, int b, int e, List<List<EntityMention>> byLength) {
        List<EntityMention> candidates = e - b < byLength.size() ? byLength.get(e - b) : null;
        if (candidates != null) {
            for (EntityMention m : candidates) {
                boolean caseFree = isShouted(article, b, e) || isUnknownDateline(m) && Character.isUpperCase(article.charAt(b));
                if (article.regionMatches(b, m.text(), 0, e - b) || caseFree && article.regionMatches(true, b, m.text(), 0, e - b)) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * A person's full name repeated where only parts of it were found ("Gohar Ayub Khan" read as "Ayub Khan" at
     * the start of a sentence, or as "Gohar" and "Ayub Khan"): the parts, unlinked people inside the repeat, give
     * way to the whole name (they are removed from {@code out}; the caller adds the whole). So do any unlinked parts of a
     * company named after two founders ("Harlow and Pike" read as the person "Harlow" where no verb said "its").
     */
    private static boolean replacesParts(MentionIndex out, EntityMention found, int b, int e) {
        boolean joined = found.rule().equals(ProperNounPatternFinder.JOINED_COMPANY_RULE);
        if (found.type() != EntityType.PERSON && !joined) {
            return false;
        }
        List<EntityMention> parts = out.overlapping(b, e);
        boolean allParts = parts.stream().allMatch(k -> k.begin() >= b && k.end() <= e && (k.type() == EntityType.PERSON || joined)
                && (k.kbQid() == null || k.kbQid().equals(found.kbQid())) && k.end() - k.begin() < e - b);
        if (allParts) {
            parts.forEach(out::remove);
        }
        return allParts;
    }

    private static boolean isAllCaps(String text) {
        return text.chars().noneMatch(Character::isLowerCase) && text.chars().anyMatch(Character::isLetter);
    }

    /** Whether a span holds letters, all of them capitals ("BRITISH AIRWAYS" in a headline). */
    private static boolean isShouted(String article, int b, int e) {
        boolean letters = false;
        for (int k = b; k < e; k++) {
            char c = article.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /**
     * "BRITISH AIRWAYS , AMERICAN SEEK ...": in an all-caps headline the model reads pieces of a name the story spells
     * out in running text ("BRITISH" a nationality); the pieces, all inside the span, give way to the story's name.
     */
    private static boolean replacesShoutedParts(MentionIndex out, int b, int e) {
        List<EntityMention> parts = out.overlapping(b, e);
        boolean allParts = !parts.isEmpty() && parts.stream().allMatch(k -> k.begin() >= b && k.end() <= e
                && k.end() - k.begin() < e - b && !k.text().chars().anyMatch(Character::isLowerCase));
        if (allParts) {
            parts.forEach(out::remove);
        }
        return allParts;
    }

    /**
     * Unlinked mentions with the same text take their majority type; a company cue counts twice. A name in capitals
     * ("STOCKHOLM OPEN" in a headline) takes the type the story gives it in running text ("the Stockholm Open"), where
     * the words around it say more.
     */
    private static List<EntityMention> sameType(List<EntityMention> mentions) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Map<String, Map<EntityType, Integer>> running = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.kbQid() == null && !isAllCaps(m.text())) {
                running.computeIfAbsent(m.text().toUpperCase(java.util.Locale.ROOT), k -> new LinkedHashMap<>())
                        .merge(m.type(), 1, Integer::sum);
            }
        }
        for (EntityMention m : mentions) {
            if (m.kbQid() == null) {
                // a company cue beside one occurrence ("Lloyds TSB jumped 14 pence") outweighs the model's reading of another
                int weight = m.type() == EntityType.ORGANIZATION && CUED_COMPANY_RULES.contains(m.rule()) ? 2 : 1;
                votes.computeIfAbsent(m.text(), k -> new LinkedHashMap<>()).merge(m.type(), weight, Integer::sum);
            }
        }
        // "TOYAKO, Japan (AFP) - ... at a hotel in Toyako": the dateline's place is that place in running text too, where
        // the model may read an unknown one-word name as a person
        Map<String, EntityType> datelinePlaces = new HashMap<>();
        for (EntityMention m : mentions) {
            if (isUnknownDateline(m)) {
                datelinePlaces.put(m.text().toUpperCase(java.util.Locale.ROOT), m.type());
            }
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            Map<EntityType, Integer> v = m.kbQid() == null && isAllCaps(m.text()) && running.containsKey(m.text())
                    ? running.get(m.text()) : votes.get(m.text());
            EntityType best = v == null ? m.type() : v.entrySet().stream()
                    .max(Map.Entry.<EntityType, Integer>comparingByValue()).map(Map.Entry::getKey).orElse(m.type());
            EntityType dateline = datelinePlaces.get(m.text().toUpperCase(java.util.Locale.ROOT));
            if (dateline != null && m.kbQid() == null && best == EntityType.PERSON) {
                best = dateline;
            }
            out.add(m.kbQid() != null || best == m.type() ? m : new EntityMention(m.begin(), m.end(), m.text(), m.sentence(),
                    best, m.name(), null, m.rule(), m.confidence()));
        }
        return out;
    }
}
