package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Participant;
import org.newskg.extract.Statement;
import org.newskg.extract.TimeMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds who takes part in an event from the words around its trigger: the subject before it ("Xi holds
 * talks", "he and Lula met", "Scholz's trip", "the two leaders agreed to meet"), and the noun phrases after
 * "with", "between" and "by" or after a verb trigger ("met Lula"). References are resolved through
 * {@link Coreference}: pronouns, "his Russian counterpart" (unless an apposition names the person), group
 * phrases. Only people, organizations and countries take part; never a time or a demonym. The noun phrases after
 * a trigger are read by {@link NounPhraseObjects}, the words referring to someone named before ("the council", "the
 * visiting minister", "the king", pronouns) by {@link ReferenceReadings}, and what is set off between a name and its
 * verb by {@link Insertions}; where the subject before a trigger ends is found by {@link SubjectSpan}.
 *
 * <pre>{@code
 * List<Participant> subject = participants.subject(sentence, labelStart);
 * }</pre>
 * Immutable; one per article.
 */
final class ParticipantFinder {

    // Compiled once: String.matches compiles its regex at each call, and these run on hot paths (bench/README.md).
    private static final Pattern QUOTE_MARK = Pattern.compile("['\"‘’“”]|''|``");

    /** How the state a mission stands for is read ("the Ruritanian embassy in Strelsau protested"). */
    static final String MISSION = "coref:mission";
    /** How the speaker of a quoted "we" is read ("'We agreed ...,' Doe said"): one of the sides "we" may stand for. */
    static final String WE = "coref:we";

    private final ArticleView view;
    private final Coreference coref;
    private final EventCues cues;
    private final TitleLexicon titles;
    private final CorefLexicon words;
    private final Insertions insertions;
    private final ReferenceReadings refs;
    private final NounPhraseObjects objects;
    private final SubjectSpan span;

    ParticipantFinder(ArticleView view, Coreference coref, List<Statement> statements, EventCues cues,
                      TitleLexicon titles, CorefLexicon words) {
        this.view = view;
        this.coref = coref;
        this.cues = cues;
        this.titles = titles;
        this.words = words;
        this.insertions = new Insertions(view);
        this.refs = new ReferenceReadings(view, coref, statements, titles);
        this.objects = new NounPhraseObjects(view, coref, titles, words, refs);
        this.span = new SubjectSpan(view, cues, words, insertions, titles);
    }

    /** The subject before token {@code start}, over light verbs, determiners, adjectives, "'s" and "to". */
    List<Participant> subject(Sentence s, int start) {
        List<Token> tokens = s.tokens();
        int j = span.subjectEnd(s, start);
        List<Participant> found = collectLeft(s, j);
        int named = found.isEmpty() && j > 0 ? insertions.nameBeforeOfPhrase(s, j) : -1;
        if (named >= 0) {
            found = collectLeft(s, named);
        }
        if (found.isEmpty() && j > 0) {
            found = membersOf(s, j).map(List::of).orElse(found);
        }
        if (found.isEmpty() && j > 0) {
            found = forcesOf(s, j).map(List::of).orElse(found);
        }
        if (found.isEmpty() && j > 0) {
            found = ownedBody(s, j).map(List::of).orElse(found);
        }
        int accepting = found.isEmpty() ? acceptingVerb(tokens, j) : -1;
        if (accepting >= 0) {
            return subject(s, accepting); // "Doe accepted an invitation to visit X": who accepts it visits
        }
        boolean thenClause = j > 0 && Words.isComma(tokens.get(j)) && Words.is(tokens.get(j + 1), "then");
        // "held talks with Y and witnessed the signing": a noun trigger's light verb is the one coordinated
        // ("... and will travel to X for talks with Y": a modal opening the verb group stands for its verb)
        int modalVerb = mainVerbAfter(tokens, start);
        int verb = Chunks.isVerb(tokens.get(start)) ? start : modalVerb >= 0 ? modalVerb : span.lightVerbStart(s, start);
        if (verb == start && start > 0 && tokens.get(start).pos().equals("ADJ") && Words.is(tokens.get(start - 1), "be")
                && Chunks.isVerb(tokens.get(start - 1))) {
            verb = start - 1; // "... and is ready to work with Y": the copula is the verb coordinated
        }
        while (verb < start && tokens.get(verb).pos().equals("ADV")) {
            verb++; // "and later held talks with Y": the chunker opens the verb group at the adverb
        }
        // ("... to leave the country and closed X's consulate": the Penn tagger may read a past verb after "and" as an
        // adjective opening a noun phrase, where the UD tagger still calls it a verb)
        boolean pastVerb = Chunks.isVerb(tokens.get(verb)) || verb == start && tokens.get(verb).pos().equals("VERB")
                && (tokens.get(verb).penn().equals("JJ") || tokens.get(verb).penn().equals("VBN"));
        if (found.isEmpty() && j > 0 && (Words.isAny(tokens.get(j), "and", "but") && pastVerb || thenClause)) {
            // "Doe and Roe met at the palace and signed an agreement", "The two men shook hands, then held a meeting":
            // the first verb's subject, in the clause before the coordinator (back to the comma that opens it, over one
            // right before "and": "X condemned the attack, and urged restraint"; never into a fronted clause: "After
            // A shelled B, C flew to D and is to meet E")
            int end = Words.isComma(tokens.get(j - 1)) ? j - 2 : j - 1;
            int from = end;
            while (from > StatementFinder.contentStart(tokens) && !Words.isComma(tokens.get(from - 1))) {
                from--;
            }
            // "Doe named his adviser, Roe, as envoy and telephoned Y": a stretch with no verb set off by commas is no
            // clause of its own; the clause goes on before it
            for (int open = from - 1; noClauseVerb(tokens, from, end) && open > StatementFinder.contentStart(tokens)
                    && Words.isComma(tokens.get(open)); open = from - 1) {
                int before = open - 1;
                while (before > StatementFinder.contentStart(tokens) && !Words.isComma(tokens.get(before - 1))) {
                    before--;
                }
                from = before;
            }
            // "said Riyadh had closed its border and suspended all traffic": a past form right after a perfect, with no
            // comma between, goes on with the perfect's clause
            int perfect = end == j - 1 ? lastPerfect(tokens, from, end, verb) : -1;
            if (perfect >= 0) {
                List<Participant> first = subject(s, perfect);
                first = first.isEmpty() ? citySubject(s, perfect) : first; // "said Bamako had closed"
                if (!first.isEmpty()) {
                    return first;
                }
            }
            // the clause's first verb of the same form ("said X opposes Y and urged": "said"; "said that Y was sheltering
            // them, and accused Z": "said", not the reported "was"), read from the Penn tags (the UD tagger calls "to
            // open" and "to meet" adjectives)
            for (int v = from; v <= end; v++) {
                if (Chunks.isVerb(tokens.get(v)) && tokens.get(v).penn().equals(tokens.get(verb).penn())) {
                    List<Participant> first = subject(s, v);
                    if (!first.isEmpty()) {
                        return first;
                    }
                    break; // "said the capital 'opposes and condemns'": no actor there, the clause's own verb may have one
                }
            }
            // "Doe has apologised for letting her friend meddle, but has rejected calls": else the clause's own first
            // verb, not the last verb of what came between
            for (int v = from; v <= end; v++) {
                if (clauseVerb(tokens, v)) {
                    return subject(s, v);
                }
            }
        }
        int head = found.isEmpty() ? adjunctHead(s, start) : -1;
        if (head < 0 && found.isEmpty() && j > 0 && Words.isComma(tokens.get(j)) && tokens.get(start).penn().equals("VBG")
                && noVerbBefore(tokens, j)) {
            // "Kaunda, speaking after a meeting with Gandhi, urged ...": a participle set off right after the sentence's
            // subject is said of that subject
            return collectLeft(s, j - 1);
        }
        return head >= 0 ? subject(s, head) : found;
    }

    /**
     * The verb taking up an offer ({@code accept} cues) whose object ends at token {@code j} right before an
     * infinitive's "to": "accepted an invitation to visit", "accepted with gratitude an invitation to pay a visit"
     * (over one phrase of manner before the object); -1 when none.
     */
    private int acceptingVerb(List<Token> tokens, int j) {
        if (j < 1 || j + 1 >= tokens.size() || !tokens.get(j).pos().equals("NOUN") || !tokens.get(j + 1).penn().equals("TO")) {
            return -1;
        }
        int k = j - 1;
        while (k >= 0 && Words.isAny(tokens.get(k), "a", "an", "the", "this", "his", "her", "their", "its")
                || k >= 0 && tokens.get(k).pos().equals("ADJ") && view.entityAt(tokens.get(k)) == null) {
            k--; // "an official invitation"
        }
        if (k >= 2 && tokens.get(k).pos().equals("NOUN") && tokens.get(k - 1).pos().equals("ADP")) {
            k -= 2; // "with gratitude"
        }
        return k >= 0 && cues.isAccepting(tokens.get(k)) ? k : -1;
    }

    /**
     * "Leaders of the Northern Cooperation Organisation (NCO) member states pledged", "Foreign ministers of the Ruritanian
     * League agreed": people acting for a body ({@code delegates} cues) before "of" and the body's name, in a subject
     * ending at token {@code j}, speak for the body.
     */
    private Optional<Participant> membersOf(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        for (int k = j; k > 0 && k >= j - 12; k--) {
            Token t = tokens.get(k);
            if (Chunks.isVerb(t) || Words.isComma(t) || Words.isAny(t, ";", ".")) {
                return Optional.empty();
            }
            if (Words.is(t, "of") && cues.isDelegates(tokens.get(k - 1))) {
                for (int n = k + 1; n <= j; n++) {
                    EntityMention m = view.entityAt(tokens.get(n));
                    if (ArticleView.isActor(m) && m.type() == EntityType.ORGANIZATION) {
                        return Optional.of(new Participant(m, "participant", "coref:members"));
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The verb of the verb group a modal or auxiliary at token {@code k} opens ("will travel", "would not meet"), over
     * negation, adverbs and further auxiliaries; -1 when {@code k} opens none.
     */
    private static int mainVerbAfter(List<Token> tokens, int k) {
        if (!tokens.get(k).penn().equals("MD") && !tokens.get(k).pos().equals("AUX")) {
            return -1;
        }
        for (int v = k + 1; v < tokens.size() && v <= k + 3; v++) {
            Token t = tokens.get(v);
            if (Chunks.isVerb(t)) {
                return v;
            }
            if (!t.pos().equals("AUX") && !t.pos().equals("PART") && !t.pos().equals("ADV") && !t.penn().equals("MD")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A clause's verb at token {@code k}: one in a verb phrase, or a past verb the Penn chunker glued to a noun phrase
     * after a time ("Ruritania on Friday/NP expelled/VBN ... and suspended"), which the UD tagger still calls a verb.
     */
    private boolean clauseVerb(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return Chunks.isVerb(t) || k > 0 && t.pos().equals("VERB") && t.penn().matches("VB[DN]")
                && view.timeAt(tokens.get(k - 1)) != null;
    }

    /**
     * The participle of a perfect ("had closed") that is the last verb from token {@code from} to token {@code to},
     * when the coordinated verb at {@code verb} reads as its sister ("had closed X and suspended Y": a regular past
     * form, which may be the perfect's second participle); -1 otherwise.
     */
    private static int lastPerfect(List<Token> tokens, int from, int to, int verb) {
        Token coordinated = tokens.get(verb);
        if (!coordinated.penn().matches("VB[DN]") || !Words.lower(coordinated).endsWith("ed")) {
            return -1;
        }
        for (int k = to; k > from; k--) {
            if (Chunks.isVerb(tokens.get(k))) {
                int aux = k - 1;
                while (aux > from && tokens.get(aux).pos().equals("ADV")) {
                    aux--; // "had already closed"
                }
                return tokens.get(k).penn().equals("VBN") && tokens.get(aux).lemma().equals("have") ? k : -1;
            }
        }
        return -1;
    }

    /** Whether no clause's verb stands from token {@code from} to token {@code to}. */
    private boolean noClauseVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (clauseVerb(tokens, k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether no verb stands in the sentence's content before token {@code j}: what precedes is its subject. */
    private static boolean noVerbBefore(List<Token> tokens, int j) {
        for (int k = StatementFinder.contentStart(tokens); k < j; k++) {
            if (Chunks.isVerb(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The verb of the clause a gerund adjunct at {@code start} hangs on, or -1: "X met Y in Jeddah, hours after
     * arriving in the city", "Doe told the summit, demanding ...", "will meet Z on Wednesday before flying to B". The
     * adjunct has no subject, tense or day of its own; they are the nearest clause's before it (the nearest verb with
     * a subject).
     */
    int adjunctHead(Sentence s, int start) {
        List<Token> tokens = s.tokens();
        int j = start - 1;
        boolean adjunct = j > 0 && tokens.get(start).penn().equals("VBG")
                && (Words.isComma(tokens.get(j)) || Words.isAny(tokens.get(j), "after", "before", "while", "since", "upon", "without"));
        if (!adjunct || !collectLeft(s, j).isEmpty()) {
            return -1;
        }
        for (int v = j - 1; v >= 0; v--) {
            if (Chunks.isVerb(tokens.get(v)) && !tokens.get(v).penn().equals("VBG") && !subject(s, v).isEmpty()) {
                return v;
            }
        }
        return -1;
    }

    /**
     * The cities named as the subject before token {@code start} ("said Kuala Lumpur had urged both sides", "Strelsau
     * and Zenda signed a treaty"): capitals speaking or acting for their governments, as wire copy writes it: each
     * city's country when the article names it, else the city. Empty when the subject is anything else.
     */
    List<Participant> citySubject(Sentence s, int start) {
        return citySubject(s, start, false);
    }

    /**
     * The capitals named as the subject before token {@code start} ("Strelsau launched air strikes"), each as its
     * country when the article names it: {@link #citySubject} without the cities that are no capital.
     */
    List<Participant> capitalSubject(Sentence s, int start) {
        return citySubject(s, start, true);
    }

    private List<Participant> citySubject(Sentence s, int start, boolean capitalsOnly) {
        List<Token> tokens = s.tokens();
        List<Participant> out = new ArrayList<>();
        int j = span.subjectEnd(s, start);
        while (j >= 0) {
            EntityMention m = view.entityAt(tokens.get(j));
            if (m == null || m.type() != EntityType.CITY || ArticleView.tokenAt(s, m.end() - 1) != j) {
                break;
            }
            if (!capitalsOnly || coref.capital(m)) {
                out.add(coref.countryOfCity(m).map(c -> new Participant(c, "participant", "coref:capital"))
                        .orElse(new Participant(m, "participant", "subject:city")));
            }
            int before = ArticleView.tokenAt(s, m.begin()) - 1;
            // "Strelsau and Zenda", "Strelsau, Zenda and Tarlenheim": the cities coordinated before it (but "In Strelsau,
            // Zenda said": a comma before the last city opens no list)
            boolean listed = before > 0 && (Words.is(tokens.get(before), "and") || Words.isComma(tokens.get(before)) && out.size() > 1);
            j = listed ? before - 1 : -1;
        }
        return out;
    }

    /**
     * The kind of group phrase ("group-people", "group-parties") that is the subject before token {@code start}:
     * "The two sides are expected to sign".
     */
    Optional<String> groupSubject(Sentence s, int start) {
        int j = span.subjectEnd(s, start);
        return j < 0 ? Optional.empty() : words.endingAt(view.text(), s.tokens(), j + 1)
                .map(CorefLexicon.Phrase::kind).filter(k -> k.startsWith("group"));
    }

    /**
     * "Security forces seized the headquarters", "Troops stormed the building": the subject before token {@code start}
     * is a word for a state's forces or officials ({@code government} phrases of data/roles/coref.tsv) with no country
     * or body before it to name whose.
     */
    boolean unownedForcesSubject(Sentence s, int start) {
        int j = span.subjectEnd(s, start);
        Optional<CorefLexicon.Phrase> phrase = j < 0 ? Optional.empty() : words.endingAt(view.text(), s.tokens(), j + 1);
        return phrase.filter(p -> p.kind().equals("government") && owner(s, p.start()) == null).isPresent();
    }

    /**
     * The kind of group phrase ("group-people", "group-parties") that opens the object at token {@code k}: "urged
     * both sides to ...", "appealed to the two governments".
     */
    Optional<String> groupObject(Sentence s, int k) {
        int from = k < s.tokens().size() && Words.is(s.tokens().get(k), "to") ? k + 1 : k;
        if (from >= s.tokens().size()) {
            // a trigger that ends its sentence or headline ("...; Japan recalls ambassador") has no object to read
            return Optional.empty();
        }
        Optional<CorefLexicon.Phrase> phrase = words.at(view.text(), s.tokens(), from);
        // "urged the two sides' negotiators": the group owns the ones acted on, it is not them
        // (the tokenizer may keep the mark on the noun, "sides'", which "the two" then stops before)
        boolean owner = phrase.isPresent() && (s.tokens().get(phrase.get().end() - 1).text().matches(".*['’]s?")
                || phrase.get().end() < s.tokens().size() && s.tokens().get(phrase.get().end()).text().matches(".*['’]s?"));
        return phrase.filter(p -> !owner).map(CorefLexicon.Phrase::kind).filter(kind -> kind.startsWith("group"));
    }

    /** When the statement holding token {@code t} was said, or null. */
    TimeMention saidOn(Token t) {
        return refs.saidOn(t);
    }

    /** The article this finder reads. */
    ArticleView view() {
        return view;
    }

    /** The country of a city as the article names it ("recalled its ambassador in Harare": Zimbabwe), else the city. */
    EntityMention countryOfCity(EntityMention place) {
        return place.type() == EntityType.CITY ? coref.countryOfCity(place).orElse(place) : place;
    }

    /** Whether {@code place} lies, by the knowledge base, in another country than the one the {@code nation} names. */
    boolean abroad(EntityMention nation, EntityMention place) {
        return coref.abroad(nation, place);
    }

    /** Whether {@code actor}'s country is known and is not the dateline's. */
    boolean away(EntityMention actor) {
        return coref.away(actor);
    }

    /** The capital of {@code actor}'s country as the article names it, when that country is not the dateline's. */
    Optional<EntityMention> capitalAway(EntityMention actor, int sentence) {
        return coref.capitalAway(actor, sentence);
    }

    /** The one country the article says {@code person} holds a position of. */
    Optional<EntityMention> countryOf(EntityMention person) {
        return coref.countryOf(person);
    }

    /** Coordinated references ending at token {@code j}: "Olaf Scholz", "he and Lula", "the two leaders". */
    private List<Participant> collectLeft(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        List<Participant> out = new ArrayList<>();
        int counterpartOfNext = -1;
        boolean coordinated = false;
        while (j >= 0) {
            j = beforeNickname(s, j);
            Token t = tokens.get(j);
            if (!out.isEmpty() && Words.isComma(t) && insertions.insertion(s, j) >= 0) {
                j = insertions.insertion(s, j) - 1; // "X, who leads the coalition, and Y met": over the relative clause to X
                continue;
            }
            EntityMention m = view.entityAt(t);
            Optional<CorefLexicon.Phrase> phrase = words.endingAt(view.text(), tokens, j + 1);
            Optional<EntityMention> body = m == null ? refs.definiteBody(s, j) : Optional.empty();
            EntityMention mission = m != null && m.type() == EntityType.CITY ? missionOwner(s, m) : null;
            if (mission != null) {
                // "The Ruritanian embassy in Strelsau protested": the state the mission stands for, not the city it is in
                out.add(new Participant(mission, "participant", MISSION));
                j = ArticleView.tokenAt(s, mission.begin()) - 1;
            } else if (ArticleView.isActor(m) && ownerCountry(s, m) != null) {
                EntityMention country = ownerCountry(s, m);
                out.add(new Participant(country, "participant", "coref:government"));
                j = ArticleView.tokenAt(s, country.begin()) - 1;
            } else if (ArticleView.isActor(m)) {
                if (counterpartOfNext >= 0) {
                    Participant c = out.get(counterpartOfNext);
                    out.set(counterpartOfNext, new Participant(c.mention(), c.role(), c.via(), m));
                    counterpartOfNext = -1;
                }
                j = skipModifiersLeft(s, ArticleView.tokenAt(s, m.begin())) - 1;
                EntityMention person = m.type() == EntityType.PERSON ? null : personOf(s, j);
                if (person != null) {
                    // "President Doe of Ruritania, Prime Minister Roe of Borduria and ... met": the person of the
                    // country acts, the country names whose office he holds
                    j = skipModifiersLeft(s, ArticleView.tokenAt(s, person.begin())) - 1;
                }
                int before = counterpartStart(s, j);
                out.add(new Participant(person != null ? person : m, "participant", before >= 0 ? "apposition" : "subject"));
                if (before >= 0) {
                    // "Benaissa and his Algerian counterpart Bedjaoui met": over "his ... counterpart" to Benaissa
                    counterpartOfNext = out.size() - 1;
                    j = before - 1;
                }
            } else if (phrase.isPresent() && phrase.get().kind().equals("pronoun")) {
                refs.pronoun(s, t).ifPresent(a -> out.add(new Participant(a, "participant", "coref:pronoun")));
                j--;
            } else if (phrase.isPresent() && phrase.get().kind().equals("speaker") && refs.speakerAt(t) != null) {
                // "'We strongly oppose X's actions,' Doe told reporters": who says "I" or "we" acts
                out.add(new Participant(refs.speakerAt(t), "participant", Words.is(t, "we") ? WE : "coref:pronoun"));
                j--;
            } else if (phrase.isPresent() && phrase.get().kind().equals("pronoun-actor") && !expletive(tokens, j)) {
                sayer(s, j).or(() -> coref.actorPronoun(s.index(), t.begin(), refs.speakerAt(t)))
                        .ifPresent(a -> out.add(new Participant(a, "participant", "coref:pronoun")));
                j--;
            } else if (phrase.isPresent() && phrase.get().kind().startsWith("group")) {
                coref.group(phrase.get().kind(), s.index(), t.begin(),
                                CorefLexicon.groupNoun(tokens, phrase.get()).orElse(null), false, refs.speakerAt(t))
                        .forEach(a -> out.add(new Participant(a, "participant", "coref:group")));
                j = phrase.get().start() - 1;
            } else if (m != null && ArticleView.isDemonym(m) && NounPhraseObjects.plural(tokens.get(j))) {
                int before = ArticleView.tokenAt(s, m.begin()) - 1;
                if (before < 0 || !Words.is(tokens.get(before), "ethnic")) {
                    // "thousands of Ruritanians marched"; but "ethnic Ruritanians" are a people, not the state's
                    out.add(new Participant(m, "participant", "coref:government"));
                }
                j = before;
            } else if (m != null && ArticleView.isDemonym(m) && !out.isEmpty()
                    && out.get(out.size() - 1).via().equals("coref:government")) {
                out.add(new Participant(m, "participant", "coref:government")); // "Ruritanian and Borduran troops"
                j = ArticleView.tokenAt(s, m.begin()) - 1;
            } else if (phrase.isPresent() && phrase.get().kind().equals("government") && owner(s, phrase.get().start()) != null) {
                out.add(new Participant(owner(s, phrase.get().start()), "participant", "coref:government"));
                j = ArticleView.tokenAt(s, owner(s, phrase.get().start()).begin()) - 1;
            } else if (phrase.isPresent() && phrase.get().kind().equals("government") && whose(s, phrase.get().start()) != null) {
                // "Cuban leader Doe, whose government protested": the state of the one the relative clause hangs on
                out.add(new Participant(whose(s, phrase.get().start()), "participant", "coref:government"));
                j = -1;
            } else if (phrase.isPresent() && phrase.get().kind().equals("ruling")) {
                // "a day after the military government hanged X": the government of the country just named
                EntityMention of = owner(s, phrase.get().start());
                Optional<EntityMention> country = of != null ? Optional.of(of) : coref.country(s.index(), t.begin());
                country.ifPresent(c -> out.add(new Participant(c, "participant", "coref:government")));
                j = (of != null ? ArticleView.tokenAt(s, of.begin()) : phrase.get().start()) - 1;
            } else if (phrase.isPresent() && phrase.get().kind().equals("bloc")) {
                // "The bloc has already imposed sanctions": the body named before
                coref.lastBody(s.index(), t.begin()).ifPresent(b -> out.add(new Participant(b, "participant", "coref:body")));
                j = phrase.get().start() - 1;
            } else if (body.isPresent()) {
                // "The council is to meet again": the council named before
                out.add(new Participant(body.get(), "participant", "coref:body"));
                j -= 2;
            } else if (refs.visitingTitle(s, j) >= 0) {
                // "The visiting minister thanked China": the minister from abroad named before
                int the = refs.visitingTitle(s, j);
                String noun = titles.startingAt(view.text(), tokens, the + 2).orElseThrow().normalized();
                coref.visitor(noun, s.index(), t.begin())
                        .ifPresent(a -> out.add(new Participant(a, "participant", "coref:visitor")));
                j = the - 1;
            } else if (refs.definiteTitle(s, j) >= 0) {
                int first = refs.definiteTitle(s, j);
                // "the visiting Ruritanian president": the demonym after "visiting"
                int demonym = ReferenceReadings.visiting(tokens, first + 1) ? first + 2 : first + 1;
                EntityMention country = view.entityAt(tokens.get(demonym));
                String title = titles.endingAt(view.text(), tokens, j + 1).orElseThrow().normalized();
                EntityMention of = ArticleView.isActor(country) || country != null && ArticleView.isDemonym(country) ? country : null;
                Optional<EntityMention> named = coref.holderOfTitle(title, of, s.index(), t.begin());
                if (named.isPresent()) {
                    out.add(new Participant(named.get(), "participant", "coref:title"));
                } else if (of != null && ArticleView.isDemonym(of) && coref.holderOf(of, of.begin()).isEmpty()) {
                    // "The Borduran president met ..." when the article names no Borduran office holder
                    coref.unnamedHolder(s, demonym, j + 1, title, of, null)
                            .ifPresent(a -> out.add(new Participant(a, "participant", "coref:office-holder")));
                }
                j = first - 1;
            } else {
                // "Iran and six world powers reached a deal": a last conjunct naming no one, over it to the named one
                int conjunct = out.isEmpty() && m == null ? commonConjunctStart(s, j) : -1;
                if (conjunct < 0) {
                    break;
                }
                j = conjunct - 1;
                continue;
            }
            if (j >= 2 && Words.is(tokens.get(j), "of") && cues.isDelegates(tokens.get(j - 1)) && !out.isEmpty()
                    && out.get(out.size() - 1).mention().type() != EntityType.PERSON) {
                // "Prime Minister Doe and the leaders of Ruritania and Borduria signed": the countries whose leaders
                // act, and the words before them may name one more ("the leaders of" is no verb nor clause)
                byOfficeHolders(s, j, out);
                j -= 2;
                while (j >= 0 && (tokens.get(j).pos().equals("DET") || tokens.get(j).pos().equals("ADJ"))) {
                    j--;
                }
            }
            // "A, B and C met": a comma joins names only in a list closed by "and" ("In his talks with A, B urged": the
            // comma closes an opening phrase, A is none of the subject)
            if (j >= 0 && (Words.is(tokens.get(j), "and") || Words.isComma(tokens.get(j)) && (coordinated || headlinePair(s, j)))) {
                coordinated |= Words.is(tokens.get(j), "and");
                j--;
            } else {
                break;
            }
        }
        if (j >= 1) {
            byOfficeHolders(s, j, out);
        }
        return out;
    }

    /**
     * "The presidents of Ruritania and Borduria met": when the countries collected end at "of" ({@code of}) after a
     * plural noun of a top office, each country whose holder of that office the article names (by the title it gives
     * him, or by the knowledge base on the story's day) is that person; a country whose holder is not named stays.
     */
    private void byOfficeHolders(Sentence s, int of, List<Participant> out) {
        List<Token> tokens = s.tokens();
        Token noun = tokens.get(of - 1);
        if (out.isEmpty() || !Words.is(tokens.get(of), "of") || !noun.pos().equals("NOUN") || !NounPhraseObjects.plural(noun)
                || out.stream().anyMatch(p -> p.mention().type() != EntityType.COUNTRY || ArticleView.isDemonym(p.mention()))) {
            return;
        }
        String plural = Words.lower(noun);
        String one = plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
        String two = of >= 2 ? Words.lower(tokens.get(of - 2)) + " " + one : null;
        String title = two != null && !coref.topOffices(two).isEmpty() ? two : !coref.topOffices(one).isEmpty() ? one : null;
        if (title != null) {
            String office = title;
            out.replaceAll(p -> coref.officeHolder(office, p.mention()).map(h -> new Participant(h, p.role(), "coref:title")).orElse(p));
        }
    }

    /**
     * "A Ruritanian patrol boat opened fire": a noun phrase ending at token {@code j} in a noun for armed men or craft
     * (data/events/cues.tsv, kind=forces), with a nationality word among its modifiers, acts for that country.
     * Empty with no nationality word ("mercenaries attacked"): no actor rather than a wrong one.
     */
    private Optional<Participant> forcesOf(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(j).pos().equals("NOUN") || !cues.isForces(tokens.get(j))) {
            return Optional.empty();
        }
        for (int k = j - 1; k >= 0 && k >= j - 4; k--) {
            EntityMention m = view.entityAt(tokens.get(k));
            if (m != null && ArticleView.isDemonym(m) && m.type() == EntityType.COUNTRY) {
                return Optional.of(new Participant(m, "participant", "coref:government"));
            }
            if (m != null || !(tokens.get(k).pos().equals("NOUN") || tokens.get(k).pos().equals("ADJ"))) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * "Ruritania's ruling military council and the main opposition alliance agreed", "Ruritania's army shelled X": a
     * noun phrase for a ruling body or armed service with no name of its own (data/events/cues.tsv, kind=body), owned
     * by a country's possessive, acts for that country, in either of two coordinated phrases ending at token {@code j}.
     */
    private Optional<Participant> ownedBody(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        int head = j;
        for (int conjuncts = 0; conjuncts < 2 && head >= 1; conjuncts++) {
            int k = head;
            while (k >= 0 && view.entityAt(tokens.get(k)) == null && (tokens.get(k).pos().equals("NOUN")
                    || tokens.get(k).pos().equals("ADJ") || tokens.get(k).pos().equals("VERB") && Chunks.is(tokens, k, "NP"))) {
                k--;
            }
            if (k >= 1 && k < head && tokens.get(head).pos().equals("NOUN") && cues.isBody(tokens.get(head))) {
                EntityMention owner = ownerBefore(s, k + 1);
                if (owner != null && owner.type() == EntityType.COUNTRY && !ArticleView.isDemonym(owner)) {
                    return Optional.of(new Participant(owner, "participant", "coref:government"));
                }
            }
            while (k >= 0 && tokens.get(k).pos().equals("DET")) {
                k--;
            }
            if (k < 1 || !Words.is(tokens.get(k), "and")) {
                break;
            }
            head = k - 1;
        }
        return Optional.empty();
    }

    /**
     * Where "and" opens a plural common noun phrase ending at token {@code j} right after an actor's name ("Iran and
     * six world powers"), else -1: the phrase names no one the graph can hold, the name before it still acts.
     */
    private int commonConjunctStart(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(j).pos().equals("NOUN") || !NounPhraseObjects.plural(tokens.get(j))) {
            return -1;
        }
        int k = j - 1;
        // ("four neighbouring states": the UD tagger may call a modifier in the noun phrase a verb, the chunker keeps it in)
        while (k >= 0 && view.entityAt(tokens.get(k)) == null && (tokens.get(k).pos().equals("NOUN")
                || tokens.get(k).pos().equals("ADJ") || tokens.get(k).pos().equals("NUM") || tokens.get(k).pos().equals("DET")
                || tokens.get(k).pos().equals("VERB") && Chunks.is(tokens, k, "NP") && tokens.get(k).chunk().startsWith("I"))) {
            k--;
        }
        return k >= 1 && Words.is(tokens.get(k), "and") && ArticleView.isActor(view.entityAt(tokens.get(k - 1))) ? k : -1;
    }

    /**
     * The person whose name ends right before "of" at token {@code of} ("President Doe of Ruritania"), when the name
     * is a person's; else null.
     */
    private EntityMention personOf(Sentence s, int of) {
        List<Token> tokens = s.tokens();
        if (of < 1 || !Words.is(tokens.get(of), "of")) {
            return null;
        }
        EntityMention m = view.entityAt(tokens.get(of - 1));
        return m != null && m.type() == EntityType.PERSON && ArticleView.tokenAt(s, m.end() - 1) == of - 1 ? m : null;
    }

    /**
     * "Ruritania, Borduria agree to ...": headline style joins two names by a comma when the first opens the clause (the
     * sentence's content or what follows a label's colon); {@code comma} is the comma's index.
     */
    private boolean headlinePair(Sentence s, int comma) {
        List<Token> tokens = s.tokens();
        EntityMention m = comma > 0 ? view.entityAt(tokens.get(comma - 1)) : null;
        if (!ArticleView.isActor(m) || m.end() != tokens.get(comma - 1).end()) {
            return false;
        }
        int first = ArticleView.tokenAt(s, m.begin());
        return first == StatementFinder.contentStart(tokens) || first > 0 && tokens.get(first - 1).text().equals(":");
    }

    /**
     * "Pushpa Kamal Dahal 'Prachanda' and his counterpart": a quoted name right after a person's name is the name he
     * goes by, so the walk to the left goes on from the full name's last token; else {@code j} itself.
     */
    private int beforeNickname(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        String closing = tokens.get(j).text();
        // the tokenizer may keep a mark on its word ("Agwambo'")
        boolean closed = isQuoteMark(tokens.get(j)) || closing.length() > 1 && QUOTES.indexOf(closing.charAt(closing.length() - 1)) >= 0;
        if (j < 2 || !closed) {
            return j;
        }
        int nameEnd = -1;
        int k = isQuoteMark(tokens.get(j)) ? j - 1 : j;
        for (int words = 0; words <= 3 && k >= 1 && nameEnd < 0; words++, k--) {
            Token w = tokens.get(k);
            if (words > 0 && isQuoteMark(w)) {
                nameEnd = k - 1;
            } else if (w.text().length() > 1 && QUOTES.indexOf(w.text().charAt(0)) >= 0) {
                nameEnd = k - 1; // "'Prachanda": the opening mark kept on the word
            } else if (!w.isCapitalized() || words == 3) {
                return j; // one to three capitalized words between the marks
            }
        }
        EntityMention name = nameEnd >= 0 ? view.entityAt(tokens.get(nameEnd)) : null;
        return name != null && name.type() == EntityType.PERSON ? nameEnd : j;
    }

    private static final String QUOTES = "'\"‘’“”";

    private static boolean isQuoteMark(Token t) {
        return QUOTE_MARK.matcher(t.text()).matches();
    }

    /**
     * The first token of "his Algerian counterpart" (or "their counterpart", "her Syrian counterpart,") ending at
     * token {@code j}, or -1: the words between a subject and the counterpart it names.
     */
    private int counterpartStart(Sentence s, int j) {
        List<Token> tokens = s.tokens();
        if (j >= 0 && Words.isComma(tokens.get(j))) {
            j--;
        }
        Optional<CorefLexicon.Phrase> phrase = j >= 0 ? words.endingAt(view.text(), tokens, j + 1) : Optional.empty();
        if (phrase.isEmpty() || !phrase.get().kind().equals("counterpart")) {
            return -1;
        }
        int k = phrase.get().start() - 1;
        while (k >= 0 && (view.entityAt(tokens.get(k)) != null && ArticleView.isDemonym(view.entityAt(tokens.get(k)))
                || tokens.get(k).pos().equals("ADJ"))) {
            k--;
        }
        return k >= 1 && Words.isAny(tokens.get(k), "his", "her", "their") ? k : -1;
    }

    /**
     * The country a generic organization name belongs to ("Ruritania's Foreign Ministry", "the Ruritanian Foreign
     * Ministry": Ruritania acts), when the knowledge base knows no such organization of its own; else null.
     */
    private EntityMention ownerCountry(Sentence s, EntityMention org) {
        if (org.type() != EntityType.ORGANIZATION || org.kbQid() != null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int k = ArticleView.tokenAt(s, org.begin()) - 1;
        if (k >= 1 && tokens.get(k).text().equals("'s")) {
            k--;
        }
        EntityMention m = k >= 0 ? view.entityAt(tokens.get(k)) : null;
        return m != null && m.type() == EntityType.COUNTRY ? m : null;
    }

    /**
     * The country owning a mission in the city {@code city} names: "the Ruritanian embassy in Strelsau", "Ruritania's
     * embassy in Strelsau" (a mission noun, {@code mission} cues, then "in" and the city); else null.
     */
    private EntityMention missionOwner(Sentence s, EntityMention city) {
        List<Token> tokens = s.tokens();
        int in = ArticleView.tokenAt(s, city.begin()) - 1;
        if (in < 2 || !Words.is(tokens.get(in), "in") || !cues.isMission(tokens.get(in - 1))) {
            return null;
        }
        int k = in - 2;
        if (Words.isPossessiveMark(tokens.get(k)) && k >= 1) {
            EntityMention m = countryAt(s, tokens.get(k - 1));
            return m != null && possessive(s, m) ? m : null;
        }
        return countryAt(s, tokens.get(k));
    }

    /** A country mention covering token {@code t}, also inside a longer name ("the Ruritanian Embassy"), or null. */
    private EntityMention countryAt(Sentence s, Token t) {
        for (EntityMention m : view.entities(s.index())) {
            if (m.type() == EntityType.COUNTRY && m.begin() <= t.begin() && m.end() > t.begin()) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Ruritania, whose troops", "Ruritanian leader Doe, whose government": the country or body named right before
     * ", whose" ending at token {@code start}, or the one country the person named there holds a position of; else null.
     */
    private EntityMention whose(Sentence s, int start) {
        List<Token> tokens = s.tokens();
        if (start < 3 || !Words.is(tokens.get(start - 1), "whose") || !Words.isComma(tokens.get(start - 2))) {
            return null;
        }
        EntityMention m = view.entityAt(tokens.get(start - 3));
        if (m == null || m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION) {
            return m;
        }
        return m.type() == EntityType.PERSON ? coref.countryOf(m).orElse(null) : null;
    }

    /**
     * The country or organization whose forces or government a phrase at {@code start} names ("Ruritanian troops",
     * "Ruritanian army artillery": over another forces word between).
     */
    private EntityMention owner(Sentence s, int start) {
        List<Token> tokens = s.tokens();
        for (int k = start - 1, limit = start - 2; k >= 0 && k >= limit; k--) {
            EntityMention m = view.entityAt(tokens.get(k));
            if (m != null && m.type() == EntityType.FACILITY) {
                m = countryAt(s, tokens.get(k)); // "the Ruritanian embassy" read as one name: the nationality inside it
            }
            if (m != null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION)) {
                return m;
            }
            Optional<CorefLexicon.Phrase> forces = m == null ? words.endingAt(view.text(), tokens, k + 1) : Optional.empty();
            if (forces.isPresent() && forces.get().kind().equals("government")) {
                limit -= k - forces.get().start() + 1; // the forces word does not count against the adjectives allowed
                k = forces.get().start();
                continue;
            }
            if (!tokens.get(k).pos().equals("ADJ") && !tokens.get(k).penn().startsWith("JJ")) {
                break; // "EU foreign/JJ ministers": the Penn tag where the UD tagger errs
            }
        }
        return null;
    }

    /**
     * "X said during a phone talk with Y", "X flies to Z for talks with Y", "X put its troops on high alert", "X,
     * speaking after a meeting with Y, urged": the
     * first token of the verb phrase the prepositional phrase holding a noun trigger belongs to, in the same clause
     * (its subject takes part), or -1.
     */
    int governingVerb(Sentence s, int start) {
        List<Token> tokens = s.tokens();
        int np = Chunks.start(tokens, start);
        // "for a three-day summit", "in a 20-minute telephone conversation": the tokenizer splits at the hyphen, and the
        // chunker opens a phrase at "day" or even calls "minute" a verb; the phrase starts before the hyphen's left word
        for (boolean more = true; more; ) {
            more = false;
            if (np >= 2 && tokens.get(np - 1).text().equals("-") && !Words.isPunct(tokens.get(np - 2))) {
                np = Chunks.start(tokens, np - 2);
                more = true;
            } else if (np >= 3 && tokens.get(np - 2).text().equals("-") && !Words.isPunct(tokens.get(np - 1))
                    && !Words.isPunct(tokens.get(np - 3))) {
                np = Chunks.start(tokens, np - 3);
                more = true;
            }
        }
        if (np >= 3 && Words.is(tokens.get(np - 1), "of") && cues.isSidelines(tokens.get(np - 2))) {
            np = Chunks.start(tokens, np - 2); // "met ... on the sidelines of a forum": the phrase "on the sidelines"
        }
        if (np >= 3 && Words.is(tokens.get(np - 1), "of") && cues.isPortion(tokens.get(np - 2))) {
            np = Chunks.start(tokens, np - 2); // "flies to X for a last round of talks with Y": the phrase "for a round"
        }
        boolean lasting = false;
        if (np >= 3 && Words.is(tokens.get(np - 1), "of") && view.timeAt(tokens.get(np - 2)) != null) {
            // "agreed ..., after more than five hours of talks": talks that lasted so long were held by the clause's
            // subject, not merely followed
            np -= 2;
            while (np > 0 && view.timeAt(tokens.get(np - 1)) != null) {
                np--;
            }
            lasting = np >= 1 && Words.is(tokens.get(np - 1), "after");
            if (!lasting) {
                return -1;
            }
            if (np - 1 == StatementFinder.contentStart(tokens)) {
                return Insertions.verbAfterOpening(tokens, np); // "After five hours of talks, X and Y agreed"
            }
            if (np >= 2 && Words.isComma(tokens.get(np - 2))) {
                // the first verb of the clause the phrase closes
                for (int v = StatementFinder.contentStart(tokens); v < np - 2; v++) {
                    if (Words.isPunct(tokens.get(v)) && !Words.isComma(tokens.get(v))) {
                        return -1;
                    }
                    if (Chunks.isVerb(tokens.get(v)) && Chunks.is(tokens, v, "VP")) {
                        return Chunks.start(tokens, v);
                    }
                }
                return -1;
            }
        }
        if (np == 1 && Chunks.is(tokens, 0, "PP") && Words.isAny(tokens.get(0), "during", "in", "at")) {
            return Insertions.verbAfterOpening(tokens, np); // "During a phone talk with Y on Thursday, X said"
        }
        if (np >= 2 && Words.is(tokens.get(np - 1), "for") && cues.isReference(tokens.get(np - 2))) {
            return -1; // "rejected his proposal for a ceasefire": the phrase tells what was proposed, not who acts in it
        }
        // "X, speaking after a meeting with Y, urged": the gerund's subject met Y
        if (np < 2 || !Chunks.is(tokens, np - 1, "PP")
                || !Words.isAny(tokens.get(np - 1), "during", "in", "at", "for", "on", "after")) {
            return -1;
        }
        if (Words.isComma(tokens.get(np - 2))) {
            return Insertions.insertedBefore(tokens, np);
        }
        for (int k = np - 2; k >= 0; k--) {
            Token t = tokens.get(k);
            int open = Words.isComma(t) ? EventPlaces.placeAppositionOpen(view, tokens, k) : -1;
            if (open > 0) {
                k = open; // "will travel to X, Ruritania, on Monday for talks": over the country naming X's
                continue;
            }
            if (Words.isPunct(t) || Words.isAny(t, "that", "which", "who")) {
                return -1;
            }
            if (Chunks.isVerb(t) && Chunks.is(tokens, k, "VP")) {
                // "briefed reporters after the meeting": a time, not a part in it; only a participle's own meeting counts
                boolean after = Words.is(tokens.get(np - 1), "after") && !lasting;
                return !after || t.penn().equals("VBG") && !Words.is(tokens.get(np), "the") ? Chunks.start(tokens, k) : -1;
            }
        }
        return -1;
    }

    /** Titles, demonyms, owners and determiners before a name ("the Chinese President" Xi). */
    private int skipModifiersLeft(Sentence s, int first) {
        List<Token> tokens = s.tokens();
        int i = first;
        Optional<TitleLexicon.Title> title = titles.endingAt(view.text(), tokens, first)
                .or(() -> titles.militaryRankEndingAt(view.text(), tokens, first)); // "Doe and Saudi General Roe"
        if (title.isPresent()) {
            i = title.get().start();
        }
        int commonWords = 0;
        while (i > 0) {
            Token t = tokens.get(i - 1);
            EntityMention m = view.entityAt(t);
            if (title.isPresent() && m == null && commonWords < 2 && !t.isCapitalized()
                    && (t.pos().equals("NOUN") || t.pos().equals("ADJ"))) {
                // "Doe and opposition leader Roe", "Doe and former President Roe": lower-case words qualifying the
                // title belong to the second name, not to the coordination
                commonWords++;
                i--;
            } else if (t.pos().equals("DET") || m != null && ArticleView.isDemonym(m) || title.isPresent() && t.text().equals("'s")
                    || title.isPresent() && m != null && m.type() != EntityType.PERSON
                    // "Byelorussian President Doe", "Ecuadorean President Roe": a capitalized adjective (or a word the
                    // tagger took for a proper noun) right before a title is a demonym the recognizer missed
                    || title.isPresent() && m == null && t.isCapitalized() && (t.pos().equals("ADJ") || t.pos().equals("PROPN"))
                            && i - 1 > 0 && i == title.get().start()) {
                i--;
            } else if (i == first && ownerBefore(s, i) != null) {
                // "Doe and Ruritania's John Roe signed": the owner before a bare name, as before a title
                i = ArticleView.tokenAt(s, ownerBefore(s, i).begin());
                break;
            } else {
                break;
            }
        }
        return i;
    }

    /** The country or body whose possessive ("Ruritania's", split or not) ends right before token {@code k}, or null. */
    private EntityMention ownerBefore(Sentence s, int k) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(k - 1);
        EntityMention m = t.text().matches("['’]s") && k >= 2 ? view.entityAt(tokens.get(k - 2)) : view.entityAt(t);
        boolean owner = m != null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION);
        return owner && possessive(s, m) ? m : null;
    }

    /** "Ruritania's", whether the tokenizer kept the "'s" on the name's token or split it off. */
    static boolean possessive(Sentence s, EntityMention m) {
        List<Token> tokens = s.tokens();
        int last = ArticleView.tokenAt(s, m.end() - 1);
        Token t = tokens.get(last);
        return t.end() > m.end() && t.text().matches(".*['’]s?")
                || last + 1 < tokens.size() && tokens.get(last + 1).text().matches("['’]s")
                // "the Netherlands'": a plural's mark alone
                || m.text().endsWith("s") && last + 1 < tokens.size() && tokens.get(last + 1).text().matches("['’]")
                        && tokens.get(last + 1).penn().equals("POS");
    }

    /** The references in the noun phrase starting at token {@code k} ("with his Brazilian counterpart, Lula"). */
    List<Participant> objects(Sentence s, int k, String via) {
        return objects.objects(s, k, via);
    }

    /** "his phone conversation": the possessive pronoun right before token {@code start}, if resolvable. */
    List<Participant> possessive(Sentence s, int start) {
        List<Token> tokens = s.tokens();
        for (int j = start - 1; j >= 0 && j >= start - 3; j--) {
            Token t = tokens.get(j);
            if (Words.isAny(t, "his", "her")) {
                return refs.pronoun(s, t).map(a -> List.of(new Participant(a, "participant", "coref:pronoun")))
                        .orElse(List.of());
            }
            if (!t.pos().equals("ADJ") && !t.pos().equals("NOUN")) {
                break;
            }
        }
        return List.of();
    }

    /**
     * "Ruritania, the neighbour's closest ally, said it opposes ...": an "it" just after "said" is the country or
     * body that says it, whatever else its apposition names.
     */
    private Optional<EntityMention> sayer(Sentence s, int j) {
        if (j < 2 || !Words.is(s.tokens().get(j - 1), "say") || !Chunks.isVerb(s.tokens().get(j - 1))) {
            return Optional.empty();
        }
        List<Participant> subject = subject(s, j - 1);
        return subject.size() == 1 && ArticleView.isActor(subject.get(0).mention())
                && subject.get(0).mention().type() != EntityType.PERSON ? Optional.of(subject.get(0).mention()) : Optional.empty();
    }

    /** "It was their first meeting": an "it" before a form of "be" and a noun phrase stands for no one. */
    private static boolean expletive(List<Token> tokens, int j) {
        return j + 2 < tokens.size() && Words.is(tokens.get(j + 1), "be") && !tokens.get(j + 2).penn().startsWith("VB");
    }

}
