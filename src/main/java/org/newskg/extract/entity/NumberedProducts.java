package org.newskg.extract.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Products named by a word and a number. A maker's model number after the maker ("the Velkor 480", "Velkor 's 480",
 * "Velkor 480s") is a product of its own and the maker stays an organization (the wire sets' convention: "[ORG Velkor]
 * [MISC 480]"); a capitalized word and a number followed by a product's noun ({@code data/lexicon/product-nouns.tsv}:
 * "four Zephyr 900 engines", "a Vela 3500 notebook") or owned by a company ("Velkor 's Panes 98") are one product.
 * Words that take a number and name no product ({@code data/lexicon/numbered-heads.tsv}: "Article 5", "Flight 800",
 * "Resolution 242", "Group of 77" has no number right after a word) and stop capitals ("May 7") are left alone; so is
 * a number after a maker that no article, possessive or product noun ties to it ("Velkor 480 pence" is a price).
 *
 * <pre>{@code
 * List<EntityMention> all = NumberedProducts.load(dataDir, cues::isStopCapital).apply(article, sentences, mentions);
 * }</pre>
 * Immutable and thread-safe.
 */
final class NumberedProducts {

    static final String RULE = "pattern:numbered-product";

    /** "747", "747-400", "777s": a maker's model number (three digits, no year). */
    private static final Pattern MODEL_NUMBER = Pattern.compile("\\d{3}(?:-\\d{1,3})?s?");
    /** "98", "900", "3500", "2000", "II": the number of a product line's model ("Zephyr II" is the line's second). */
    private static final Pattern LINE_NUMBER = Pattern.compile("\\d{2,4}(?:-\\d{1,3})?|II|III|IV|VI|VII|VIII|IX");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "'s", "\u2019s");

    private final PhraseSet productNouns;
    private final PhraseSet numberedHeads;
    private final Predicate<String> stopCapital;

    private NumberedProducts(PhraseSet productNouns, PhraseSet numberedHeads, Predicate<String> stopCapital) {
        this.productNouns = productNouns;
        this.numberedHeads = numberedHeads;
        this.stopCapital = stopCapital;
    }

    /** Reads {@code dataDir/lexicon/product-nouns.tsv} and {@code numbered-heads.tsv} (both optional). */
    static NumberedProducts load(Path dataDir, Predicate<String> stopCapital) {
        Path dir = dataDir.resolve("lexicon");
        return new NumberedProducts(new PhraseSet(FirstColumnFile.readOptional(dir.resolve("product-nouns.tsv"), "PRODUCT")),
                new PhraseSet(FirstColumnFile.readOptional(dir.resolve("numbered-heads.tsv"), "NUMBERED")), stopCapital);
    }

    /** The mentions with the products of a word and a number; sorted by offset, no overlaps. */
    List<EntityMention> apply(String article, List<SentenceWords> sentences, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions);
        boolean changed = false;
        for (SentenceWords w : sentences) {
            String[] words = w.words();
            for (int i = 1; i < words.length; i++) {
                if (!mayBeNumber(words[i]) || !LINE_NUMBER.matcher(words[i]).matches() && !MODEL_NUMBER.matcher(words[i]).matches()) {
                    continue;
                }
                changed |= modelOfMaker(article, w, i, out) || productOfLine(article, w, i, out);
            }
        }
        if (changed) {
            out.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end));
        }
        return changed ? List.copyOf(out) : mentions;
    }

    /**
     * Whether the word starts as a match of {@link #LINE_NUMBER} or {@link #MODEL_NUMBER} must: with a digit, 'I' or 'V'.
     * Most words do not, and are not given to the matchers (a matcher per word was 8% of the recognizer's time).
     */
    static boolean mayBeNumber(String word) {
        if (word.isEmpty()) {
            return false;
        }
        char c = word.charAt(0);
        return c >= '0' && c <= '9' || c == 'I' || c == 'V';
    }

    /** "the Velkor 480": the number after a maker an article, a possessive or a product noun ties to it. */
    private boolean modelOfMaker(String article, SentenceWords w, int i, List<EntityMention> out) {
        String[] words = w.words();
        if (!MODEL_NUMBER.matcher(words[i]).matches() || w.ends()[i - 1] == w.begins()[i]) {
            return false;
        }
        EntityMention maker = endingAt(out, w.ends()[i - 1]);
        // "the MH 370 victims": an airline's two-letter code and a number are a flight
        if (maker == null || maker.type().root() != EntityType.ORGANIZATION || maker.length() <= 2
                || isTaken(out, w.begins()[i], w.ends()[i])) {
            return false;
        }
        int first = wordAt(w, maker.begin());
        boolean tied = words[i].endsWith("s") || productNounAt(words, i + 1)
                || first > 0 && DETERMINERS.contains(words[first - 1].toLowerCase(Locale.ROOT));
        if (!tied) {
            return false;
        }
        out.add(product(article, w, i, i + 1));
        return true;
    }

    /** "four Zephyr 900 engines", "Velkor 's Panes 98": a capitalized word and a number that name one product. */
    private boolean productOfLine(String article, SentenceWords w, int i, List<EntityMention> out) {
        String[] words = w.words();
        String word = words[i - 1];
        if (!LINE_NUMBER.matcher(words[i]).matches() || word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))
                || !word.chars().allMatch(Character::isLetter) || stopCapital.test(word)
                || numberedHeads.longestEndingAt(words, i) > 0 || w.ends()[i - 1] == w.begins()[i]) {
            return false;
        }
        boolean owned = i >= 3 && (words[i - 2].equals("'s") || words[i - 2].equals("\u2019s"))
                && isOrganizationEndingAt(out, w.ends()[i - 3]);
        if (!owned && !productNounAt(words, i + 1)) {
            return false;
        }
        int b = w.begins()[i - 1];
        int e = w.ends()[i];
        // a longer name over the word ("Velkor Panes" as one body) or any name on the number is left as it is
        if (out.stream().anyMatch(m -> m.overlaps(b, e) && (m.begin() < b || m.end() > e || m.begin() >= w.begins()[i]))) {
            return false;
        }
        out.removeIf(m -> m.overlaps(b, e));
        out.add(product(article, w, i - 1, i + 1));
        return true;
    }

    private boolean productNounAt(String[] words, int k) {
        if (k >= words.length) {
            return false;
        }
        String[] lower = new String[words.length];
        for (int j = 0; j < words.length; j++) {
            lower[j] = words[j].toLowerCase(Locale.ROOT);
        }
        return Character.isLowerCase(words[k].codePointAt(0)) && productNouns.longestAt(lower, k) > 0;
    }

    private static EntityMention product(String article, SentenceWords w, int from, int to) {
        int b = w.begins()[from];
        int e = w.ends()[to - 1];
        String text = article.substring(b, e);
        return new EntityMention(b, e, text, w.sentence().index(), EntityType.WORK, text.replaceAll("\\s+", " "), null, RULE, 0.6);
    }

    private static EntityMention endingAt(List<EntityMention> ms, int end) {
        return ms.stream().filter(m -> m.end() == end).findFirst().orElse(null);
    }

    private static boolean isOrganizationEndingAt(List<EntityMention> ms, int end) {
        EntityMention m = endingAt(ms, end);
        return m != null && m.type().root() == EntityType.ORGANIZATION;
    }

    private static boolean isTaken(List<EntityMention> ms, int b, int e) {
        return ms.stream().anyMatch(m -> m.overlaps(b, e));
    }

    private static int wordAt(SentenceWords w, int offset) {
        for (int k = 0; k < w.size(); k++) {
            if (w.begins()[k] == offset) {
                return k;
            }
        }
        return -1;
    }
}
