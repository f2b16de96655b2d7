package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Evidence;
import org.newskg.extract.Statement;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds reported statements: direct quotes (through {@link QuoteFinder}); "X said (that) ...", "X
 * stressed/urged/called on ..." (leading attribution); "..., X said." and "..., said X" (trailing attribution,
 * reaching back over the earlier sentences of the paragraph that have no attribution of their own);
 * "Noting that ..., X said" and "..., adding that ..." (participles sharing the sentence's speaker);
 * "according to X, ..." and "..., according to X"; "the agency quoted X as saying (that) ...", "X was quoted as saying".
 *
 * <pre>{@code
 * List<Statement> statements = finder.find(view, coref);
 * }</pre>
 * Immutable and thread-safe.
 */
final class StatementFinder {

    private final ReportingVerbs verbs;
    private final SpeakerFinder speakers;
    private final QuoteFinder quotes;

    StatementFinder(ReportingVerbs verbs, SpeakerFinder speakers) {
        this.verbs = verbs;
        this.speakers = speakers;
        this.quotes = new QuoteFinder(verbs, speakers);
    }

    /** A statement before its content is final: content token range and how the attribution looked. */
    private record Found(Sentence sentence, int from, int to, SpeakerFinder.Speaker speaker, ReportingVerbs.Verb verb,
                         String kind, String rule, boolean trailing) {
    }

    List<Statement> find(ArticleView view, Coreference coref) {
        List<QuoteFinder.Quote> qs = quotes.find(view, coref);
        List<Statement> out = new ArrayList<>();
        for (QuoteFinder.Quote q : qs) {
            if (q.attributed()) {
                out.add(new Statement(q.speaker(), q.begin(), q.end(), view.text().substring(q.begin(), q.end()), q.cue(),
                        q.verb(), "direct", StatementDates.after(view, q.cue(), q.begin(), q.end()), about(view, q.begin(), q.end()),
                        "statement:quote",
                        q.viaPronoun() ? 0.8 : 0.9));
            }
        }
        // Offsets are looked up in indexes (binary search), so that a long article costs n log n, not n².
        OffsetIndex<QuoteFinder.Quote> quoted = new OffsetIndex<>(qs, QuoteFinder.Quote::outerBegin, QuoteFinder.Quote::outerEnd);
        OffsetIndex<Statement> quoteCues = new OffsetIndex<>(out.stream().sorted(Comparator.comparingInt((Statement st) -> st.cue().begin()))
                .toList(), st -> st.cue().begin(), st -> st.cue().end());
        List<Found> found = new ArrayList<>();
        for (Sentence s : view.sentences()) {
            found.addAll(inSentence(view, coref, s, quoted, quoteCues));
        }
        Attributions attributions = new Attributions(new OffsetIndex<>(found.stream().sorted(Comparator.comparingInt(StatementFinder::cue))
                .toList(), StatementFinder::cue, f -> cue(f) + 1), found.stream().map(f -> f.sentence().index()).collect(Collectors.toSet()));
        for (Found f : found) {
            toStatement(view, f, attributions).ifPresent(out::add);
        }
        // "Scholz said he hoped that X": the inner report by the same speaker repeats the outer one.
        OffsetIndex<Statement> spans = new OffsetIndex<>(out.stream().sorted(Comparator.comparingInt(Statement::begin)).toList(),
                Statement::begin, Statement::end);
        List<Statement> kept = new ArrayList<>();
        for (Statement st : out) {
            boolean nested = spans.covering(st.cue().begin()).stream().anyMatch(o -> o != st
                    && ArticleView.key(o.speaker()).equals(ArticleView.key(st.speaker())));
            if (!nested) {
                kept.add(st);
            }
        }
        return kept;
    }

    /** The attributions found, by the offset of their cue, and the sentences holding one. */
    private record Attributions(OffsetIndex<Found> byCue, Set<Integer> sentences) {
    }

    /** Where a found attribution's reporting verb begins. */
    private static int cue(Found f) {
        return f.sentence().tokens().get(f.verb().start()).begin();
    }

    private List<Found> inSentence(ArticleView view, Coreference coref, Sentence s, OffsetIndex<QuoteFinder.Quote> quoted,
                                   OffsetIndex<Statement> quoteCues) {
        List<Token> tokens = s.tokens();
        List<Found> found = new ArrayList<>();
        List<ReportingVerbs.Verb> participles = new ArrayList<>();
        List<ReportingVerbs.Verb> unattributed = new ArrayList<>();
        ReportingVerbs.Verb last = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!quoted.covering(t.begin()).isEmpty() || !quoteCues.covering(t.begin()).isEmpty()) {
                continue;
            }
            Optional<ReportingVerbs.Verb> v = verbs.at(tokens, i);
            if (v.isEmpty()) {
                continue;
            }
            ReportingVerbs.Verb verb = v.get();
            last = verb;
            int quote = quoteBefore(tokens, verb.start());
            if (verb.accordingTo()) {
                accordingTo(view, s, verb).ifPresent(found::add);
            } else if (quote >= 0) {
                quotedAs(view, coref, s, verb, quote).ifPresent(found::add);
            } else if (t.text().endsWith("ing") && (verb.end() < tokens.size() && Words.is(tokens.get(verb.end()), "that")
                    || i > 0 && Words.isComma(tokens.get(i - 1)))) {
                participles.add(verb);
            } else {
                Optional<Found> f = attributed(view, coref, s, verb);
                if (f.isEmpty() && !found.isEmpty()) {
                    f = coordinated(view, coref, s, verb, found);
                }
                if (f.isEmpty()) {
                    unattributed.add(verb);
                }
                f.ifPresent(found::add);
            }
            i = verb.end() - 1;
        }
        // "X condemned A and announced B", unless a later reporting verb reports it all ("..., spokesman Y said", even
        // when Y is no speaker newskg knows)
        if (found.isEmpty() && !unattributed.isEmpty() && unattributed.get(unattributed.size() - 1) == last) {
            afterAnd(view, coref, s, last).ifPresent(found::add);
        }
        List<Statement> quotesHere = quoteCues.within(s.begin(), s.end());
        for (ReportingVerbs.Verb p : participles) {
            participle(view, s, p, found).or(() -> afterQuote(s, p, quotesHere)).or(() -> afterClause(view, coref, s, p))
                    .ifPresent(found::add);
        }
        return found;
    }

    /** "X said ..." / "..., X said" / "..., said X". */
    private Optional<Found> attributed(ArticleView view, Coreference coref, Sentence s, ReportingVerbs.Verb verb) {
        List<Token> tokens = s.tokens();
        Optional<SpeakerFinder.Speaker> before = speakers.before(view, coref, s, verb.start(), null);
        if (before.isPresent()) {
            SpeakerFinder.Speaker sp = before.get();
            boolean comma = sp.start() > 0 && Words.isComma(tokens.get(sp.start() - 1));
            // "..., a spokeswoman said after the two leaders met": the clause after the verb says when, not what
            boolean subordinate = ReportedContent.subordinateOnly(tokens, verb.end())
                    && !ReportedContent.noVerbBetween(tokens, contentStart(tokens), sp.start() - 1);
            if (comma && (ReportedContent.adjunctOnly(tokens, verb.end()) || subordinate
                    || ReportedContent.participleOnly(tokens, verb.end()))) {
                return Optional.of(new Found(s, contentStart(tokens), sp.start() - 1, sp, verb, "indirect",
                        "statement:trailing", true));
            }
            int from = verb.end();
            if (verb.object()) {
                int that = ReportedContent.afterThat(tokens, from);
                from = that >= 0 ? that : ReportedContent.afterListener(view, s, from);
                if (from < 0) {
                    return Optional.empty();
                }
            } else {
                from = ReportedContent.afterAdjunctThat(view, s, from);
            }
            // "X said, flanked by his brother.": how it was said, and nothing said
            if (ReportedContent.participleOnly(tokens, from)) {
                return Optional.empty();
            }
            int end = clauseEnd(view, coref, s, from);
            // "X declared the result": an act, not words reported
            if (verb.clauseOnly() && ReportedContent.noVerbBetween(tokens, from, end)) {
                return Optional.empty();
            }
            return Optional.of(new Found(s, from, end, sp, verb, "indirect", "statement:leading", false));
        }
        // "..., told Reuters": the name after a verb with a listener is the listener
        if (verb.start() > 0 && Words.isComma(tokens.get(verb.start() - 1)) && !verb.object()) {
            return speakers.after(view, s, verb.end()).map(sp -> new Found(s, contentStart(tokens), verb.start() - 1, sp,
                    verb, "indirect", "statement:inverted", true));
        }
        return Optional.empty();
    }

    /**
     * "quoted X as saying", "X was quoted as saying": the verb "quote" of the words before "as" + the reporting verb,
     * within eight words; its index, or -1.
     */
    private static int quoteBefore(List<Token> tokens, int verb) {
        if (verb < 2 || !Words.is(tokens.get(verb - 1), "as")) {
            return -1;
        }
        for (int k = verb - 2; k >= 0 && k >= verb - 9; k--) {
            Token t = tokens.get(k);
            if (Words.isPunct(t)) {
                return -1;
            }
            if (t.lemma().equalsIgnoreCase("quote") && !t.pos().equals("NOUN")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "The agency quoted X as saying (that) ...": the speaker is the one quoted, the object of "quoted", not its
     * subject (the medium); passive "X was quoted as saying": the subject. A quotation after "as saying" is the
     * quote finder's.
     */
    private Optional<Found> quotedAs(ArticleView view, Coreference coref, Sentence s, ReportingVerbs.Verb verb, int quote) {
        List<Token> tokens = s.tokens();
        Optional<SpeakerFinder.Speaker> sp = Optional.empty();
        if (quote == verb.start() - 2) {
            sp = speakers.before(view, coref, s, quote, null);
        } else {
            for (int k = quote + 1; k < verb.start() - 1 && sp.isEmpty(); k++) {
                EntityMention m = view.entityAt(tokens.get(k));
                if (ArticleView.isActor(m)) {
                    sp = Optional.of(new SpeakerFinder.Speaker(m, k, verb.start() - 1, false));
                }
            }
        }
        int from = ReportedContent.afterAdjunctThat(view, s, verb.end());
        if (sp.isEmpty() || from >= tokens.size() || Words.isPunct(tokens.get(from))) {
            return Optional.empty();
        }
        return Optional.of(new Found(s, from, clauseEnd(view, coref, s, from), sp.get(), verb, "indirect",
                "statement:quoted-as", false));
    }

    /**
     * "X announced the deal and said Y": a reporting verb after "and", inside the content of the statement before it,
     * shares that statement's speaker and ends its content; what it says is its own statement.
     */
    private Optional<Found> coordinated(ArticleView view, Coreference coref, Sentence s, ReportingVerbs.Verb verb,
                                        List<Found> found) {
        List<Token> tokens = s.tokens();
        Found before = found.get(found.size() - 1);
        int and = verb.start() - 1;
        if (and <= before.from() || and >= before.to() || before.trailing() || !Words.is(tokens.get(and), "and")) {
            return Optional.empty();
        }
        int from = verb.object() ? ReportedContent.afterThat(tokens, verb.end()) : ReportedContent.afterAdjunctThat(view, s, verb.end());
        if (from == verb.end()) {
            from = ReportedContent.afterAddresseeThat(tokens, from); // "..., and warned Congress that": who is warned
        }
        if (from < 0 || from >= tokens.size() || Words.isPunct(tokens.get(from))) {
            return Optional.empty();
        }
        found.set(found.size() - 1, new Found(s, before.from(), and, before.speaker(), before.verb(), before.kind(),
                before.rule(), false));
        // "and warned of further sanctions": a preposition's object is what the warning is about, not what it says
        if (tokens.get(from).pos().equals("ADP")) {
            return Optional.empty();
        }
        return Optional.of(new Found(s, from, clauseEnd(view, coref, s, from), before.speaker(), verb, "indirect",
                "statement:leading", false));
    }

    /** "according to X, ..." or "..., according to X". */
    private Optional<Found> accordingTo(ArticleView view, Sentence s, ReportingVerbs.Verb verb) {
        List<Token> tokens = s.tokens();
        int k = verb.end();
        EntityMention speaker = null;
        int npEnd = k;
        for (; k < tokens.size() && k < verb.end() + 8; k++) {
            Token t = tokens.get(k);
            // "according to a draft declaration seen by the AP": the source is the document, not who saw it
            if (Words.isPunct(t) || speaker == null && t.pos().equals("VERB")) {
                break;
            }
            EntityMention m = view.entityAt(t);
            if (speaker == null && ArticleView.isActor(m)) {
                speaker = m;
            }
            npEnd = k + 1;
        }
        if (speaker == null) {
            return Optional.empty();
        }
        SpeakerFinder.Speaker sp = new SpeakerFinder.Speaker(speaker, verb.end(), npEnd, false);
        if (verb.start() == contentStart(tokens) && npEnd < tokens.size() && Words.isComma(tokens.get(npEnd))) {
            return Optional.of(new Found(s, npEnd + 1, tokens.size(), sp, verb, "according-to", "statement:according-to", false));
        }
        if (verb.start() > 0 && Words.isComma(tokens.get(verb.start() - 1))) {
            return Optional.of(new Found(s, contentStart(tokens), verb.start() - 1, sp, verb, "according-to",
                    "statement:according-to", true));
        }
        return Optional.empty();
    }

    /** "Noting that ..., X said" (speaker after) or "..., adding that ..." (speaker before). */
    private Optional<Found> participle(ArticleView view, Sentence s, ReportingVerbs.Verb p, List<Found> found) {
        List<Token> tokens = s.tokens();
        Found main = null;
        for (Found f : found) {
            boolean after = f.verb().start() > p.start();
            if (after && p.start() == contentStart(tokens) && (main == null || f.verb().start() < main.verb().start())) {
                main = f;
            } else if (!after && p.start() > contentStart(tokens) && (main == null || f.verb().start() > main.verb().start())) {
                main = f;
            }
        }
        if (main == null) {
            return Optional.empty();
        }
        int from = p.end() + 1;
        int to = p.start() == contentStart(tokens) ? main.speaker().start() - 1 : tokens.size();
        if (to <= from || to <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Found(s, from, to, main.speaker(), p, "indirect", "statement:participle", false));
    }

    /**
     * "\"...,\" Rudd told a news conference, adding that ...": the participle after a quotation's attribution speaks
     * for the one quoted.
     */
    private static Optional<Found> afterQuote(Sentence s, ReportingVerbs.Verb p, List<Statement> quotes) {
        List<Token> tokens = s.tokens();
        if (p.start() < 2 || !Words.isComma(tokens.get(p.start() - 1))) {
            return Optional.empty();
        }
        int at = tokens.get(p.start()).begin();
        return quotes.stream().filter(q -> q.cue().end() <= at).reduce((a, b) -> b).map(q -> {
            int from = ReportedContent.contentAfterParticiple(tokens, p);
            // the quoted speaker's own span is not needed: this content runs from the participle to the sentence end
            SpeakerFinder.Speaker sp = new SpeakerFinder.Speaker(q.speaker(), p.start(), p.start(), false);
            return new Found(s, from, tokens.size(), sp, p, "indirect", "statement:participle", false);
        });
    }

    /**
     * "The opposition criticised the trip, saying (that) it had been planned in secret": the participle reports what
     * the subject of the clause before it said, though that clause's verb reports nothing.
     */
    private Optional<Found> afterClause(ArticleView view, Coreference coref, Sentence s, ReportingVerbs.Verb p) {
        List<Token> tokens = s.tokens();
        if (p.start() < 2 || !Words.isComma(tokens.get(p.start() - 1))) {
            return Optional.empty();
        }
        int from = ReportedContent.contentAfterParticiple(tokens, p);
        return clauseSubject(view, coref, s, p.start() - 1)
                .map(sp -> new Found(s, from, tokens.size(), sp, p, "indirect", "statement:participle", false));
    }

    /**
     * "The Arab League condemned the treaty and announced (that) it would move ...": a reporting verb coordinated with
     * a verb that reports nothing shares its subject.
     */
    private Optional<Found> afterAnd(ArticleView view, Coreference coref, Sentence s, ReportingVerbs.Verb verb) {
        List<Token> tokens = s.tokens();
        int and = verb.start() - 1;
        if (and < 2 || !Words.is(tokens.get(and), "and") || Words.isComma(tokens.get(and - 1))) {
            return Optional.empty();
        }
        int from = verb.object() ? ReportedContent.afterThat(tokens, verb.end()) : ReportedContent.afterAdjunctThat(view, s, verb.end());
        if (from == verb.end()) {
            from = ReportedContent.afterAddresseeThat(tokens, from);
        }
        // "and warned of further sanctions": a preposition's object is what the warning is about, not what it says
        if (from < 0 || from >= tokens.size() || Words.isPunct(tokens.get(from)) || tokens.get(from).pos().equals("ADP")) {
            return Optional.empty();
        }
        int content = from;
        return clauseSubject(view, coref, s, and)
                .map(sp -> new Found(s, content, clauseEnd(view, coref, s, content), sp, verb, "indirect", "statement:coordinated", false));
    }

    /** The speaker before the first verb of the sentence, when that verb comes before token {@code limit}. */
    private Optional<SpeakerFinder.Speaker> clauseSubject(ArticleView view, Coreference coref, Sentence s, int limit) {
        List<Token> tokens = s.tokens();
        for (int k = contentStart(tokens) + 1; k < limit; k++) {
            if (tokens.get(k).pos().equals("VERB")) {
                return speakers.before(view, coref, s, k, null);
            }
        }
        return Optional.empty();
    }

    private Optional<Statement> toStatement(ArticleView view, Found f, Attributions all) {
        List<Token> tokens = f.sentence().tokens();
        int from = f.from();
        int to = Math.min(f.to(), tokens.size());
        // Trim the punctuation around the content, but keep quotation marks that belong to it.
        while (to > from && Words.isPunct(tokens.get(to - 1)) && !tokens.get(to - 1).text().contains("\"")) {
            to--;
        }
        while (from < to && Words.isPunct(tokens.get(from)) && !tokens.get(from).text().contains("\"")) {
            from++;
        }
        if (to - from < 3) {
            return Optional.empty();
        }
        int begin = tokens.get(from).begin();
        int end = tokens.get(to - 1).end();
        // A trailing "..., Xi said." whose reach holds another attribution repeats that one.
        if (f.trailing() && all.byCue().within(begin, end).stream().anyMatch(other -> other != f)) {
            return Optional.empty();
        }
        if (f.trailing() && f.kind().equals("indirect") && from == contentStart(tokens)) {
            begin = paragraphStart(view, f.sentence().index(), all.sentences(), begin);
        }
        Token a = tokens.get(f.verb().start());
        Token b = tokens.get(f.verb().end() - 1);
        Evidence cue = new Evidence(f.sentence().index(), a.begin(), b.end());
        double confidence = (f.kind().equals("indirect") ? 0.85 : 0.75) * (f.speaker().viaPronoun() ? 0.9 : 1.0);
        return Optional.of(new Statement(f.speaker().mention(), begin, end, view.text().substring(begin, end), cue,
                f.verb().lemma(), f.kind(), StatementDates.of(view, f.sentence(), f.speaker().end(), f.verb().start(), cue, begin, end),
                about(view, begin, end), f.rule(), confidence));
    }

    /** Earlier sentences of the paragraph without an attribution of their own belong to a trailing one. */
    private static int paragraphStart(ArticleView view, int sentence, Set<Integer> attributed, int begin) {
        int result = begin;
        for (int j = sentence - 1; j >= 0 && view.sameParagraph(j, sentence); j--) {
            if (attributed.contains(j) || view.sentence(j).text().contains("\"")) {
                break;
            }
            result = view.sentence(j).tokens().get(contentStart(view.sentence(j).tokens())).begin();
        }
        return result;
    }

    /** The end of a leading statement's content: the sentence end, or a later ", X said" / ", adding that". */
    private int clauseEnd(ArticleView view, Coreference coref, Sentence s, int from) {
        List<Token> tokens = s.tokens();
        for (int k = from; k < tokens.size() - 1; k++) {
            if (!Words.isComma(tokens.get(k))) {
                continue;
            }
            if (Words.is(tokens.get(k + 1), "but")) {
                return k; // "..., but French objections remain": the writer's words again
            }
            // (up to 16 tokens: "..., a presidential spokeswoman, Jane Roe-Smith, told reporters")
            for (int v = k + 1; v < tokens.size() && v <= k + 16; v++) {
                Optional<ReportingVerbs.Verb> verb = verbs.at(tokens, v);
                if (verb.isEmpty()) {
                    continue;
                }
                boolean participle = v == k + 1 && tokens.get(v).text().endsWith("ing");
                Optional<SpeakerFinder.Speaker> sp = speakers.before(view, coref, s, v, null);
                // ", a European diplomat in Brussels told Reuters last week": another (unnamed) speaker's attribution
                boolean unnamed = v <= k + 8 && !verb.get().accordingTo() && ReportedContent.noVerbBetween(tokens, k + 1, v) && ReportedContent.adjunctOnly(tokens, verb.get().end());
                if (participle || sp.isPresent() && sp.get().start() == k + 1 || unnamed) {
                    return k;
                }
            }
        }
        return tokens.size();
    }

    /** The first token of a sentence's own words, after a dateline such as "BEIJING -". */
    static int contentStart(List<Token> tokens) {
        for (int i = 0; i < tokens.size() && i < 12; i++) {
            String w = tokens.get(i).text();
            if (w.equals("-") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013")) {
                List<Token> head = tokens.subList(0, i);
                // A dateline is a few capitalized words, at least one in capitals ("BERLIN, March 3 (Reuters) -", "STRELSAU, May 2 (Example Wire) --");
                // the agency in brackets may spell itself in lower case ("AUCKLAND, Nov 11 (dpa) -")
                boolean dateline = outsideBrackets(head).allMatch(t -> t.isCapitalized() || Words.isPunct(t) || t.pos().equals("NUM"))
                        && head.stream().anyMatch(t -> t.text().length() > 1 && t.text().equals(t.text().toUpperCase()));
                return dateline && i + 1 < tokens.size() ? i + 1 : 0;
            }
        }
        return undashedDateline(tokens);
    }

    /**
     * "STRELSAU, Jun 9 (Example Wire) Leaders of ...": some agencies close the dateline with their bracketed name and
     * no dash. Only the full shape counts: a city in capitals, a comma, a month or a day in figures, the agency in
     * at most four words, then a capitalized word opening the story.
     */
    private static int undashedDateline(List<Token> tokens) {
        if (tokens.size() < 8 || tokens.get(0).text().length() < 3 || !tokens.get(0).text().equals(tokens.get(0).text().toUpperCase())
                || !tokens.get(0).text().chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            return 0;
        }
        int comma = 1;
        while (comma < 4 && comma < tokens.size() && !Words.isComma(tokens.get(comma))) {
            comma++;
        }
        int open = comma + 1;
        while (open < comma + 5 && open < tokens.size() && !tokens.get(open).text().equals("(")) {
            open++;
        }
        if (comma >= 4 || open >= tokens.size() || !tokens.get(open).text().equals("(")
                || tokens.subList(comma + 1, open).stream().noneMatch(t -> t.pos().equals("NUM"))) {
            return 0;
        }
        for (int close = open + 2; close < open + 6 && close + 1 < tokens.size(); close++) {
            if (tokens.get(close).text().equals(")")) {
                return tokens.get(close + 1).isCapitalized() ? close + 1 : 0;
            }
        }
        return 0;
    }

    /** The tokens not between round brackets. */
    private static Stream<Token> outsideBrackets(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        int depth = 0;
        for (Token t : tokens) {
            if (t.text().equals("(")) {
                depth++;
            } else if (t.text().equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.add(t);
            }
        }
        return out.stream();
    }

    private static List<EntityMention> about(ArticleView view, int begin, int end) {
        return view.entitiesWithin(begin, end);
    }
}
