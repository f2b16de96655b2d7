package org.newskg.extract.fact;

import java.util.List;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.extract.TimeMention;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Where the subject of a trigger ends: the words a reader steps over going left from a trigger to the one who acts,
 * read from the chunks and tags (the trigger's own noun phrase and light verb, a time, an adverb, an apposition or
 * relative clause between commas, auxiliaries and determiners). Kept apart from {@link ParticipantFinder}, which
 * reads who the subject is, because finding the boundary needs no coreference, only the sentence's shape.
 *
 * <pre>{@code
 * int end = span.subjectEnd(sentence, triggerStart); // -1 when no subject stands before
 * }</pre>
 * Immutable; one per article.
 */
final class SubjectSpan {

    // Compiled once: String.matches compiles its regex at each call, and these run on hot paths (bench/README.md).
    private static final Pattern DOUBLE_QUOTE = Pattern.compile("[\"“”]");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&.-]+");

    private final ArticleView view;
    private final EventCues cues;
    private final CorefLexicon words;
    private final Insertions insertions;
    private final TitleLexicon titles;

    SubjectSpan(ArticleView view, EventCues cues, CorefLexicon words, Insertions insertions, TitleLexicon titles) {
        this.view = view;
        this.cues = cues;
        this.words = words;
        this.insertions = insertions;
        this.titles = titles;
    }

    /** The last token of the subject before token {@code start}, or -1. */
    int subjectEnd(Sentence s, int start) {
        List<Token> tokens = s.tokens();
        int j = clauseStart(s, start) - 1;
        while (j >= 0) {
            Token t = tokens.get(j);
            String pos = t.pos();
            TimeMention time = view.timeAt(t);
            int before = time == null ? -1 : ArticleView.tokenAt(s, time.begin()) - 1;
            if (before >= 0 && tokens.get(before).pos().equals("ADP") && view.entityAt(tokens.get(before)) == null) {
                before--;
            }
            // "Doe will on Tuesday gift ...": a time phrase after the modal stands between it and its verb (the tagger,
            // reading the verb as a noun, may start its noun phrase at the day, leaving the preposition alone)
            int modal = time != null ? before
                    : pos.equals("ADP") && j + 1 < tokens.size() && view.timeAt(tokens.get(j + 1)) != null ? j - 1 : -1;
            if (modal >= 0 && (tokens.get(modal).penn().equals("MD") || tokens.get(modal).pos().equals("AUX"))) {
                j = modal;
                continue;
            }
            int verb = before;
            while (verb >= 0 && tokens.get(verb).pos().equals("ADV") && view.entityAt(tokens.get(verb)) == null) {
                verb--;
            }
            if (verb >= 0 && tokens.get(verb).pos().equals("VERB") && infinitiveAt(tokens, j + 1)) {
                // "voted on Friday to impose" (but "travel to Caracas later this month to meet": the place is no subject)
                j = before;
                continue;
            }
            boolean skip = cues.isSupportVerb(t) || pos.equals("DET") || pos.equals("ADJ") || pos.equals("ADV")
                    || pos.equals("AUX") || pos.equals("NUM") || pos.equals("PART") || t.penn().equals("TO") || t.text().equals("'s")
                    || Words.isAny(t, "as", "over") || DOUBLE_QUOTE.matcher(t.text()).matches() // said it "resolutely opposes"
                    || pos.equals("VERB") && j + 1 < tokens.size() && tokens.get(j + 1).pos().equals("PART")
                    || pos.equals("VERB") && infinitiveAfter(s, j + 1) // "voted unanimously on Friday to impose"
                    || t.text().endsWith("'s") && view.entityAt(t) == null // "the council's presidency"
                    || pos.equals("VERB") && t.text().endsWith("ing") && j + 1 == start; // "the rotating presidency"
            int open = acronymParenthesis(tokens, j);
            if (open > 0) {
                j = open - 1; // "The Organization of American States (OAS) suspended": the short form set off after the name
                break;
            }
            if (Words.isComma(t) && insertions.appositiveName(s, j) != null) {
                j--; // "Ecuador's security minister, Gustavo Larrea, had met Reyes": the name set off after its title
                break;
            }
            if (Words.isComma(t) && insertions.insertion(s, j) >= 0) {
                j = insertions.insertion(s, j) - 1; // "Doe, who holds the presidency, was due to fly to X"
                continue;
            }
            // "The Malaysian premier later met": the tagger may call a title word before an adverb an adjective
            boolean title = pos.equals("ADJ") && titles.endingAt(view.text(), tokens, j + 1).isPresent();
            if (!skip || title || Words.isAny(t, "his", "her") || ArticleView.isActor(view.entityAt(t)) // "Doe's/DET first visit"
                    || words.endingAt(view.text(), tokens, j + 1).filter(p -> p.kind().startsWith("group")).isPresent()) {
                break; // "and the two agreed": a group phrase of determiners and numbers is the subject
            }
            j--;
        }
        if (j >= 2 && Words.isAny(tokens.get(j), "which", "who") && Words.isComma(tokens.get(j - 1))) {
            boolean who = Words.is(tokens.get(j), "who");
            j -= 2; // "Sierra Leone, which holds the council's rotating presidency"
            if (who) {
                j = personBeforeApposition(s, j); // "met Doe, head of the mission in Ruritania, who urged"
            } else {
                j = sentDelegation(s, j);
            }
        }
        return j;
    }

    /**
     * "X sent a delegation to Lima on Tuesday, which met Y": when the words ending at token {@code j} before ", which"
     * are a delegation sent (a {@code delegates} word that is a verb's object) followed by a place and a time, the
     * delegation acts for the verb's subject, whose end is returned; else {@code j}.
     */
    private int sentDelegation(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        int k = j;
        TimeMention time = k >= 0 ? view.timeAt(tokens.get(k)) : null;
        if (time != null) {
            k = ArticleView.tokenAt(s, time.begin()) - 1;
            k -= k >= 0 && tokens.get(k).pos().equals("ADP") ? 1 : 0; // "on Tuesday"
        }
        if (k >= 1 && ArticleView.isPlace(view.entityAt(tokens.get(k)))) {
            int place = k;
            while (place > 0 && view.entityAt(tokens.get(place - 1)) == view.entityAt(tokens.get(k))) {
                place--;
            }
            // "to Lima" (the tagger may call "to" a particle)
            k = place > 0 && (tokens.get(place - 1).pos().equals("ADP") || Words.is(tokens.get(place - 1), "to")) ? place - 2 : -1;
        }
        if (k < 1 || !cues.isDelegatesWord(tokens.get(k))) {
            return j;
        }
        int np = Chunks.start(tokens, k);
        if (np < 1 || !tokens.get(np - 1).pos().equals("VERB")) {
            return j;
        }
        int subject = subjectEnd(s, np - 1);
        return subject >= 0 ? subject : j;
    }

    /**
     * The "(" of a short form in parentheses whose ")" is token {@code j} ("States ( OAS )"), or -1: one or two tokens
     * inside, the first written in capitals.
     */
    private static int acronymParenthesis(List<Token> tokens, int j) {
        if (!tokens.get(j).text().equals(")")) {
            return -1;
        }
        for (int k = j - 2; k >= Math.max(0, j - 3); k--) {
            if (tokens.get(k).text().equals("(")) {
                return ACRONYM.matcher(tokens.get(k + 1).text()).matches() ? k : -1;
            }
        }
        return -1;
    }

    /** Whether an infinitive's "to" stands at token {@code k}. */
    private static boolean infinitiveAt(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).penn().equals("TO");
    }

    /**
     * Whether an infinitive's "to" follows from token {@code k} on, over adverbs and times ("unanimously on Friday
     * to"): the verb before {@code k} only leads up to the infinitive, whose subject is the verb's.
     */
    private boolean infinitiveAfter(Sentence s, int k) {
        List<Token> tokens = s.tokens();
        while (k < tokens.size() && !infinitiveAt(tokens, k)) {
            Token t = tokens.get(k);
            TimeMention time = view.timeAt(t) != null ? view.timeAt(t)
                    : t.pos().equals("ADP") && k + 1 < tokens.size() ? view.timeAt(tokens.get(k + 1)) : null;
            if (time != null) {
                k = ArticleView.tokenAt(s, time.end() - 1) + 1;
            } else if (t.pos().equals("ADV") && view.entityAt(t) == null) {
                k++;
            } else {
                return false;
            }
        }
        return k < tokens.size();
    }

    /**
     * "Doe, head of the U.N. mission in Ruritania, who urged": "who" stands for a person, so when the words before
     * it, ending at token {@code j}, are a verbless apposition set off after a person's name, the name's last token;
     * else {@code j}.
     */
    private int personBeforeApposition(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        EntityMention last = view.entityAt(tokens.get(j));
        if (last != null && last.type() == org.newskg.kb.EntityType.PERSON) {
            return j;
        }
        for (int k = j; k > 0 && k >= j - Insertions.INSERTION; k--) {
            Token t = tokens.get(k);
            if (Words.isComma(t)) {
                EntityMention m = view.entityAt(tokens.get(k - 1));
                return m != null && m.type() == org.newskg.kb.EntityType.PERSON ? k - 1 : j;
            }
            boolean abbreviation = t.text().equals(".") && tokens.get(k - 1).text().contains(".");
            if (Chunks.isVerb(t) || Words.isPunct(t) && !t.text().equals("-") && !abbreviation) {
                return j;
            }
        }
        return j;
    }

    /**
     * Where the words between a subject and its trigger begin, read from the chunks: the noun phrase of a noun
     * trigger and the light verb before it ("wrapped up a three hour meeting"), then what may stand between a
     * subject and its verb: a time ("on Friday", "Tuesday"), an adverb, an apposition or a relative clause
     * between commas (", 67,", ", who arrived on Monday,").
     */
    private int clauseStart(Sentence s, int start) {
        List<Token> tokens = s.tokens();
        int i = lightVerbStart(s, start);
        while (i > 0) {
            int j = i - 1;
            TimeMention time = view.timeAt(tokens.get(j));
            if (time != null) {
                i = ArticleView.tokenAt(s, time.begin());
                // "on Monday": the chunker may label the preposition before a day SBAR
                if (i > 0 && (Chunks.is(tokens, i - 1, "PP") || tokens.get(i - 1).pos().equals("ADP"))
                        && view.entityAt(tokens.get(i - 1)) == null) {
                    i--;
                }
            } else if (Chunks.is(tokens, j, "ADVP") && view.entityAt(tokens.get(j)) == null) {
                // not a name: the Penn tagger may take a city opening the sentence for an adverb ("Riyadh/RB cut ties")
                i = Chunks.start(tokens, j);
            } else if (Words.isComma(tokens.get(j)) && insertions.insertion(s, j) >= 0
                    && insertions.appositiveName(s, j) == null) {
                // ("Ruritania's envoy to the United Nations, Doe, urged": a name set off after its title is the subject)
                i = insertions.insertion(s, j);
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Where a trigger's own words begin: its noun phrase and the light verb before it ("wrapped up a three hour
     * meeting", "witnessed the signing"), or {@code start} itself for a verb.
     */
    int lightVerbStart(Sentence s, int start) {
        List<Token> tokens = s.tokens();
        int i = start;
        if (Chunks.is(tokens, i, "NP") && !Chunks.isVerb(tokens.get(i))) {
            int np = Chunks.start(tokens, i);
            while (np >= 1 && compoundPart(tokens, np - 1)) {
                np = Chunks.start(tokens, np - 1); // "a six-and-a-half hour meeting": the chunker splits at hyphens
            }
            for (int k = np; k < i && tokens.get(i).pos().equals("VERB"); k++) {
                if (view.timeAt(tokens.get(k)) != null) {
                    np = k + 1; // "Ruritania on Friday/NP expelled/NP": a time the chunker glued to a past verb opens no phrase of it
                }
            }
            boolean bare = true;
            for (int k = np; k < i; k++) {
                bare &= view.entityAt(tokens.get(k)) == null && !tokens.get(k).text().endsWith("'s")
                        && !Words.isAny(tokens.get(k), "his", "her", "their");
            }
            if (bare) {
                i = np;
            }
            int amount = bare && np >= 2 && Words.is(tokens.get(np - 1), "of") && Chunks.is(tokens, np - 2, "NP")
                    ? approximated(tokens, Chunks.start(tokens, np - 2)) : -1;
            if (amount >= 0 && quantity(tokens, amount, np - 1)) {
                // "held two hours of talks", "held a round of talks", "held more than five hours of talks": the amount's phrase
                i = amount;
            } else if (bare && np >= 3 && Words.is(tokens.get(np - 1), "of") && cues.isPortion(tokens.get(np - 2))) {
                // "held their fourth and final round of talks": a portion opened by a determiner or possessive, with
                // ordinals joined by "and" the chunker may split into two phrases
                int d = portionStart(tokens, np - 3);
                if (d >= 0) {
                    i = d;
                }
            }
        }
        if (i == start && i > 0 && tokens.get(start).penn().equals("VBG") && cues.isSupportVerb(tokens, i - 1)) {
            return i - 1; // "Italy on Friday began deporting": the aspect verb opens the trigger's words, times come before it
        }
        if (i > 0 && (Chunks.is(tokens, i - 1, "VP") || Chunks.is(tokens, i - 1, "PRT")) && !Chunks.isVerb(tokens.get(start))) {
            int vp = Chunks.start(tokens, i - 1);
            if (vp > 0 && Chunks.is(tokens, vp, "PRT")) {
                vp = Chunks.start(tokens, vp - 1);
            }
            if (supportBetween(tokens, vp, i)) {
                i = vp;
            }
        }
        return i;
    }

    /**
     * Where an amount starting at or before token {@code from} begins with the words that make it approximate ("more than
     * five hours", "nearly three hours", "about two hours"), which the chunker may leave out of the amount's phrase.
     */
    private static int approximated(List<Token> tokens, int from) {
        int k = from;
        if (k >= 2 && Words.is(tokens.get(k - 1), "than") && Words.isAny(tokens.get(k - 2), "more", "less", "fewer")) {
            k -= 2;
        } else if (k >= 1 && Words.isAny(tokens.get(k - 1), APPROXIMATELY)) {
            k--;
        }
        return k;
    }

    private static final String[] APPROXIMATELY = {"nearly", "almost", "about", "around", "some", "roughly", "over", "just"};

    /**
     * "two hours", "a new round", "three days", "more than five hours": a number or "a" (after words making it
     * approximate), then nouns of no name, from {@code from} to {@code to}.
     */
    private boolean quantity(List<Token> tokens, int from, int to) {
        if (from + 2 < to && Words.is(tokens.get(from + 1), "than") && Words.isAny(tokens.get(from), "more", "less", "fewer")) {
            from += 2;
        } else if (from + 1 < to && Words.isAny(tokens.get(from), APPROXIMATELY)) {
            from++;
        }
        if (to - from < 2 || !(tokens.get(from).pos().equals("NUM") || Words.isAny(tokens.get(from), "a", "an", "several"))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            Token t = tokens.get(k);
            if (view.entityAt(t) != null || !(t.pos().equals("NOUN") || t.pos().equals("ADJ") || t.pos().equals("NUM"))) {
                return false;
            }
        }
        return tokens.get(to - 1).pos().equals("NOUN");
    }

    /**
     * Where the words before a portion noun ("fourth and final" of "their fourth and final round") begin with their
     * determiner, walking back from {@code k}; -1 when something else comes first.
     */
    private static int portionStart(List<Token> tokens, int k) {
        for (int j = k; j >= 0 && j >= k - 4; j--) {
            Token t = tokens.get(j);
            if (Words.isAny(t, PORTION_DETERMINERS)) {
                return j;
            }
            if (!(t.pos().equals("ADJ") || t.pos().equals("NUM") || Words.is(t, "and"))) {
                return -1;
            }
        }
        return -1;
    }

    private static final String[] PORTION_DETERMINERS = {"a", "an", "the", "their", "his", "her", "its", "another"};

    /** A piece of a hyphenated modifier the chunker split off its noun phrase: "six", "-", "and", "a-half", "door". */
    private static boolean compoundPart(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        boolean hyphenAfter = k + 1 < tokens.size() && tokens.get(k + 1).text().equals("-");
        boolean hyphenBefore = k > 0 && tokens.get(k - 1).text().equals("-");
        boolean hyphenNear = t.text().equals("-") || hyphenAfter || hyphenBefore || t.text().indexOf('-') > 0;
        boolean word = t.pos().equals("NOUN") || t.pos().equals("ADJ"); // "a closed-door meeting"
        return hyphenNear && !t.penn().startsWith("VB") && !Words.isComma(t)
                && (t.text().equals("-") || t.pos().equals("NUM") || t.pos().equals("CCONJ") || t.text().indexOf('-') > 0
                        || word && (hyphenBefore || hyphenAfter));
    }

    /** Whether a support verb ("held", "wrapped up") stands from token {@code from} to token {@code to}. */
    private boolean supportBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (cues.isSupportVerb(tokens, k)) {
                return true;
            }
        }
        return false;
    }
}
