package org.newskg.extract.fact;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newskg.data.TsvTable;
import org.newskg.nlp.Token;

/**
 * The event trigger words of {@code data/events/triggers.tsv}: "phone conversation" → PhoneCall (CAMEO 041),
 * "talks" → Meeting, "summit" → Summit, ...
 *
 * <pre>{@code
 * TriggerLexicon lexicon = TriggerLexicon.load(dataDir);
 * lexicon.longestAt(text, tokens, i).ifPresent(m -> ...);
 * }</pre>
 * Immutable and thread-safe.
 */
final class TriggerLexicon {

    static final String FILE = "events/triggers.tsv";

    /** One lexicon line. {@code needs} is "-", "participant", "person-object", "antecedent" or "evaluation". */
    record Trigger(String phrase, boolean byText, String pos, String type, String cameo, String cameoLabel,
                   String needs) {
    }

    /** A trigger found at tokens [start, end) of a sentence. */
    record Match(Trigger trigger, int start, int end) {
    }

    private final List<Trigger> triggers;
    // The lower-cased first letter of each trigger (ASCII), or ANY: a token that starts with another letter cannot match it.
    private final int[] firstLetters;
    private final Map<String, String> cameoLabels = new TreeMap<>();
    private static final int ANY = -1;

    private TriggerLexicon(List<Trigger> triggers) {
        // Longest phrases first, so that "phone call" wins over "call".
        this.triggers = triggers.stream()
                .sorted(Comparator.comparingInt((Trigger t) -> -t.phrase().split(" ").length)).toList();
        this.firstLetters = this.triggers.stream().mapToInt(t -> t.phrase().isEmpty() ? ANY : asciiFold(t.phrase().charAt(0))).toArray();
        // In file order: the first line that labels a code gives its label.
        triggers.stream().filter(t -> t.cameo() != null)
                .forEach(t -> cameoLabels.putIfAbsent(t.cameo(), t.cameoLabel()));
    }

    /** The CAMEO label the lexicon gives a code ("041" → "discuss by telephone"). */
    Optional<String> cameoLabel(String code) {
        return Optional.ofNullable(cameoLabels.get(code));
    }

    static TriggerLexicon load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        return new TriggerLexicon(TsvTable.read(file, "fact extraction data file").stripped(7).stream()
                .map(r -> new Trigger(r[0], r[1].equals("text"), r[2], r[3], dash(r[4]), dash(r[5]), r[6])).toList());
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    Optional<Match> longestAt(String text, List<Token> tokens, int i) {
        // A phrase matches by lemma, lower-cased word or text, each starting with the first letter of the phrase.
        Token token = tokens.get(i);
        int byText = asciiFold(token.text().charAt(0));
        int byLemma = token.lemma().isEmpty() ? ANY : asciiFold(token.lemma().charAt(0));
        boolean anyTrigger = byText == ANY || byLemma == ANY;
        for (int k = 0; k < triggers.size(); k++) {
            Trigger t = triggers.get(k);
            int first = firstLetters[k];
            if (!anyTrigger && first != ANY && first != byText && first != byLemma || !posFits(token, t.pos())) {
                continue;
            }
            int end = t.byText() ? Words.surface(text, tokens, i, t.phrase(), true) : Words.lemmas(tokens, i, t.phrase());
            if (end > i) {
                return Optional.of(new Match(t, i, end));
            }
        }
        return Optional.empty();
    }

    /** An ASCII letter or digit in lower case; ANY for anything else, whose case folding is not so simple. */
    private static int asciiFold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c + ('a' - 'A');
        }
        return c < 0x80 ? c : ANY;
    }

    private static boolean posFits(Token token, String pos) {
        return switch (pos) {
            // "Doe and Roe last met/NOUN in Lima": the UD tagger misreads a verb after an adverb; the Penn chunker does not.
            case "VERB" -> token.pos().equals("VERB") || Chunks.isVerb(token);
            // The UD tagger takes a capitalized first word for a verb ("Talks between ..."); the Penn tagger does not.
            case "NOUN" -> token.pos().equals("NOUN") || token.pos().equals("PROPN") || token.penn().startsWith("NN");
            default -> true;
        };
    }
}
