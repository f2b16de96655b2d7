package org.newskg.extract.fact;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newskg.data.TsvTable;
import org.newskg.nlp.Token;

/**
 * The reporting verbs of {@code data/statements/reporting-verbs.tsv}: "say", "stress", "call on",
 * "according to", ...
 *
 * <pre>{@code
 * ReportingVerbs verbs = ReportingVerbs.load(dataDir);
 * verbs.at(tokens, i).ifPresent(v -> ...);
 * }</pre>
 * Immutable and thread-safe.
 */
final class ReportingVerbs {

    static final String FILE = "statements/reporting-verbs.tsv";
    static final String ACCORDING_TO = "according to";

    /**
     * A reporting verb at tokens [start, end); {@code object} when a listener comes before the content; {@code clauseOnly}
     * when it reports only a clause ("declared that ..."), its noun phrase object being an act ("declared the result").
     */
    record Verb(String lemma, int start, int end, boolean object, boolean clauseOnly) {

        boolean accordingTo() {
            return lemma.equals(ACCORDING_TO);
        }
    }

    /**
     * {@code quoteOnly}: reports only a quotation naming its object ("called it "..."", "described X as "..."");
     * {@code key}: {@link Words#startKey} of the lemma.
     */
    private record Entry(String lemma, boolean object, boolean quoteOnly, boolean clauseOnly, int key) {

        Entry(String lemma, boolean object, boolean quoteOnly, boolean clauseOnly) {
            this(lemma, object, quoteOnly, clauseOnly, Words.startKey(lemma));
        }
    }

    private final List<Entry> entries;

    private ReportingVerbs(List<Entry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt((Entry e) -> -e.lemma().length())).toList();
    }

    static ReportingVerbs load(Path dataDir) {
        return new ReportingVerbs(TsvTable.read(dataDir.resolve(FILE), "fact extraction data file").stripped(2).stream()
                .map(r -> new Entry(r[0], r[1].equals("yes"), r[1].equals("quote"), r[1].equals("clause"))).toList());
    }

    /** The reporting verb at token {@code i}: a verb (or "according to"), never a noun such as "the note". */
    Optional<Verb> at(List<Token> tokens, int i) {
        return at(tokens, i, false);
    }

    /** The verb at token {@code i} that reports a quotation naming its object: "called", "described". */
    Optional<Verb> namingAt(List<Token> tokens, int i) {
        return at(tokens, i, true);
    }

    private Optional<Verb> at(List<Token> tokens, int i, boolean quoteOnly) {
        Token t = tokens.get(i);
        int keys = Words.tokenKeys(t);
        for (Entry e : entries) {
            if (e.quoteOnly() != quoteOnly || !Words.mayStart(keys, e.key())) {
                continue;
            }
            int end = Words.lemmas(tokens, i, e.lemma());
            if (end < 0 && participle(t)) {
                end = stemMatches(t, e.lemma().split(" ")[0]) ? i + 1 + rest(tokens, i + 1, e.lemma()) : -1;
            }
            if (end > i && (e.lemma().equals(ACCORDING_TO) || verbal(t) || afterComma(tokens, i))) {
                return Optional.of(new Verb(e.lemma(), i, end, e.object(), e.clauseOnly()));
            }
        }
        return Optional.empty();
    }

    private static boolean participle(Token t) {
        return t.text().length() > 4 && t.text().endsWith("ing");
    }

    /** "Noting" → note, "adding" → add: the lemmatizer leaves some sentence-initial participles alone. */
    private static boolean stemMatches(Token t, String lemma) {
        String stem = Words.lower(t).substring(0, t.text().length() - 3);
        return stem.equals(lemma) || (stem + "e").equals(lemma)
                || stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && stem.substring(0, stem.length() - 1).equals(lemma);
    }

    /** How many tokens after the first word the rest of a several-word lemma takes, or a large negative number. */
    private static int rest(List<Token> tokens, int i, String lemma) {
        String[] words = lemma.split(" ");
        if (words.length == 1) {
            return 0;
        }
        String tail = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
        int end = Words.lemmas(tokens, i, tail);
        return end < 0 ? -1000 : end - i;
    }

    // ", adding that ...": the tagger may call the participle an adjective; right after a comma it still reports.
    private static boolean afterComma(List<Token> tokens, int i) {
        return i > 0 && participle(tokens.get(i)) && Words.isComma(tokens.get(i - 1));
    }

    // The tagger often calls a sentence-initial "Noting" a noun; the -ing form still reports.
    private static boolean verbal(Token t) {
        return t.pos().equals("VERB") || t.text().endsWith("ing") && t.isCapitalized();
    }
}
