package org.newskg.extract.fact;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
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

        /** A phrase with an object inside it ("cancel * visit", "order * to leave"). */
        boolean gapped() {
            return phrase.contains(GAP);
        }
    }

    /**
     * A trigger found at tokens [start, end) of a sentence; {@code reach} is where its words end, past the object of a
     * phrase with a gap ("spoke [with Doe] by telephone"), else {@code end}.
     */
    record Match(Trigger trigger, int start, int end, int reach) {
    }

    private final List<Trigger> triggers;
    // The lower-cased first letter of each trigger (ASCII), or ANY: a token that starts with another letter cannot match it.
    private final int[] firstLetters;
    // The triggers (indices, in order) a token whose text or lemma starts with an ASCII character may match: those
    // starting with it and those starting with ANY. longestAt was called for most tokens, and testing every trigger's
    // first letter was a large part of the fact extractor's time.
    private final int[][] byFirstLetter = new int[0x80][];
    private final int[] all;
    private final boolean[] gapped;
    /** Each trigger's part of speech as one of the three kinds {@link #mayFit} tells apart. */
    private final byte[] posKinds;
    private static final byte VERB = 0;
    private static final byte NOUN = 1;
    private static final byte OTHER = 2;
    private final Map<String, String> cameoLabels = new TreeMap<>();
    private static final int ANY = -1;
    /** The gap of a phrase with an object inside it ("order * to leave"), and how many tokens it may hold. */
    private static final String GAP = " * ";
    private static final int GAP_TOKENS = 8;
    /** How many tokens an insertion set off by commas at the end of a gap may hold. */
    private static final int INSERTION_TOKENS = 12;
    /** The words of a short time phrase between a modal and its verb ("will on Tuesday", "will next week"). */
    private static final Set<String> TIME_WORDS = Set.of("on", "in", "next", "this", "later",
            "tomorrow", "today", "tonight", "soon", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "week", "month", "morning", "afternoon", "evening", "also", "then");
    private static final int MODAL_TIME_TOKENS = 3;

    private TriggerLexicon(List<Trigger> triggers) {
        // Longest phrases first, so that "phone call" wins over "call".
        this.triggers = triggers.stream()
                .sorted(Comparator.comparingInt((Trigger t) -> -t.phrase().split(" ").length)).toList();
        this.firstLetters = this.triggers.stream().mapToInt(t -> t.phrase().isEmpty() ? ANY : asciiFold(t.phrase().charAt(0))).toArray();
        this.all = IntStream.range(0, firstLetters.length).toArray();
        for (int c = 0; c < byFirstLetter.length; c++) {
            int letter = c;
            byFirstLetter[c] = IntStream.range(0, firstLetters.length)
                    .filter(k -> firstLetters[k] == ANY || firstLetters[k] == letter).toArray();
        }
        this.gapped = new boolean[this.triggers.size()];
        this.posKinds = new byte[this.triggers.size()];
        for (int k = 0; k < gapped.length; k++) {
            gapped[k] = this.triggers.get(k).gapped();
            String pos = this.triggers.get(k).pos();
            posKinds[k] = pos.equals("VERB") ? VERB : pos.equals("NOUN") ? NOUN : OTHER;
        }
        // In file order: the first line that labels a code gives its label.
        triggers.stream().filter(t -> t.cameo() != null)
                .forEach(t -> cameoLabels.putIfAbsent(t.cameo(), t.cameoLabel()));
    }

    /** The CAMEO label the lexicon gives a code ("041" → "discuss by telephone"). */
    Optional<String> cameoLabel(String code) {
        return Optional.ofNullable(cameoLabels.get(code));
    }

    /** The first trigger listed for {@code phrase} ("meet"), if any. */
    Optional<Trigger> byPhrase(String phrase) {
        return triggers.stream().filter(t -> t.phrase().equals(phrase)).findFirst();
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
        int[] candidates = byText == ANY || byLemma == ANY ? all
                : byText == byLemma ? byFirstLetter[byText] : union(byFirstLetter[byText], byFirstLetter[byLemma]);
        // The token's tests are the same for every trigger of one part of speech: asked once each, when a trigger
        // first needs them (as before: the first may tag the sentence), not once per candidate (0 = not yet asked).
        int afterModal = 0;
        int mayVerb = 0;
        int mayNoun = 0;
        for (int k : candidates) {
            Trigger t = triggers.get(k);
            boolean modalNoun = false;
            boolean fits = true;
            if (posKinds[k] == VERB && compoundModifier(tokens, i)) {
                continue; // "the army-backed transfer of power": a participle joined to a noun qualifies the noun, no act
            }
            if (posKinds[k] == VERB) {
                afterModal = afterModal != 0 ? afterModal : verbAfterModal(tokens, i) ? 1 : -1;
                modalNoun = afterModal > 0;
                if (!modalNoun) {
                    mayVerb = mayVerb != 0 ? mayVerb : mayFit(token, "VERB") ? 1 : -1;
                    fits = mayVerb > 0;
                }
            } else if (posKinds[k] == NOUN) {
                mayNoun = mayNoun != 0 ? mayNoun : mayFit(token, "NOUN") ? 1 : -1;
                fits = mayNoun > 0;
            }
            if (!modalNoun && !fits) {
                continue;
            }
            int end = gapped[k] ? gapped(tokens, i, t.phrase())
                    : t.byText() ? Words.surface(text, tokens, i, t.phrase(), true) : Words.lemmas(tokens, i, t.phrase());
            // The part of speech is checked in full only for a phrase that matches: a verb's test may chunk the
            // sentence, which a sentence without a trigger never needs (the same trigger wins: all tests must pass).
            if (end > i && (modalNoun || posFits(token, t.pos()))) {
                return Optional.of(new Match(t, i, end, gapped[k] ? gapReach(tokens, end, t.phrase()) : end));
            }
        }
        return Optional.empty();
    }

    /** Prefixes joined by a hyphen to a verb that stays a verb ("re-established ties", "co-hosted the summit"). */
    private static final Set<String> VERB_PREFIXES = Set.of("re", "co", "pre", "counter", "over", "under", "out", "mis",
            "un", "de", "cross");

    /**
     * Whether the past participle at {@code i} is joined by a hyphen, without spaces, to the word before it ("army-backed",
     * "NATO-led", "state-sponsored"): a compound modifier of the noun after it, which tells no act of its own.
     */
    private static boolean compoundModifier(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i).penn().startsWith("VB") || !tokens.get(i).text().endsWith("ed")) {
            return false;
        }
        Token hyphen = tokens.get(i - 1);
        Token before = tokens.get(i - 2);
        return hyphen.text().equals("-") && hyphen.end() == tokens.get(i).begin() && before.end() == hyphen.begin()
                && Character.isLetter(before.text().charAt(before.text().length() - 1))
                && !VERB_PREFIXES.contains(before.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** The indices of both ascending lists, ascending, each once. */
    private static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            int next = j == b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            out[n++] = next;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * A lemma phrase with a gap ("speak with * by telephone", "order * to leave"): the words before the gap, then a
     * noun phrase of at most {@link #GAP_TOKENS} tokens without a verb or punctuation, then the words after it.
     * Answers the end of the words before the gap, so that the noun phrase is read as the trigger's object; else -1.
     */
    private static int gapped(List<Token> tokens, int i, String phrase) {
        int gap = phrase.indexOf(GAP);
        int head = Words.lemmas(tokens, i, phrase.substring(0, gap));
        return head >= 0 && tailStart(tokens, head, phrase.substring(gap + GAP.length())) >= 0 ? head : -1;
    }

    /** Where the words after the gap of a phrase matched up to {@code head} end. */
    private static int gapReach(List<Token> tokens, int head, String phrase) {
        String tail = phrase.substring(phrase.indexOf(GAP) + GAP.length());
        int k = tailStart(tokens, head, tail);
        return k < 0 ? head : Words.lemmas(tokens, k, tail);
    }

    /**
     * The first token of the words after a gap that opens at {@code head}, or -1. The gap is a noun phrase (no verb, no
     * punctuation), which may end in one insertion set off by commas ("ordered the ambassador, Jane Doe, to leave",
     * "ordered seven officials, including the head of the agency's office, to leave"): an apposition or an "including"
     * phrase, with no finite verb of its own (not a relative clause, "..., who arrived on Monday, ...").
     */
    private static int tailStart(List<Token> tokens, int head, String tail) {
        for (int k = head + 1; k < tokens.size() && k <= head + GAP_TOKENS; k++) {
            Token t = tokens.get(k - 1);
            if (Words.isComma(t) && k - 1 > head) {
                for (int c = k; c < tokens.size() && c <= k + INSERTION_TOKENS; c++) {
                    Token u = tokens.get(c);
                    if (Words.isComma(u) && c > k) {
                        return Words.lemmas(tokens, c + 1, tail) > c + 1 ? c + 1 : -1;
                    }
                    if (Words.isPunct(u) && !u.text().equals("'s") || u.penn().matches("VB[DZP]|MD")) {
                        return -1;
                    }
                }
                return -1;
            }
            // "asked the U.N. Security Council to": the tokenizer splits the full stop of "U.N." off, and it ends nothing
            boolean abbreviation = t.text().equals(".") && k - 2 > head && tokens.get(k - 2).text().contains(".");
            // "expressed \"deep remorse\"", "suspended high-level contacts": quotation marks around the noun phrase and
            // the hyphen of a compound word end nothing
            boolean inPhrase = quotation(t) || t.text().equals("-") && k - 2 >= head && k < tokens.size()
                    && !Words.isPunct(tokens.get(k - 2)) && !Words.isPunct(tokens.get(k));
            // "severed its so-called \"diplomatic ties\"": a participle joined by a hyphen qualifies the noun, no verb
            if (Words.isPunct(t) && !t.text().equals("'s") && !abbreviation && !inPhrase
                    || Chunks.isVerb(t) && !compoundModifier(tokens, k - 1)) {
                return -1;
            }
            if (Words.lemmas(tokens, k, tail) > k) {
                return k;
            }
        }
        return -1;
    }

    private static boolean quotation(Token t) {
        return t.text().equals("\"") || t.penn().equals("``") || t.penn().equals("''");
    }

    /** An ASCII letter or digit in lower case; ANY for anything else, whose case folding is not so simple. */
    private static int asciiFold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c + ('a' - 'A');
        }
        return c < 0x80 ? c : ANY;
    }

    /**
     * "Doe will on Tuesday gift 200 cows to ...": a lower-case noun after a modal and a short time phrase, before a
     * number or a determiner, is the verb the modal governs; the taggers read the time phrase as closing the verb group
     * and take the bare verb for a noun.
     */
    static boolean verbAfterModal(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i < 2 || i + 1 >= tokens.size() || !t.penn().equals("NN") || !Character.isLowerCase(t.text().charAt(0))) {
            return false;
        }
        String next = tokens.get(i + 1).penn();
        if (!next.equals("CD") && !next.equals("DT") && !next.equals("PRP$")) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 1 - MODAL_TIME_TOKENS); k--) {
            Token u = tokens.get(k);
            if (u.penn().equals("MD")) {
                return k < i - 1;
            }
            if (!TIME_WORDS.contains(Words.lower(u))) {
                return false;
            }
        }
        return false;
    }

    /**
     * False only where {@link #posFits} is false, and without chunking the sentence: a verb by the Penn tag alone
     * may still lie outside a verb phrase.
     */
    static boolean mayFit(Token token, String pos) {
        return !pos.equals("VERB") ? posFits(token, pos) : token.pos().equals("VERB") || token.penn().startsWith("VB");
    }

    static boolean posFits(Token token, String pos) {
        return switch (pos) {
            // "Doe and Roe last met/NOUN in Lima": the UD tagger misreads a verb after an adverb; the Penn chunker does not.
            case "VERB" -> token.pos().equals("VERB") || Chunks.isVerb(token);
            // The UD tagger takes a capitalized first word for a verb ("Talks between ..."); the Penn tagger does not.
            case "NOUN" -> token.pos().equals("NOUN") || token.pos().equals("PROPN") || token.penn().startsWith("NN");
            default -> true;
        };
    }
}
