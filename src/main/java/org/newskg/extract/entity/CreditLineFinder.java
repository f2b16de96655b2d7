package org.newskg.extract.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.kb.EntityType;

/**
 * The people of a wire story's credit line ({@code data/lexicon/credit-cues.tsv}): "(Reporting by Andreas Rinke in
 * Berlin and Jane Doe in Lagos; Editing by Ann Poe)". After a cue, each run of capitalized words up to "in", "and", a
 * comma, ";" or ")" is a person (rule {@value #RULE}); the capitalized words after "in" are left to the other finders
 * (the place the reporter filed from). The model reads "Jane Doe in Lagos" lists as places; the cue says more.
 *
 * <pre>{@code
 * List<NameMatch> people = CreditLineFinder.load(dataDir).match(words, tags);
 * }</pre>
 * Immutable and thread-safe.
 */
final class CreditLineFinder extends WordFinder {

    static final String RULE = "pattern:credit-person";

    /** A credit names a person or two in a few words; a longer run is no name. */
    private static final int MAX_NAME_WORDS = 4;

    private final PhraseSet cues;

    private CreditLineFinder(PhraseSet cues) {
        this.cues = cues;
    }

    /** Reads {@code dataDir/lexicon/credit-cues.tsv}; without it nothing is found. */
    static CreditLineFinder load(Path dataDir) {
        return new CreditLineFinder(new PhraseSet(FirstColumnFile.readOptional(dataDir.resolve("lexicon/credit-cues.tsv"), "CREDIT")));
    }

    @Override
    List<NameMatch> match(String[] w, String[] tags) {
        List<NameMatch> out = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            int n = cues.longestAt(w, i);
            if (n > 0) {
                i = people(w, i + n, out) - 1;
            }
        }
        return out;
    }

    /** The people of one credit from {@code k}; answers where the credit ends. */
    private static int people(String[] w, int k, List<NameMatch> out) {
        while (k < w.length) {
            int end = k;
            while (end < w.length && end - k < MAX_NAME_WORDS && isCapitalized(w[end])) {
                end++;
            }
            if (end == k || end - k == MAX_NAME_WORDS && end < w.length && isCapitalized(w[end])) {
                return k;
            }
            out.add(new NameMatch(k, end, EntityType.PERSON, NameWords.join(w, k, end), null, RULE, 0.9));
            k = end;
            if (k < w.length && w[k].equals("in")) {
                k++;
                while (k < w.length && isCapitalized(w[k])) {
                    k++; // the place the reporter filed from
                }
            }
            if (k < w.length && (w[k].equals("and") || w[k].equals(","))) {
                k++;
            } else {
                return k;
            }
        }
        return k;
    }

    private static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
