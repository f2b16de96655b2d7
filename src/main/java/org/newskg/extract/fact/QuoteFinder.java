package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Evidence;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds direct quotes and their speakers: {@code "...," Scholz told reporters}, {@code "...," said X},
 * {@code X said: "..."}, {@code X called it "..."}, and a second quote in the same paragraph right after an attributed one
 * ({@code "...," Scholz said. "..."}). Short quoted phrases (scare quotes) are no statements.
 *
 * <pre>{@code
 * List<QuoteFinder.Quote> quotes = finder.find(view, coref);
 * }</pre>
 * Immutable and thread-safe.
 */
final class QuoteFinder {

    private static final Pattern QUOTE = Pattern.compile("\"([^\"\\n]+)\"|\u201C([^\u201D\\n]+)\u201D");
    private static final int MIN_WORDS = 4;
    private static final Set<String> NAMED_TAGS = Set.of("PRON", "DET", "NOUN", "PROPN", "ADJ", "NUM");

    /** A quote: content offsets [begin, end) (inside the marks), its speaker and the reporting verb, if any. */
    record Quote(int begin, int end, int outerBegin, int outerEnd, EntityMention speaker, Evidence cue, String verb,
                 boolean viaPronoun) {

        boolean attributed() {
            return speaker != null;
        }
    }

    private final ReportingVerbs verbs;
    private final SpeakerFinder speakers;

    QuoteFinder(ReportingVerbs verbs, SpeakerFinder speakers) {
        this.verbs = verbs;
        this.speakers = speakers;
    }

    /** Every quoted stretch, attributed or not (unattributed ones still hide their words from other finders). */
    List<Quote> find(ArticleView view, Coreference coref) {
        String text = view.text();
        List<Quote> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            int begin = m.start(g);
            int end = m.end(g);
            while (end > begin && (",.;: ".indexOf(text.charAt(end - 1)) >= 0)) {
                end--;
            }
            boolean statement = end > begin && text.substring(begin, end).trim().split("\\s+").length >= MIN_WORDS;
            Quote q = statement ? attribute(view, coref, begin, end, m.start(), m.end(), out) : null;
            out.add(q != null ? q : new Quote(begin, Math.max(end, begin + 1), m.start(), m.end(), null, null, null, false));
        }
        return out;
    }

    private Quote attribute(ArticleView view, Coreference coref, int begin, int end, int outerBegin, int outerEnd,
                            List<Quote> earlier) {
        Optional<Sentence> after = view.extraction().text().sentenceAt(outerEnd - 1);
        if (after.isPresent()) {
            Quote q = attributionAfter(view, coref, after.get(), begin, end, outerBegin, outerEnd);
            if (q != null) {
                return q;
            }
        }
        Optional<Sentence> before = view.extraction().text().sentenceAt(outerBegin);
        if (before.isPresent()) {
            Quote q = attributionBefore(view, coref, before.get(), begin, end, outerBegin, outerEnd);
            if (q != null) {
                return q;
            }
        }
        // A quote continuing the previous attributed quote of the same paragraph.
        if (!earlier.isEmpty()) {
            Quote prev = earlier.get(earlier.size() - 1);
            String between = view.text().substring(prev.outerEnd(), outerBegin);
            if (prev.attributed() && between.indexOf('\n') < 0 && between.indexOf('"') < 0) {
                return new Quote(begin, end, outerBegin, outerEnd, prev.speaker(), prev.cue(), prev.verb(), prev.viaPronoun());
            }
        }
        return null;
    }

    /** {@code "...," X said} or {@code "...," said X}. */
    private Quote attributionAfter(ArticleView view, Coreference coref, Sentence s, int begin, int end, int ob, int oe) {
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).begin() < oe) {
            i++;
        }
        while (i < tokens.size() && Words.isComma(tokens.get(i))) {
            i++;
        }
        // X said: the verb within a few tokens, with its speaker before it ("the 44 - year - old president said")
        for (int v = i; v < tokens.size() && v < i + 10; v++) {
            if (isBreak(tokens.get(v))) {
                break;
            }
            Optional<ReportingVerbs.Verb> verb = verbs.at(tokens, v);
            if (verb.isEmpty() || verb.get().accordingTo()) {
                continue;
            }
            if (v == i) {
                Optional<SpeakerFinder.Speaker> sp = speakers.after(view, s, verb.get().end());
                if (sp.isPresent()) {
                    return quote(s, verb.get(), sp.get(), begin, end, ob, oe);
                }
            } else {
                Optional<SpeakerFinder.Speaker> sp = speakers.before(view, coref, s, v, null);
                if (sp.isPresent() && nounPhrase(tokens, i, sp.get().start())) {
                    return quote(s, verb.get(), sp.get(), begin, end, ob, oe);
                }
            }
            break;
        }
        return null;
    }

    /** Tokens [from, to) can open the speaker's noun phrase ("Andes Lithium's chief executive"). */
    private static boolean nounPhrase(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (isBreak(t) || t.pos().equals("VERB") || t.pos().equals("AUX")) {
                return false;
            }
        }
        return true;
    }

    /** Punctuation that ends a noun phrase; the hyphens of "44-year-old", split by the tokenizer, do not. */
    private static boolean isBreak(Token t) {
        return Words.isPunct(t) && !t.text().equals("-");
    }

    /** {@code X said: "..."}. */
    private Quote attributionBefore(ArticleView view, Coreference coref, Sentence s, int begin, int end, int ob, int oe) {
        List<Token> tokens = s.tokens();
        int q = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() >= ob) {
                q = i;
                break;
            }
        }
        int v = q - 1;
        if (v >= 0 && (tokens.get(v).text().equals(":") || Words.isComma(tokens.get(v)))) {
            v--;
        }
        if (v < 0) {
            return null;
        }
        Optional<ReportingVerbs.Verb> verb = verbs.at(tokens, v);
        if (verb.isEmpty()) {
            return naming(view, coref, s, v, begin, end, ob, oe);
        }
        if (verb.get().accordingTo()) {
            return null;
        }
        return speakers.before(view, coref, s, v, null).map(sp -> quote(s, verb.get(), sp, begin, end, ob, oe)).orElse(null);
    }

    /**
     * {@code X called it "..."}, {@code X described the talks as "..."}: a verb that names its object by the quotation,
     * with a short noun phrase (and "as") between them; the subject speaks.
     */
    private Quote naming(ArticleView view, Coreference coref, Sentence s, int v, int begin, int end, int ob, int oe) {
        List<Token> tokens = s.tokens();
        int k = Words.is(tokens.get(v), "as") ? v - 1 : v;
        for (int objectStart = k; objectStart > 0 && objectStart > k - 4; objectStart--) {
            if (!NAMED_TAGS.contains(tokens.get(objectStart).pos())) {
                return null;
            }
            int at = objectStart - 1;
            Optional<ReportingVerbs.Verb> verb = verbs.namingAt(tokens, at);
            if (verb.isPresent()) {
                return speakers.before(view, coref, s, at, null).map(sp -> quote(s, verb.get(), sp, begin, end, ob, oe)).orElse(null);
            }
        }
        return null;
    }

    private static Quote quote(Sentence s, ReportingVerbs.Verb verb, SpeakerFinder.Speaker sp, int begin, int end,
                               int ob, int oe) {
        Token a = s.tokens().get(verb.start());
        Token b = s.tokens().get(verb.end() - 1);
        return new Quote(begin, end, ob, oe, sp.mention(), new Evidence(s.index(), a.begin(), b.end()), verb.lemma(),
                sp.viaPronoun());
    }
}
