package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Event;
import org.newskg.extract.Participant;
import org.newskg.extract.TimeMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The place and the host of an event mention: "in/at PLACE" after the trigger, "here" and the dateline's city, a
 * "where" or "when" clause, a fronted place phrase; "X hosts the summit", "a summit hosted by X".
 * Immutable and thread-safe.
 */
final class EventPlaces {

    // Compiled once: String.matches compiles its regex at each call, and these run on hot paths (bench/README.md).
    private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s");

    private static final int HOST_WINDOW = 6;

    private final TriggerLexicon triggers;
    private final EventCues cues;

    EventPlaces(TriggerLexicon triggers, EventCues cues) {
        this.triggers = triggers;
        this.cues = cues;
    }

    /** "that"/"which" at {@code k} and a support verb after it ("began", "was held"): the clause tells the event's course. */
    private boolean relativeOfItsOwnCourse(List<Token> tokens, int k) {
        if (!Words.isAny(tokens.get(k), "that", "which")) {
            return false;
        }
        int v = k + 1;
        while (v < tokens.size() && tokens.get(v).pos().equals("AUX")) {
            v++;
        }
        return v < tokens.size() && cues.isSupportVerb(tokens, v);
    }

    /** The first place after "in", "at" (or "to" for visits) in the clause after the trigger. */
    EntityMention place(ArticleView view, Sentence s, int le, String type, String cameo) {
        List<Token> tokens = s.tokens();
        boolean fronted = Clauses.fronted(tokens, le);
        // "bombed targets around X", "shot down two jets over X": where force is used
        boolean force = cameo != null && cameo.compareTo("18") >= 0;
        // a statement, an appeal, a sanction: said or decided somewhere, and what it is about is named after it
        boolean verbal = !force && !cues.onsite(type) && !CameoCodes.physical(cameo);
        for (int k = le; k < tokens.size() - 1 && k < le + Clauses.CLAUSE_WINDOW; k++) {
            Token t = tokens.get(k);
            if (k == le && relativeOfItsOwnCourse(tokens, k)) {
                continue; // "talks that began in Moscow", "a meeting which was held in Oslo": the event's own course
            }
            if (t.text().equals(";") || t.text().equals(".") || Words.isAny(t, "that", "which", "where", "who")
                    || fronted && Words.isComma(t)) {
                break; // "Hours before the talks, Doe ordered a halt ... in X": the comma ends the fronted phrase
            }
            if (Words.isAny(t, "since", "because", "although", "though", "unless")) {
                break; // "their first meeting since warplanes bombed an embassy in X": another act's place
            }
            if (k > le && Words.isComma(t) && k + 2 < tokens.size() && Words.isAny(tokens.get(k + 1), "and", "but")
                    && tokens.get(k + 2).penn().startsWith("VB")) {
                break; // "for talks with Roe, and ends the trip in Y": the next verb's own place
            }
            if (force && Words.is(t, "control") && k + 2 < tokens.size() && Words.is(tokens.get(k + 1), "of")) {
                EntityMention m = placeInPhrase(view, tokens, k + 2); // "fought for control of the suburbs of X"
                if (m != null) {
                    return m;
                }
            }
            if (force && Words.isAny(t, "over", "around")) {
                EntityMention m = placeInPhrase(view, tokens, k + 1);
                if (m != null) {
                    return m;
                }
            }
            // "The summit also discussed the conflict in Sudan": past another verb, the place is not the event's
            // "A meeting of ... is planned for June in X": a status verb tells of the event itself
            // ("protested against soaring food prices in X": a participle qualifying a noun is no verb)
            // (a word of a name is no verb, however the tagger reads an unusual given name: "Tritan/VERB Shehu")
            boolean otherVerb = t.pos().equals("VERB") && view.entityAt(t) == null && !Chunks.participleInNoun(tokens, k)
                    && !(cues.isSupportVerb(t) || cues.hostKind(t) != null
                    || cues.isStatus(tokens, k) || triggers.longestAt(view.text(), tokens, k).isPresent());
            // "talks about the situation in Ruritania": the place of a topic is not the event's
            if (otherVerb || Words.isAny(t, "about", "over", "regarding", "concerning") || cues.opensMatter(tokens, k)) {
                break;
            }
            if (Words.is(t, "here") && t.pos().equals("ADV")) {
                return Dateline.city(view); // "arrived here Tuesday": the dateline's city
            }
            if (Words.is(t, "there") && t.pos().equals("ADV") && k > le) {
                EntityMention before = lastPlaceBefore(view, tokens, k);
                if (before != null) {
                    return before; // "is to fly to Lima on Tuesday ... and will meet Garcia there": Lima
                }
            }
            if (verbal && isCommonNoun(view, t)) {
                // "banned investment in Y", "called for a ceasefire in Y": a place in what the act is about; but
                // "condemned NATO in Moscow": a name takes no place of its own, the act does; and "rejected the
                // appeal in a speech in Agadir": where it was said, past its object
                return occasionPlace(view, tokens, k + 1, le + Clauses.CLAUSE_WINDOW);
            }
            if (Words.is(t, "from")) {
                k = originEnd(tokens, k + 1) - 1; // "flew food in from its depot in X": where it came from, not where
                continue;
            }
            // "travelled to X", "sent two brigades to the province of X": where the visitor or the troops went
            // "marched to Wenceslas Square": where a march went
            boolean prep = Words.isAny(t, "in", "at", "near") || (type.equals("Visit") || CameoCodes.forcePosture(cameo)
                    || CameoCodes.protest(cameo)) && Words.is(t, "to")
                    // "marched through the city of X", "convoys drove through X": where a march or a force went
                    || (CameoCodes.protest(cameo) || CameoCodes.physical(cameo)) && Words.is(t, "through")
                    // "took to the streets of X": the streets the trigger names are the town's
                    || CameoCodes.protest(cameo) && k == le && Words.is(t, "of") && Words.is(tokens.get(k - 1), "streets");
            if (!prep) {
                continue;
            }
            if (!Words.is(t, "to") && thisLocality(tokens, k + 1) && Dateline.city(view) != null) {
                return Dateline.city(view); // "met in this Red Sea resort": the dateline's city, not the sea
            }
            EntityMention m = placeInPhrase(view, tokens, k + 1);
            if (m != null && Words.is(t, "to") && CameoCodes.protest(cameo) && m.type() == EntityType.COUNTRY) {
                continue; // "marched to the U.S. embassy": the country owns the embassy; the march stays in its town
            }
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * "in a speech in Agadir", "at a news conference in X": the place after an occasion of speaking ({@code occasion}
     * cues) opened by "in" or "at" from token {@code from} on, in the clause (before another verb, a relative word or
     * the sentence's end), or null.
     */
    private EntityMention occasionPlace(ArticleView view, List<Token> tokens, int from, int limit) {
        for (int k = from; k + 2 < tokens.size() && k < limit; k++) {
            Token t = tokens.get(k);
            if (t.text().equals(";") || t.text().equals(".") || Words.isAny(t, "that", "which", "where", "who")
                    || t.pos().equals("VERB") && !Chunks.participleInNoun(tokens, k)) {
                return null;
            }
            if (!Words.isAny(t, "in", "at")) {
                continue;
            }
            int end = Chunks.end(tokens, k + 1);
            if (end > k + 1 && end + 1 < tokens.size() && cues.isOccasion(tokens.get(end - 1))
                    && Words.isAny(tokens.get(end), "in", "at")) {
                return placeInPhrase(view, tokens, end + 1);
            }
        }
        return null;
    }

    /** "this Red Sea resort", "this capital": "this", modifiers, and a kind of town ending the noun phrase. */
    private boolean thisLocality(List<Token> tokens, int j) {
        if (j >= tokens.size() || !Words.is(tokens.get(j), "this")) {
            return false;
        }
        int end = Chunks.end(tokens, j);
        return end > j + 1 && end <= tokens.size() && cues.isLocality(tokens.get(end - 1))
                && (end == tokens.size() || !Words.is(tokens.get(end), "of"));
    }

    /** Whether token {@code t} is a common noun outside any name and time ("investment", "villages"). */
    private static boolean isCommonNoun(ArticleView view, Token t) {
        return t.pos().equals("NOUN") && view.entityAt(t) == null && view.timeAt(t) == null;
    }

    /** The place named last before token {@code k} in its sentence, or null. */
    private static EntityMention lastPlaceBefore(ArticleView view, List<Token> tokens, int k) {
        for (int i = k - 1; i >= StatementFinder.contentStart(tokens); i--) {
            EntityMention m = view.entityAt(tokens.get(i));
            if (ArticleView.isPlace(m)) {
                return m;
            }
        }
        return null;
    }

    /** The index after the noun phrase at token {@code k} and the "in"/"at"/"of" phrases that hang on it. */
    private static int originEnd(List<Token> tokens, int k) {
        int end = k < tokens.size() ? Chunks.end(tokens, k) : k;
        while (end + 1 < tokens.size() && Words.isAny(tokens.get(end), "in", "at", "of")) {
            end = Chunks.end(tokens, end + 1);
        }
        return end;
    }

    /**
     * "will visit X on Monday for talks with Y": the place that is the object of the visit verb (a {@code Visit}
     * trigger) in the verb group starting at token {@code group}, or null.
     */
    EntityMention visitedObject(ArticleView view, List<Token> tokens, int group) {
        for (int v = group; v < Chunks.end(tokens, group); v++) {
            var visit = triggers.longestAt(view.text(), tokens, v).filter(t -> t.trigger().type().equals("Visit"));
            if (visit.isPresent() && Chunks.isVerb(tokens.get(v))) {
                int k = visit.get().end();
                k = k < tokens.size() && Words.is(tokens.get(k), "the") ? k + 1 : k;
                EntityMention m = k < tokens.size() ? view.entityAt(tokens.get(k)) : null;
                return ArticleView.isPlace(m) ? m : null;
            }
        }
        return null;
    }

    /** The city or country right after "in", "from", "to" or "at" at token {@code k} ("its ambassador in Harare"), or null. */
    static EntityMention postedIn(ArticleView view, List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !Words.isAny(tokens.get(k), "in", "from", "to", "at")) {
            return null;
        }
        EntityMention m = view.entityAt(tokens.get(k + 1));
        return ArticleView.isPlace(m) && (m.type() == EntityType.CITY || m.type() == EntityType.COUNTRY) ? m : null;
    }

    /**
     * The opening comma of a place set off after a place ("to Santiago, Chile, on Monday": Chile qualifies Santiago)
     * whose closing comma is at {@code close}; -1 when the words between the commas are not one place name after a
     * place.
     */
    static int placeAppositionOpen(ArticleView view, List<Token> tokens, int close) {
        if (close < 3) {
            return -1;
        }
        EntityMention inner = view.entityAt(tokens.get(close - 1));
        int open = close - 1;
        while (open > 0 && !Words.isComma(tokens.get(open))) {
            if (view.entityAt(tokens.get(open)) != inner) {
                return -1;
            }
            open--;
        }
        return open > 0 && ArticleView.isPlace(inner) && ArticleView.isPlace(view.entityAt(tokens.get(open - 1))) ? open : -1;
    }

    /**
     * The place named by the noun phrase starting at token {@code j}: its first word after determiners, or the
     * name after a demonym and a common noun ("the Ruritanian capital Strelsau", "the port city of Zenda").
     */
    static EntityMention placeInPhrase(ArticleView view, List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && (tokens.get(k).pos().equals("DET") || tokens.get(k).penn().equals("PRP$"))) {
            k++; // "the", "its breakaway region of X"
        }
        EntityMention m = k < tokens.size() ? view.entityAt(tokens.get(k)) : null;
        if (ArticleView.isPlace(m)) {
            int next = after(tokens, m);
            int owner = tokens.get(next - 1).text().matches(".+['’]s") ? next // the tokenizer may keep "'s" with the name
                    : next + 1 < tokens.size() && POSSESSIVE_S.matcher(tokens.get(next).text()).matches() ? next + 1 : -1;
            EntityMention owned = owner >= 0 && owner < tokens.size() ? placeInPhrase(view, tokens, owner) : null;
            // "met in Brazil's capital": the place the country has, not the country
            return owned != null ? owned : kindOfPlaceIn(view, tokens, m).orElse(m);
        }
        int end = k < tokens.size() ? Chunks.end(tokens, k) : k;
        if (end < tokens.size() && Words.is(tokens.get(end), "of")) {
            end = Math.min(tokens.size(), end + 3); // "the city of Aden"
        }
        for (int i = k; i < end; i++) {
            Token t = tokens.get(i);
            EntityMention e = view.entityAt(t);
            if (ArticleView.isPlace(e)) {
                return e;
            }
            if (e == null && !t.pos().equals("ADJ") && !t.pos().equals("NOUN") && !Words.is(t, "of")) {
                return null;
            }
            if (e != null) {
                i = ArticleView.tokenAt(view.sentence(e.sentence()), e.end() - 1);
            }
        }
        if (end > k && end + 1 < tokens.size() && Words.isAny(tokens.get(end), "near", "in", "outside")) {
            // "attacked a village near X", "attacked a police station in the northern town of X": where the thing struck lies
            return placeInPhrase(view, tokens, end + 1);
        }
        return null;
    }

    private static final java.util.Set<String> KIND_TAGS = java.util.Set.of("NOUN", "VERB", "ADJ");

    /**
     * "the Red Sea resort of Sharm el-Sheikh", "the Bali resort of Nusa Dua": a place named after the place that
     * opens the phrase, by a common noun and "of", is the one meant; the first only says where it lies.
     */
    private static Optional<EntityMention> kindOfPlaceIn(ArticleView view, List<Token> tokens, EntityMention first) {
        int k = after(tokens, first);
        int nouns = 0;
        // "the Mediterranean resort city of Zenda": a tagger may read a kind-of-place noun before another as a verb
        while (k < tokens.size() && nouns < 3 && KIND_TAGS.contains(tokens.get(k).pos()) && !tokens.get(k).isCapitalized()
                && view.entityAt(tokens.get(k)) == null && view.timeAt(tokens.get(k)) == null) {
            k++;
            nouns++;
        }
        if (nouns == 0 || k + 1 >= tokens.size() || !Words.is(tokens.get(k), "of") || !tokens.get(k - 1).pos().equals("NOUN")) {
            return Optional.empty();
        }
        EntityMention named = view.entityAt(tokens.get(k + 1));
        return ArticleView.isPlace(named) ? Optional.of(named) : Optional.empty();
    }

    /**
     * The event, placed in the dateline's city when none of its tellings names a place, its class happens where
     * its people are and it is not dated before the story ("STRELSAU, Aug 12 - Doe met Roe on Tuesday"); an act
     * done in person by a doer of another country than the dateline's ("summoned the envoy") is placed in that
     * country's capital when the article names it, else nowhere.
     */
    Event placedAtDateline(ArticleView view, ParticipantFinder pf, Event e, List<Event> all) {
        // a class that happens where its people are, or one act of a verbal class that does ("summoned the envoy":
        // the envoy is called in to the ministry, in the capital the story is filed from)
        boolean inPerson = !cues.onsite(e.type()) && e.rule().startsWith(EventFinder.TRIGGER_RULE)
                && cues.onsite(e.rule().substring(EventFinder.TRIGGER_RULE.length()));
        boolean onsite = cues.onsite(e.type()) || inPerson;
        if (e.place() != null || !onsite || Dateline.beforeDateline(view, e.date())) {
            return e;
        }
        Optional<EntityMention> doer = e.participants().stream().filter(p -> p.role().equals(Participant.SOURCE))
                .map(Participant::mention).filter(pf::away).findFirst();
        if (inPerson && doer.isPresent()) {
            // "PARIS - ... Ruritania summoned France's ambassador": done in the doer's capital, not where the story is filed
            EntityMention capital = pf.capitalAway(doer.get(), e.first().sentence()).orElse(null);
            return capital == null ? e : new Event(e.type(), e.label(), e.evidence(), e.participants(), e.date(), capital,
                    e.host(), e.cameo(), e.status(), e.rule(), e.confidence());
        }
        EntityMention visited = visitedCity(view, e, all);
        EntityMention city = visited != null ? visited : Dateline.city(view);
        return city == null ? e : new Event(e.type(), e.label(), e.evidence(), e.participants(), e.date(), city, e.host(),
                e.cameo(), e.status(), e.rule(), e.confidence());
    }

    /**
     * "SEOUL - Kim flew to Pyongyang on Tuesday ... The two leaders held talks": the city other than the dateline's that
     * one of the event's people was told, before it, to have travelled to that day or up to two days before; null when
     * none was.
     */
    private static EntityMention visitedCity(ArticleView view, Event e, List<Event> all) {
        EntityMention dateline = Dateline.city(view);
        EntityMention found = null;
        for (Event v : all) {
            boolean trip = v != e && "042".equals(v.cameo()) && v.place() != null && v.place().type() == EntityType.CITY
                    && !"planned".equals(v.status()) && v.first().sentence() <= e.first().sentence()
                    && (dateline == null || !ArticleView.key(dateline).equals(ArticleView.key(v.place())));
            if (trip && e.date() != null && v.date() != null && EventMerger.daysApart(v.date(), e.date()) <= 2
                    && e.date().value().compareTo(v.date().value()) >= 0 && visitor(v, e)) {
                found = v.place();
            }
        }
        return found;
    }

    /** Whether the one who made visit {@code v} takes part in {@code e}. */
    private static boolean visitor(Event v, Event e) {
        return v.participants().stream().filter(p -> p.role().equals(Participant.SOURCE))
                .anyMatch(p -> e.participants().stream().anyMatch(q -> ArticleView.key(q.mention()).equals(ArticleView.key(p.mention()))));
    }

    /** The places joined to {@code first} by "and" or commas ("urged Riyadh and Doha"). */
    static List<EntityMention> placesJoined(ArticleView view, List<Token> tokens, EntityMention first) {
        List<EntityMention> out = new ArrayList<>();
        int k = after(tokens, first);
        while (k > 0 && k + 1 < tokens.size() && (Words.is(tokens.get(k), "and") || Words.isComma(tokens.get(k)))) {
            EntityMention next = view.entityAt(tokens.get(k + 1));
            if (!ArticleView.isPlace(next)) {
                break;
            }
            out.add(next);
            k = after(tokens, next);
        }
        return out;
    }

    /**
     * "X and Y last met in Bangkok in December 2014, when they witnessed the signing": an event told in a when-clause
     * after a clause that says where its people were happens there (the last "in/at PLACE" before ", when").
     */
    static EntityMention whenPlace(ArticleView view, Sentence s, int ls) {
        List<Token> tokens = s.tokens();
        int w = clauseOpening(tokens, ls, "when", false);
        if (w < 0) {
            return null;
        }
        for (int c = w - 2; c > 0 && !Words.isPunct(tokens.get(c)); c--) {
            if (Words.isAny(tokens.get(c), "in", "at") && c + 1 < w && view.timeAt(tokens.get(c + 1)) == null) {
                EntityMention m = placeInPhrase(view, tokens, c + 1); // "in April" is a time, whatever a finder said
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The place a relative "where" before token {@code ls} stands for: "flew to X, the capital of Y, where he is to
     * meet Z" (X, over an apposition), "arrived in X, where he held talks"; null when no such clause holds the trigger.
     */
    static EntityMention wherePlace(ArticleView view, Sentence s, int ls) {
        List<Token> tokens = s.tokens();
        int w = clauseOpening(tokens, ls, "where", true); // over "a two-day summit"
        if (w < 0) {
            return null;
        }
        int k = w - 2;
        for (int c = k; c > 0 && c > k - 10; c--) {
            if (Words.isComma(tokens.get(c))) {
                if (Words.is(tokens.get(c + 1), "the")) {
                    k = c - 1; // "X, the capital of Y, where": the apposition names X again
                }
                break;
            }
        }
        // "will fly to X on Friday, where": over a time after the place
        for (int c = k; c >= 0 && c > k - 6 && !Words.isComma(tokens.get(c)) && !Chunks.isVerb(tokens.get(c)); c--) {
            EntityMention m = view.entityAt(tokens.get(c));
            if (ArticleView.isPlace(m)) {
                return m;
            }
            if (m != null && view.timeAt(tokens.get(c)) == null) {
                return null; // another name stands there
            }
        }
        return null;
    }

    /**
     * "Doe, speaking in Strelsau on Monday, urged ...", "Doe, speaking here, said ...", "Speaking in Strelsau, Doe
     * urged ...": a participle set off by commas (or opening the sentence) before the trigger says where its subject
     * was when acting, the first "in"/"at" place of that phrase (or "here", the dateline's city); null when no such
     * phrase stands before the trigger.
     */
    static EntityMention participlePlace(ArticleView view, Sentence s, int ls) {
        List<Token> tokens = s.tokens();
        // "Speaking in Strelsau, Doe urged ...": a participle opening the sentence is set off as one after the subject is
        for (int c = StatementFinder.contentStart(tokens) - 1; c + 2 < ls; c++) {
            boolean setOff = c == StatementFinder.contentStart(tokens) - 1 || Words.isComma(tokens.get(c));
            if (!setOff || !tokens.get(c + 1).penn().equals("VBG")) {
                continue;
            }
            int close = c + 2;
            while (close < ls && !Words.isPunct(tokens.get(close))) {
                close++;
            }
            if (close >= ls || !Words.isComma(tokens.get(close))) {
                continue; // ", focusing on the situation in X following the tests": the trigger is inside, not after it
            }
            boolean atGathering = false;
            for (int k = c + 2; k < close; k++) {
                Token t = tokens.get(k);
                if (Words.is(t, "here") && t.pos().equals("ADV")) {
                    return Dateline.city(view);
                }
                if (Chunks.isVerb(t)) {
                    break; // "speaking before flying to X": where the subject went next
                }
                if (Words.isAny(t, "in", "at") && view.timeAt(tokens.get(k + 1)) == null) {
                    EntityMention m = placeInPhrase(view, tokens, k + 1);
                    if (m != null) {
                        return m;
                    }
                    atGathering |= Words.is(t, "at") && gatheringNamedByNoun(view, tokens, k + 1);
                }
            }
            if (atGathering && Dateline.city(view) != null) {
                // "Speaking at the banquet, Doe praised": at a gathering, where the story is filed (five of the six such
                // tellings of the gold sets are placed there); only once the whole phrase is read, since "at a
                // conference on Ruritania in Rome" names its place after the gathering
                return Dateline.city(view);
            }
        }
        return null;
    }

    /**
     * "the banquet", "a Kremlin reception", "the session": a noun phrase at token {@code j} whose head is a common noun
     * outside any name or time (a gathering or an occasion, not a named place).
     */
    private static boolean gatheringNamedByNoun(ArticleView view, List<Token> tokens, int j) {
        int end = j < tokens.size() ? Chunks.end(tokens, j) : j;
        if (end <= j || !Chunks.is(tokens, j, "NP")) {
            return false;
        }
        Token head = tokens.get(end - 1);
        return head.pos().equals("NOUN") && !head.isCapitalized() && view.entityAt(head) == null && view.timeAt(head) == null;
    }

    /**
     * "Moi, who arrived in the Ethiopian capital on Wednesday, held talks with Meles": a relative clause on the subject
     * telling that it came to a place (a {@code Visit} trigger: "arrived in", "flew to") puts what the subject then does
     * there. The first place after that trigger inside the clause, or null.
     */
    EntityMention arrivalPlace(ArticleView view, Sentence s, int ls) {
        List<Token> tokens = s.tokens();
        int close = ls - 1;
        while (close > 0 && !Words.isPunct(tokens.get(close)) && !Chunks.isVerb(tokens.get(close))) {
            close--; // back over the subject's verb's own words: "held" of "held talks" is not in the clause
        }
        close = close > 0 && Chunks.isVerb(tokens.get(close)) ? close - 1 : close;
        if (close < 3 || !Words.isComma(tokens.get(close))) {
            return null;
        }
        for (int k = close - 1; k > 0 && k > close - Insertions.INSERTION; k--) {
            if (Words.isPunct(tokens.get(k))) {
                if (!Words.isComma(tokens.get(k)) || !Words.is(tokens.get(k + 1), "who")) {
                    return null;
                }
                for (int v = k + 2; v < close; v++) {
                    var visit = triggers.longestAt(view.text(), tokens, v).filter(t -> t.trigger().type().equals("Visit"));
                    if (visit.isPresent()) {
                        int end = visit.get().end();
                        EntityMention m = end < close && Words.isAny(tokens.get(end), "in", "to", "at")
                                ? placeInPhrase(view, tokens, end + 1) : placeInPhrase(view, tokens, end);
                        return m != null && m.end() <= tokens.get(close).begin() ? m : null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The city or building among the words from {@code from} to the noun trigger at {@code to} ("the Geneva talks"), or null. */
    static EntityMention namingPlace(ArticleView view, List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            EntityMention m = view.entityAt(tokens.get(k));
            if (ArticleView.isPlace(m) && (m.type() == EntityType.CITY || m.type() == EntityType.FACILITY)) {
                return m;
            }
        }
        return null;
    }

    /** "In Strelsau, thousands marched through the city centre": a place phrase before the clause's subject. */
    static EntityMention frontedPlace(ArticleView view, Sentence s, int ls) {
        List<Token> tokens = s.tokens();
        int k = StatementFinder.contentStart(tokens);
        if (k + 2 >= ls || !Words.isAny(tokens.get(k), "in", "at")) {
            return null;
        }
        EntityMention m = placeInPhrase(view, tokens, k + 1);
        if (m == null) {
            return null;
        }
        int after = ArticleView.tokenAt(s, m.end() - 1) + 1;
        int d = after < ls && Words.isAny(tokens.get(after), "on", "in") ? after + 1 : after;
        TimeMention day = d < ls ? view.timeAt(tokens.get(d)) : null;
        if (day != null) {
            after = ArticleView.tokenAt(s, day.end() - 1) + 1; // "In Ulan Bator on Thursday, Abe had met ...": a day set off with the place
        }
        return after < ls && Words.isComma(tokens.get(after)) ? m : null;
    }

    /**
     * "The foreign ministry in Strelsau rejected the charge": a place after "in" inside the subject of a verb at token
     * {@code ls} (no verb before it in the sentence's own words) is where the body acts; null when there is none.
     */
    static EntityMention subjectPlace(ArticleView view, Sentence s, int ls) {
        List<Token> tokens = s.tokens();
        for (int k = StatementFinder.contentStart(tokens); k + 1 < ls; k++) {
            Token t = tokens.get(k);
            if (Chunks.isVerb(t) || Words.isPunct(t)) {
                return null; // "Doe, speaking in X, said": set off, read as a participle's place
            }
            EntityMention m = Words.is(t, "in") ? placeInPhrase(view, tokens, k + 1) : null;
            if (m != null && ArticleView.tokenAt(s, m.end() - 1) < ls) {
                return m;
            }
        }
        return null;
    }

    /** The hosts, first in text order: "India and South Africa will hold a business forum" → both. */
    List<EntityMention> hosts(ArticleView view, ParticipantFinder pf, Sentence s, int ls, int le) {
        List<EntityMention> found = host(view, pf, s, ls, le);
        if (found.size() != 1) {
            return found; // none, or "hosted by A and B"
        }
        EntityMention last = found.get(0);
        List<Token> tokens = s.tokens();
        List<EntityMention> out = new ArrayList<>(List.of(last));
        int k = ArticleView.tokenAt(s, last.begin()) - 1;
        while (k > 0 && (Words.is(tokens.get(k), "and") || Words.isComma(tokens.get(k)))) {
            EntityMention m = view.entityAt(tokens.get(k - 1));
            if (m == null || ArticleView.isDemonym(m) || !(ArticleView.isActor(m) || ArticleView.isPlace(m))
                    || m.type() == EntityType.PERSON != (last.type() == EntityType.PERSON)) {
                break;
            }
            out.add(0, m);
            k = ArticleView.tokenAt(s, m.begin()) - 1;
        }
        return out;
    }

    /** "X hosts/holds [the ...] TRIGGER", "X in holding a ... summit", "TRIGGER hosted by X". */
    private List<EntityMention> host(ArticleView view, ParticipantFinder pf, Sentence s, int ls, int le) {
        List<Token> tokens = s.tokens();
        for (int j = ls - 1; j >= 0 && j >= ls - HOST_WINDOW; j--) {
            Token t = tokens.get(j);
            String kind = cues.hostKind(t);
            if (kind != null && t.pos().equals("VERB")) {
                int k = j - 1;
                while (k >= 0 && (tokens.get(k).pos().equals("ADV") || tokens.get(k).pos().equals("AUX")
                        || Words.isAny(tokens.get(k), "in", "to", "will"))) {
                    k--;
                }
                EntityMention m = k >= 0 ? view.entityAt(tokens.get(k)) : null;
                boolean fits = m != null && !ArticleView.isDemonym(m) && (ArticleView.isActor(m) || ArticleView.isPlace(m))
                        && (kind.equals("any") || m.type() != EntityType.PERSON);
                return fits ? List.of(m) : List.of();
            }
            String pos = t.pos();
            boolean np = pos.equals("DET") || pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("NOUN")
                    || pos.equals("NUM") || t.text().equals("-") || view.entityAt(t) != null;
            if (!np) {
                break;
            }
        }
        // "a summit hosted by X", "a summit of the Union in the Ruritanian capital X, hosted by Y": the first verb
        // after the trigger's phrases
        for (int k = le; k + 2 < tokens.size() && k < le + HOST_WINDOW * 4; k++) {
            Token t = tokens.get(k);
            if (Words.is(t, "host") && Words.is(tokens.get(k + 1), "by")) {
                // "hosted by A and B": both host
                return pf.objects(s, k + 2, "host").stream().map(Participant::mention).toList();
            }
            if (Chunks.isVerb(t) || t.text().equals(";") || Words.isAny(t, "who", "which", "that")) {
                break;
            }
        }
        return List.of();
    }

    /** The demonym between token {@code from} and a place named after it ("the Azerbaijani town of Tartar"), or null. */
    static EntityMention demonymBefore(ArticleView view, Sentence s, int from, EntityMention place) {
        List<Token> tokens = s.tokens();
        for (int k = from; k < ArticleView.tokenAt(s, place.begin()); k++) {
            EntityMention m = view.entityAt(tokens.get(k));
            if (m != null && ArticleView.isDemonym(m) && m.type() == EntityType.COUNTRY) {
                return m;
            }
        }
        return null;
    }

    /** The index of the first token after the mention, or the sentence's length: a headline may end on a name. */
    private static int after(List<Token> tokens, EntityMention m) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).begin() < m.end()) {
            k++;
        }
        return k;
    }

    /**
     * The index of {@code opener} ("when", "where") after a comma that opens the clause holding token {@code ls}, or
     * -1 when the trigger is past such a clause or in another one (punctuation, hyphens too unless {@code overHyphens},
     * or another relative word stands between).
     */
    private static int clauseOpening(List<Token> tokens, int ls, String opener, boolean overHyphens) {
        int w = ls - 1;
        while (w > 1 && !(Words.is(tokens.get(w), opener) && Words.isComma(tokens.get(w - 1)))) {
            Token t = tokens.get(w);
            boolean relative = Words.isAny(t, "that", "which", "who", "where", "when") && !Words.is(t, opener);
            if (Words.isPunct(t) && !(overHyphens && t.text().equals("-")) || relative) {
                return -1;
            }
            w--;
        }
        return w > 1 ? w : -1;
    }
}
