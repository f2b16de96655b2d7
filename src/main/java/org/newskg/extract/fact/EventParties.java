package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Event;
import org.newskg.extract.Participant;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The sides of an event beyond the trigger's subject and object: "the two sides" of the last pair, what is
 * received from whom, whom a response or a protest is aimed at, "with X", "between X and Y", "by X", the
 * delegates of a meeting, and the direction (source, target) the roles take.
 * Immutable and thread-safe.
 */
final class EventParties {

    /** How far after a directed verb the participle of "a resolution on X adopted by Y" may stand. */
    private static final int MADE_BY_REACH = 9;

    // Compiled once: String.matches compiles its regex at each call, and these run on hot paths (bench/README.md).
    private static final Pattern DOUBLE_QUOTE = Pattern.compile("[\"“”]");
    private static final Pattern APOSTROPHE = Pattern.compile("['’]");
    private static final Pattern FINITE_VERB = Pattern.compile("VB[DZP]|MD");

    /** How far back "the two sides" looks for the event whose two parties it means. */
    private static final int PAIR_LOOK_BACK = 6;

    private final EventCues cues;
    private final EventReference references;

    EventParties(EventCues cues, EventReference references) {
        this.cues = cues;
        this.references = references;
    }

    /**
     * The two parties of the last event told with parties, when it has exactly two, at most {@link #PAIR_LOOK_BACK}
     * sentences before {@code sentence}. For "group-parties" ("the two sides"), the last such event whose parties are two countries or
     * hold positions of two countries the article names, as those countries; else the last pair.
     */
    static List<EntityMention> lastPair(ParticipantFinder pf, List<EventMerger.Told> earlier, int sentence, String kind) {
        return lastPair(pf, earlier, sentence, kind, List.of());
    }

    /**
     * As {@link #lastPair(ParticipantFinder, List, int, String)}, for "both sides" as the object of an act by
     * {@code speakers} (keys of the actor and its country): the sides are the others, so the speaker is taken out of
     * an event it took part in ("X, who hosted talks between A and B, urged both sides": A and B), and a pair on the
     * speaker's side is passed over (its own country is never one of the sides it urges).
     */
    static List<EntityMention> lastPair(ParticipantFinder pf, List<EventMerger.Told> earlier, int sentence, String kind,
                                        Collection<String> speakers) {
        List<EntityMention> last = List.of();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event e = earlier.get(i).event();
            int told = e.evidence().get(0).sentence();
            if (told < sentence - PAIR_LOOK_BACK) {
                break;
            }
            Map<String, EntityMention> two = new LinkedHashMap<>();
            e.participants().forEach(p -> two.putIfAbsent(ArticleView.key(p.mention()), p.mention()));
            // "held talks with Y, and the two leaders agreed": a meeting or call told before it in its own sentence is
            // theirs (but "X held talks with Y and urged both sides": not the sides X addresses)
            if (told > sentence || told == sentence && (!speakers.isEmpty() || !consultation(e)) || two.isEmpty()) {
                continue;
            }
            Map<String, EntityMention> visited = consultation(e) && two.size() == 2 ? shuttled(earlier, i, two) : Map.of();
            if (!visited.isEmpty()) {
                two.clear(); // "A and B signed ... C met A and then held talks with B. The two countries agreed": A and B
                two.putAll(visited);
            }
            if (e.type().equals("Summit")) {
                continue; // "signed a memorandum ... at a summit hosted by C and attended by D. The two countries pledged":
                          // a summit's host and guests are no two sides
            }
            List<String> hosts = e.participants().stream().filter(p -> p.role().equals("host")).map(p -> ArticleView.key(p.mention())).toList();
            if (two.size() > 2 && two.size() - two.keySet().stream().filter(hosts::contains).count() == 2) {
                two.keySet().removeAll(hosts); // "A and B signed an accord at a summit hosted by C": A and B are the two
            }
            if (two.keySet().removeAll(speakers) && two.size() != 2) {
                continue; // the speaker's own act with one other: not the two it urges
            }
            // "the five leaders": the last event with five people
            int count = CorefLexicon.peopleCount(kind).orElse(CorefLexicon.partiesCount(kind).orElse(2));
            if (two.size() != count && kind.startsWith("group-parties")) {
                // "A and B cut ties with C. The two countries closed their borders": the side of the act that has that many
                Map<String, EntityMention> sources = new LinkedHashMap<>();
                e.participants().stream().filter(p -> p.role().equals(Participant.SOURCE))
                        .forEach(p -> sources.putIfAbsent(ArticleView.key(p.mention()), p.mention()));
                if (sources.size() == count) {
                    two.clear();
                    two.putAll(sources);
                }
            }
            if (kind.startsWith("group-people") && (two.size() != count || two.values().stream().anyMatch(m -> m.type() != EntityType.PERSON))) {
                // "the two leaders would meet again" after a demand of one leader on a country: the last two people who
                // took part in one event, past those with one person or with countries
                continue;
            }
            if (two.size() != count) {
                break; // the last told involves one or three: "the two" is not clear
            }
            List<EntityMention> pair = List.copyOf(two.values());
            if (count > 2 && pair.stream().allMatch(m -> m.type() == EntityType.COUNTRY)) {
                return pair; // "the four countries": four named countries
            }
            if (!kind.equals("group-parties")) {
                return pair;
            }
            // a capital stands for its country ("accused Ankara of aggression": Turkey is a side)
            List<EntityMention> countries = pair.stream().map(m -> m.type() == EntityType.COUNTRY ? Optional.of(m)
                    : m.type() == EntityType.CITY ? Optional.of(pf.countryOfCity(m)).filter(c -> c.type() == EntityType.COUNTRY)
                    : pf.countryOf(m).or(() -> counterpartCountry(pf.view(), m))).flatMap(Optional::stream)
                    .filter(c -> c.type() == EntityType.COUNTRY).toList(); // (a party's leader holds no office of a country)
            if (countries.stream().anyMatch(c -> speakers.contains(ArticleView.key(c)))) {
                continue;
            }
            last = last.isEmpty() ? pair : last;
            if (countries.size() == 2 && !ArticleView.key(countries.get(0)).equals(ArticleView.key(countries.get(1)))) {
                return countries;
            }
            // (not for the sides a speaker addresses: the dateline may be anywhere, and a side left unknown is no guess)
            EntityMention home = countries.size() == 1 && speakers.isEmpty() ? datelineCountry(pf) : null;
            if (home != null && !ArticleView.key(home).equals(ArticleView.key(countries.get(0)))) {
                // "Prime Minister Gyula Horn" under a BUDAPEST dateline, beside "Romanian President X": an office
                // named without a country in wire copy is the host country's
                return pair.stream().map(m -> m.type() == EntityType.COUNTRY ? m
                        : pf.countryOf(m).filter(c -> c.type() == EntityType.COUNTRY).orElse(home)).toList();
            }
        }
        return last;
    }

    /**
     * "Doe is due to meet both leaders again": when the one acting took part, however far back, in an event with
     * exactly two other people (talks Doe brokered between them), those two are the leaders meant, though another two
     * leaders were named since; else empty.
     */
    static List<EntityMention> ownPair(List<EventMerger.Told> earlier, int sentence, Collection<EntityMention> actorMentions) {
        // by key or by name: a short form linked later ("Annan") and the full name told first may differ in key
        List<String> actors = actorMentions.stream().flatMap(m -> java.util.stream.Stream.of(ArticleView.key(m), m.name())).toList();
        for (int i = earlier.size() - 1; i >= 0 && !actors.isEmpty(); i--) {
            Event e = earlier.get(i).event();
            if (e.evidence().get(0).sentence() >= sentence) {
                continue;
            }
            Map<String, EntityMention> others = new LinkedHashMap<>();
            boolean in = false;
            for (Participant p : e.participants()) {
                String key = ArticleView.key(p.mention());
                if (actors.contains(key) || actors.contains(p.mention().name())) {
                    in = true;
                } else {
                    others.putIfAbsent(key, p.mention());
                }
            }
            if (in && others.size() == 2 && others.values().stream().allMatch(m -> m.type() == EntityType.PERSON)) {
                return List.copyOf(others.values());
            }
        }
        return List.of();
    }

    /** How many tokens an opening phrase ("After their three-hour talks in the capital,") may hold before its comma. */
    private static final int OPENING_REACH = 10;

    /**
     * "After the talks, the two leaders witnessed the signing": the two parties of the consultation the sentence opens
     * with ("After", "Following", "During" a meeting, call or talks, then a comma), that is the last consultation told
     * before the sentence, at most {@link #PAIR_LOOK_BACK} sentences back, when it had exactly two; empty otherwise.
     * Those are who "the two" means there, though others may be named in between ("He was welcomed by Queen Z").
     */
    static List<EntityMention> openingConsultation(String text, Sentence s, TriggerLexicon triggers, List<EventMerger.Told> earlier) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty() || !Words.isAny(tokens.get(0), "after", "following", "during")) {
            return List.of();
        }
        String named = null;
        String code = null;
        for (int k = 1; k < tokens.size() && k <= OPENING_REACH && named == null; k++) {
            if (Words.isComma(tokens.get(k)) || Chunks.isVerb(tokens.get(k))) {
                return List.of(); // "After meeting Roe," is no reference to talks told before
            }
            Optional<TriggerLexicon.Trigger> m = triggers.longestAt(text, tokens, k).map(TriggerLexicon.Match::trigger)
                    .filter(t -> !t.pos().equals("VERB"))
                    .filter(t -> "Summit".equals(t.type()) || t.cameo() != null && t.cameo().startsWith("04"));
            named = m.map(TriggerLexicon.Trigger::type).orElse(null);
            code = m.map(TriggerLexicon.Trigger::cameo).orElse(null);
        }
        boolean comma = named != null && tokens.stream().limit(OPENING_REACH + 2L).anyMatch(Words::isComma);
        for (int i = earlier.size() - 1; comma && i >= 0; i--) {
            Event e = earlier.get(i).event();
            int told = e.evidence().get(0).sentence();
            if (told < s.index() - PAIR_LOOK_BACK) {
                break;
            }
            if (told >= s.index() || !e.type().equals(named) || code != null && e.cameo() != null && !e.cameo().equals(code)) {
                continue; // "After the talks": the last talks, not a visit nor a welcome (043) told since
            }
            Map<String, EntityMention> two = new LinkedHashMap<>();
            e.participants().forEach(p -> two.putIfAbsent(ArticleView.key(p.mention()), p.mention()));
            return two.size() == 2 ? List.copyOf(two.values()) : List.of();
        }
        return List.of();
    }

    /**
     * "urged both sides to halt the fighting": the two sides of the force told before in the article (the pair of
     * countries, one acting and one acted on, that the most such acts have, the last told on a tie), other than the
     * {@code speakers}' own; empty when no force told before names two countries.
     */
    static List<EntityMention> fightingSides(ParticipantFinder pf, List<EventMerger.Told> earlier, int sentence,
                                             Collection<String> speakers) {
        Map<String, List<EntityMention>> pairs = new LinkedHashMap<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        Map<String, Integer> last = new java.util.HashMap<>();
        for (int i = 0; i < earlier.size(); i++) {
            Event e = earlier.get(i).event();
            if (!CameoCodes.force(e.cameo()) || e.first().sentence() > sentence) {
                continue;
            }
            Optional<EntityMention> from = side(pf, e, Participant.SOURCE);
            Optional<EntityMention> to = side(pf, e, Participant.TARGET);
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            List<String> keys = java.util.stream.Stream.of(from.get(), to.get()).map(ArticleView::key).sorted().toList();
            if (keys.get(0).equals(keys.get(1)) || keys.stream().anyMatch(speakers::contains)) {
                continue;
            }
            String pair = String.join("|", keys);
            pairs.putIfAbsent(pair, List.of(from.get(), to.get()));
            counts.merge(pair, 1, Integer::sum);
            last.put(pair, i);
        }
        return pairs.keySet().stream()
                .max(Comparator.comparingInt((String k) -> counts.get(k)).thenComparingInt(last::get))
                .map(pairs::get).orElse(List.of());
    }

    /** The country of the first participant of {@code e} in {@code role}: itself, a city's, a person's office's. */
    private static Optional<EntityMention> side(ParticipantFinder pf, Event e, String role) {
        return e.participants().stream().filter(p -> p.role().equals(role)).findFirst().map(Participant::mention)
                .flatMap(m -> m.type() == EntityType.COUNTRY ? Optional.of(m)
                        : m.type() == EntityType.CITY ? Optional.of(pf.countryOfCity(m)).filter(c -> c.type() == EntityType.COUNTRY)
                        : pf.countryOf(m));
    }

    /**
     * "A and B signed a declaration. C met A on Sunday and then held talks with B": when the two consultations told
     * last ({@code pair}, of event {@code i}, and the one before it, in the same or the sentence before) share one side
     * and not the other, and an event told before them has both others (not a visitor's round of talks, "C met A, then
     * B"), the one shared went between them, and they are the two sides; else empty.
     */
    private static Map<String, EntityMention> shuttled(List<EventMerger.Told> earlier, int i, Map<String, EntityMention> pair) {
        int told = earlier.get(i).event().evidence().get(0).sentence();
        for (int k = i - 1; k >= 0; k--) {
            Event e = earlier.get(k).event();
            if (e.evidence().get(0).sentence() < told - 1) {
                return Map.of();
            }
            Map<String, EntityMention> other = new LinkedHashMap<>();
            e.participants().forEach(p -> other.putIfAbsent(ArticleView.key(p.mention()), p.mention()));
            if (!consultation(e) || other.size() != 2 || other.keySet().equals(pair.keySet())) {
                continue;
            }
            List<String> shared = other.keySet().stream().filter(pair::containsKey).toList();
            if (shared.size() != 1 || other.get(shared.get(0)).type() != pair.get(shared.get(0)).type()) {
                return Map.of();
            }
            Map<String, EntityMention> sides = new LinkedHashMap<>(other);
            sides.putAll(pair);
            sides.remove(shared.get(0));
            return together(earlier, k, sides.keySet()) ? sides : Map.of();
        }
        return Map.of();
    }

    /** Whether an event told before event {@code i}, at most {@link #PAIR_LOOK_BACK} sentences before it, has all of {@code keys}. */
    private static boolean together(List<EventMerger.Told> earlier, int i, java.util.Set<String> keys) {
        int told = earlier.get(i).event().evidence().get(0).sentence();
        for (int k = i - 1; k >= 0 && earlier.get(k).event().evidence().get(0).sentence() >= told - PAIR_LOOK_BACK; k--) {
            if (earlier.get(k).event().participants().stream().map(p -> ArticleView.key(p.mention())).toList().containsAll(keys)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "his Ugandan counterpart Yoweri Museveni": the nationality word before "counterpart" right before the person's
     * name, the country the person holds the office for (the article's roles are read only after its events).
     */
    private static Optional<EntityMention> counterpartCountry(ArticleView view, EntityMention person) {
        if (person.type() != EntityType.PERSON) {
            return Optional.empty();
        }
        Sentence s = view.sentence(person.sentence());
        int k = ArticleView.tokenAt(s, person.begin());
        List<Token> tokens = s.tokens();
        if (k < 2 || !Words.is(tokens.get(k - 1), "counterpart")) {
            return Optional.empty();
        }
        EntityMention demonym = view.entityAt(tokens.get(k - 2));
        return demonym != null && demonym.type() == EntityType.COUNTRY ? Optional.of(demonym) : Optional.empty();
    }

    /** The country of the dateline's city, when the article names it; else null. */
    private static EntityMention datelineCountry(ParticipantFinder pf) {
        EntityMention city = Dateline.city(pf.view());
        EntityMention country = city == null ? null : pf.countryOfCity(city);
        return country != null && country.type() == EntityType.COUNTRY ? country : null;
    }

    /**
     * "The two presidents agreed" after talks of A and B hosted by C and D: A and B, not the last two presidents named.
     * The two who are not hosts of the last event told before sentence {@code sentence}, when it has hosts; else none.
     */
    static List<EntityMention> hostedPair(List<EventMerger.Told> earlier, int sentence) {
        boolean hostsSeen = false;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event e = earlier.get(i).event();
            int told = e.evidence().get(0).sentence();
            if (told < sentence - PAIR_LOOK_BACK) {
                break;
            }
            if (told >= sentence || e.participants().isEmpty() || !consultation(e)) {
                continue; // "ended with a statement read by C": the talks are what hosts have guests
            }
            Map<String, EntityMention> guests = new LinkedHashMap<>();
            e.participants().stream().filter(p -> !p.role().equals("host"))
                    .forEach(p -> guests.putIfAbsent(ArticleView.key(p.mention()), p.mention()));
            boolean hosted = e.participants().stream().anyMatch(p -> p.role().equals("host"));
            if (guests.isEmpty()) {
                hostsSeen = true; // "The talks, hosted by C and D": the talks of those who met, told before
                continue;
            }
            return (hosted || hostsSeen) && guests.size() == 2 ? List.copyOf(guests.values()) : List.of();
        }
        return List.of();
    }

    /** A meeting, call, visit or summit (CAMEO 04, or newskg's summit, which has no code). */
    /**
     * "'We agreed that our experts should resume their work,' Doe said" after Doe met Roe: the one other side of the
     * last consultation, at most {@link #PAIR_LOOK_BACK} sentences back, that the speaker of a quoted "we" among
     * {@code people} took part in with exactly one other; empty when there is no such speaker or meeting.
     */
    static List<EntityMention> weSides(List<EventMerger.Told> earlier, int sentence, Collection<Participant> people) {
        Optional<String> speaker = people.stream().filter(p -> p.via().equals(ParticipantFinder.WE))
                .map(p -> ArticleView.key(p.mention())).findFirst();
        if (speaker.isEmpty()) {
            return List.of();
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event e = earlier.get(i).event();
            int told = e.evidence().get(0).sentence();
            if (told < sentence - PAIR_LOOK_BACK) {
                break;
            }
            Map<String, EntityMention> sides = new LinkedHashMap<>();
            e.participants().forEach(p -> sides.putIfAbsent(ArticleView.key(p.mention()), p.mention()));
            if (told > sentence || !consultation(e) || sides.remove(speaker.get()) == null) {
                continue;
            }
            return sides.size() == 1 ? List.copyOf(sides.values()) : List.of();
        }
        return List.of();
    }

    private static boolean consultation(Event e) {
        return e.cameo() == null ? e.type().equals("Summit") : e.cameo().startsWith("04");
    }

    /**
     * The sides of a noun act after a receiving verb at {@code verbAt} ("secured his backing"): its subject is the
     * target; the source is the possessor between the verb and the trigger, or the person "his"/"her" names (someone named before
     * the verb other than the subject: one does not secure one's own backing), or the "of" object after it.
     */
    static List<Participant> received(ArticleView view, ParticipantFinder pf, Sentence s, int verbAt,
                                              int trigger, int le) {
        List<Token> tokens = s.tokens();
        List<Participant> targets = pf.subject(s, verbAt).stream().map(p -> p.as(Participant.TARGET)).toList();
        List<String> keys = targets.stream().map(p -> ArticleView.key(p.mention())).toList();
        List<Participant> out = new ArrayList<>(targets);
        for (int k = verbAt + 1; k < trigger; k++) {
            EntityMention e = view.entityAt(tokens.get(k));
            if (ArticleView.isActor(e)) {
                out.add(new Participant(e, Participant.SOURCE, "possessor"));
                return out;
            }
            if (Words.isAny(tokens.get(k), "his", "her")) {
                view.entities(s.index()).stream().filter(x -> x.type() == EntityType.PERSON && x.end() <= tokens.get(verbAt).begin()
                                && !keys.contains(ArticleView.key(x))).reduce((a, b) -> b)
                        .ifPresent(x -> out.add(new Participant(x, Participant.SOURCE, "coref:pronoun")));
                return out;
            }
        }
        if (le + 1 < tokens.size() && Words.is(tokens.get(le), "of")) {
            pf.objects(s, le + 1, "of-object").forEach(p -> out.add(p.as(Participant.SOURCE)));
        }
        return out;
    }

    /** The actors of the last act told before (in this sentence or the one before) by others than {@code sources}. */
    static List<Participant> answered(List<EventMerger.Told> earlier, int sentence, List<String> sources) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event e = earlier.get(i).event();
            if (e.first().sentence() < sentence - 1) {
                break;
            }
            List<Participant> actors = e.participants().stream().filter(p -> p.role().equals(Participant.SOURCE)
                    && !sources.contains(ArticleView.key(p.mention()))).toList();
            if (e.cameo() != null && !actors.isEmpty()) {
                return actors.stream().map(p -> new Participant(p.mention(), Participant.TARGET, "coref:event")).toList();
            }
        }
        return List.of();
    }

    /**
     * "marched through the capital demanding that Doe step down", "calling for Doe's resignation": a protest is aimed
     * at the first one its demand names, in its clause.
     */
    Optional<Participant> demanded(ParticipantFinder pf, Sentence s, int le) {
        List<Token> tokens = s.tokens();
        for (int k = le; k < tokens.size() && k < le + Clauses.CLAUSE_WINDOW && (!Words.isPunct(tokens.get(k)) || gerundAfter(tokens, k)); k++) {
            // "to demand that": the Penn tag where the UD tagger reads the infinitive as a noun
            int end = tokens.get(k).pos().equals("VERB") || tokens.get(k).penn().startsWith("VB") ? cues.demandEnd(tokens, k) : -1;
            if (end > 0 && end < tokens.size()) {
                int from = Words.is(tokens.get(end), "that") ? end + 1 : end;
                EntityMention city = from < tokens.size() ? pf.view().entityAt(tokens.get(from)) : null;
                if (city != null && city.type() == EntityType.CITY) {
                    // "demanding that Tokyo compensate ...": a capital asked to act stands for its government
                    return Optional.of(new Participant(pf.countryOfCity(city), Participant.TARGET, "coref:capital"));
                }
                return pf.objects(s, from, "demand-object").stream().findFirst().map(p -> p.as(Participant.TARGET));
            }
        }
        return Optional.empty();
    }

    /** "protested near the hotel, demanding that ...": a comma setting off a participle of the protest's clause. */
    private static boolean gerundAfter(List<Token> tokens, int k) {
        return Words.isComma(tokens.get(k)) && k + 1 < tokens.size() && tokens.get(k + 1).penn().equals("VBG");
    }

    /**
     * "protested outside the castle against the visit": a protest against an act told before is aimed at those who
     * did it (the visitor), read after "against" in the protest's clause.
     */
    List<Participant> protestedAgainst(ArticleView view, Sentence s, int le, List<String> sources,
                                               List<EventMerger.Told> earlier) {
        List<Token> tokens = s.tokens();
        for (int k = le; k + 1 < tokens.size() && k < le + Clauses.CLAUSE_WINDOW && !Words.isPunct(tokens.get(k)); k++) {
            if (Words.is(tokens.get(k), "against")) {
                Optional<Participant> owner = modifyingCountry(view, tokens, k + 1);
                return owner.isPresent() ? List.of(owner.get()) : references.targets(view.text(), tokens, k + 1, s.index(), sources, earlier);
            }
        }
        return List.of();
    }

    /**
     * "against the U.S. measures", "against the Borduran decision": a country or its nationality word modifying the
     * noun of the act protested against (before the noun, over a determiner and adjectives) is whom the protest is
     * aimed at, rather than the actor of the last act told.
     */
    private static Optional<Participant> modifyingCountry(ArticleView view, List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 4; k++) {
            Token t = tokens.get(k);
            EntityMention m = view.entityAt(t);
            if (m != null && (m.type() == EntityType.COUNTRY || ArticleView.isDemonym(m))) {
                int after = k + 1;
                while (after < tokens.size() && view.entityAt(tokens.get(after)) == m) {
                    after++;
                }
                // a modifier, not the noun itself ("against Ruritania"): a common noun follows
                return after < tokens.size() && tokens.get(after).penn().startsWith("NN") && !tokens.get(after).isCapitalized()
                        ? Optional.of(new Participant(m, Participant.TARGET, ArticleView.isDemonym(m) ? "coref:demonym" : "against-modifier"))
                        : Optional.empty();
            }
            if (m != null || !(t.pos().equals("DET") || t.pos().equals("ADJ"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "rallied outside the French embassy": a protest at a country's mission, aimed at no one else, is aimed at that
     * country (the demonym before the mission's noun, in the protest's clause).
     */
    Optional<Participant> missionOf(ArticleView view, Sentence s, int le) {
        Optional<Participant> named = namedMission(view, s, le);
        if (named.isPresent() || !theMission(view, s, le)) {
            return named;
        }
        // "marched past the embassy today": the mission the story named before ("seized the U.S. Embassy here")
        for (int i = s.index() - 1; i >= 0; i--) {
            Sentence earlier = view.sentence(i);
            for (int k = 1; k < earlier.tokens().size(); k++) {
                Optional<Participant> found = cues.isMission(earlier.tokens().get(k)) ? namedMission(view, earlier, Math.max(0, k - 2)) : Optional.empty();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether "the" and a mission's noun stand together in the clause after token {@code le} ("past the embassy"). */
    private boolean theMission(ArticleView view, Sentence s, int le) {
        List<Token> tokens = s.tokens();
        for (int k = le + 2; k < tokens.size() && k < le + Clauses.CLAUSE_WINDOW && !Words.isPunct(tokens.get(k)); k++) {
            if (cues.isMission(tokens.get(k)) && Words.is(tokens.get(k - 1), "the") && view.entityAt(tokens.get(k)) == null) {
                return true;
            }
        }
        return false;
    }

    /** The country of a mission named by its nationality in the clause after token {@code le}. */
    private Optional<Participant> namedMission(ArticleView view, Sentence s, int le) {
        List<Token> tokens = s.tokens();
        for (int k = le + 1; k < tokens.size() && k < le + Clauses.CLAUSE_WINDOW && !Words.isPunct(tokens.get(k)); k++) {
            EntityMention before = view.entityAt(tokens.get(k - 1));
            if (before != null && before.type() == EntityType.FACILITY) {
                // "the Chilean Embassy" read as one facility: the nationality word's own mention inside it
                Token word = tokens.get(k - 1);
                before = view.entitiesWithin(word.begin(), word.end()).stream().filter(ArticleView::isDemonym).findFirst().orElse(before);
            }
            if (cues.isMission(tokens.get(k)) && before != null && ArticleView.isDemonym(before)) {
                return Optional.of(new Participant(before, Participant.TARGET, "coref:demonym"));
            }
            // "marched past the U.S. Embassy": a country's short name before the mission's noun
            if (cues.isMission(tokens.get(k)) && before != null && before.type() == EntityType.COUNTRY) {
                return Optional.of(new Participant(before, Participant.TARGET, "mission"));
            }
        }
        return Optional.empty();
    }

    /**
     * "a summit hosted by A and attended by B and C", "the first summit attended by B": the agents of an attending
     * participle ({@code attendance} cues) after a noun trigger, before the clause's own verb, take part.
     */
    List<Participant> attendees(Sentence s, ParticipantFinder pf, int le) {
        List<Token> tokens = s.tokens();
        for (int k = le; k + 2 < tokens.size() && k < le + 3 * Clauses.CLAUSE_WINDOW; k++) {
            Token t = tokens.get(k);
            if (cues.isAttending(t) && Words.is(tokens.get(k + 1), "by")) {
                return pf.objects(s, k + 2, "attendee").stream().map(p -> p.as("participant")).toList();
            }
            if (Words.isAny(t, ";", "who", "which") || FINITE_VERB.matcher(t.penn()).matches() && !Words.is(tokens.get(k + 1), "by")) {
                break; // "The summit ... opened on Sunday": the clause's own verb
            }
        }
        return List.of();
    }

    /**
     * "Taking part in the talks on the Ruritanian side were A, B and C, and on the Borduran side D": the people named
     * after the verb of a clause that opens with taking part in the noun trigger at tokens [ls, le), each list after a
     * "side".
     */
    static List<Participant> takingPart(Sentence s, ParticipantFinder pf, int ls, int le) {
        List<Token> tokens = s.tokens();
        int np = Chunks.start(tokens, ls);
        if (np < 3 || !Words.is(tokens.get(np - 1), "in") || !Words.is(tokens.get(np - 2), "part")
                || !Words.is(tokens.get(np - 3), "take")) {
            return List.of();
        }
        List<Participant> out = new ArrayList<>();
        boolean inverted = false;
        for (int k = le; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (Words.is(t, ";")) {
                break;
            }
            int from = -1;
            if (!inverted && Words.is(t, "be") && Chunks.isVerb(t)) {
                inverted = true;
                from = k + 1;
            } else if (inverted && Words.is(t, "side")) {
                from = Words.isComma(tokens.get(k + 1)) ? k + 2 : k + 1; // "..., and on the Borduran side D"
            } else if (!inverted && k > le + Clauses.CLAUSE_WINDOW) {
                break;
            }
            if (from >= 0 && from < tokens.size()) {
                pf.objects(s, from, "attendee").forEach(p -> out.add(p.as("participant")));
            }
        }
        return out;
    }

    /**
     * "with X" (a target of a coded interaction), "between X and Y" (parties), "by X" (the agent of a passive: a
     * source), and for interactions other than consultations and agreements "on X", "against X", "to X" (a target),
     * a few words after the trigger.
     */
    List<Participant> objectsAfter(ArticleView view, Sentence s, ParticipantFinder pf, int le, String cameo) {
        List<Token> tokens = s.tokens();
        boolean coded = cameo != null;
        boolean directedAt = CameoCodes.directedAt(cameo);
        int window = 6;
        for (int k = le; k < tokens.size() && k < le + window; k++) {
            Token t = tokens.get(k);
            if (DOUBLE_QUOTE.matcher(t.text()).matches()) {
                window++; // promised an "aggressive" relief effort for X
                continue;
            }
            if (APOSTROPHE.matcher(t.text()).matches() && t.penn().equals("POS")) {
                continue; // "offered the Netherlands' full backing to France"
            }
            // "sanctions on X", "protest against X", "aid to X": the target of an interaction that is no consultation
            // ("a ceasefire on the island": where the fighting stops, not at whom it is aimed)
            boolean onWhom = directedAt && Words.isAny(t, "on", "against", "to")
                    && !(Words.is(t, "on") && cameo.startsWith("087"))
                    || CameoCodes.pledge(cameo) && !cameo.startsWith("13") && Words.is(t, "for"); // "promised relief for X"
            if (k == le && Words.is(t, "of") && cameo != null && cameo.startsWith("04")) {
                // "a meeting of the Ruritanian Union's foreign ministers", "a summit of the Union": the body meets; a
                // name only the statistical model proposes may be a nationality it misread ("of Southeast Asian ministers")
                List<Participant> bodies = pf.objects(s, k + 1, "of-object").stream()
                        .filter(p -> p.mention().type() == EntityType.ORGANIZATION
                                && (p.mention().kbQid() != null || !p.mention().rule().startsWith("model:")))
                        .map(p -> p.as("participant")).toList();
                return bodies.isEmpty() ? delegatesOf(view, s, pf, k + 1) : bodies;
            }
            if (Words.is(t, "despite")) {
                break; // "will visit X despite attacks by Y": another act, which the concession names
            }
            if (k > le && Words.is(t, "of") && k + 1 < tokens.size() && gerund(tokens.get(k + 1))) {
                break; // "accused X of siding with Y": what X is accused of is another act, Y no target of this one
            }
            if (Words.isAny(t, "with", "between", "by") || onWhom) {
                // "rejected a proposal by X", "condemned the attack by X": after the act's object, "by" names its author,
                // at whom the act is directed; right after the trigger it is the agent of a passive
                boolean author = directedAt && Words.is(t, "by") && k > le && tokens.get(k - 1).penn().startsWith("NN");
                // "offered to host talks between X and Y", "to mediate between X and Y": the offer is made to both
                boolean offeredTo = Words.is(t, "between") && ("036".equals(cameo) || "039".equals(cameo));
                String role = !coded || Words.is(t, "between") && !offeredTo ? "participant"
                        : Words.is(t, "by") && !author ? Participant.SOURCE : Participant.TARGET;
                List<Participant> objects = pf.objects(s, k + 1, Words.lower(t) + "-object").stream().map(p -> p.as(role)).toList();
                EntityMention city = k + 1 < tokens.size() ? view.entityAt(tokens.get(k + 1)) : null;
                if (objects.isEmpty() && directedAt && ArticleView.isPlace(city) && city.type() == EntityType.CITY) {
                    return List.of(new Participant(city, Participant.TARGET, Words.lower(t) + "-object")); // "cut ties with Doha"
                }
                if (objects.isEmpty() && onWhom && tradeWith(tokens, k + 1)) {
                    continue; // "a ban on trade with X": what is banned, then with whom
                }
                return objects;
            }
            boolean agentFollows = k == le && t.penn().equals("VBN") && k + 1 < tokens.size() && Words.is(tokens.get(k + 1), "by");
            // the Penn tag too: the UD tagger calls some adjectives verbs ("an aggressive/VERB effort")
            if (Words.isPunct(t) || t.pos().equals("VERB") && (t.penn().isEmpty() || t.penn().startsWith("VB")) && !Words.isAny(t, "sign", "hold")
                    && !agentFollows) {
                break; // but "the tests conducted by X": the agent of a participle after a noun trigger
            }
        }
        return List.of();
    }

    /** "siding", "meddling": a gerund, which the tagger may call a noun after "of". */
    private static boolean gerund(Token t) {
        String w = t.text();
        return t.penn().equals("VBG") || w.length() > 4 && w.endsWith("ing") && Character.isLowerCase(w.charAt(0))
                && (t.pos().equals("NOUN") || t.pos().equals("VERB"));
    }

    /** "on trade with X", "on imports with X": a bare common noun then "with" at token {@code k}. */
    private static boolean tradeWith(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).penn().startsWith("NN") && !tokens.get(k).penn().startsWith("NNP")
                && Words.is(tokens.get(k + 1), "with");
    }

    /**
     * "criticized a resolution on X adopted by Y", "condemned the attack carried out by Z": the agent of a participle
     * that ends the object's noun phrase (a common noun before it, at most {@link #MADE_BY_REACH} words on), whom an act
     * on that object is aimed at; empty when the object has none.
     */
    static List<Participant> madeBy(Sentence s, ParticipantFinder pf, int le) {
        List<Token> tokens = s.tokens();
        for (int k = le + 1; k + 2 < tokens.size() && k < le + MADE_BY_REACH; k++) {
            Token t = tokens.get(k);
            if (t.penn().equals("VBN") && Words.is(tokens.get(k + 1), "by") && tokens.get(k - 1).penn().startsWith("NN")) {
                return pf.objects(s, k + 2, "by-object");
            }
            if (Words.isPunct(t) || Words.isAny(t, "and", "but", "that", "which", "who") || Chunks.isVerb(t) && !t.penn().equals("VBN")) {
                break;
            }
        }
        return List.of();
    }

    /**
     * Who the object of a directed verb comes from: "rejected an offer from X", "refused to accept a letter from
     * X" (an infinitive between), "demanded an apology and compensation from X" (two things asked of one), within a
     * short noun phrase.
     */
    static Optional<Participant> author(Sentence s, ParticipantFinder pf, int le) {
        List<Token> tokens = s.tokens();
        int k = le;
        if (k + 1 < tokens.size() && tokens.get(k).penn().equals("TO") && tokens.get(k + 1).penn().equals("VB")) {
            k += 2;
        }
        for (int n = 0; k < tokens.size() && n < 5; k++, n++) {
            Token t = tokens.get(k);
            if (Words.is(t, "from") && n > 0) {
                Optional<Participant> named = pf.objects(s, k + 1, "from-object").stream().findFirst();
                EntityMention city = k + 1 < tokens.size() ? pf.view().entityAt(tokens.get(k + 1)) : null;
                // "demanded a full explanation from Strelsau": a capital stands for its government
                return named.isPresent() || city == null || city.type() != EntityType.CITY ? named
                        : Optional.of(new Participant(city, Participant.TARGET, "from-object"));
            }
            if (!(t.pos().equals("DET") || t.pos().equals("ADJ") || t.pos().equals("NUM") || t.penn().startsWith("NN")
                    && pf.view().entityAt(t) == null || Words.is(t, "and") && n > 0)) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The countries whose people meet in "a meeting of officials from X and Y" or "of Ruritanian and Borduran
     * ministers": the nationality words before the people noun, else the objects of "from" after it.
     */
    private List<Participant> delegatesOf(ArticleView view, Sentence s, ParticipantFinder pf, int from) {
        List<Token> tokens = s.tokens();
        List<Participant> demonyms = new ArrayList<>();
        for (int k = from; k < tokens.size() && k < from + 6; k++) {
            Token t = tokens.get(k);
            EntityMention m = view.entityAt(t);
            if (m != null && ArticleView.isDemonym(m)) {
                if (demonyms.stream().noneMatch(p -> p.mention() == m)) {
                    demonyms.add(new Participant(m, "participant", "coref:government")); // as in "Ruritanian troops"
                }
            } else if (cues.isDelegates(t)) {
                if (!demonyms.isEmpty()) {
                    return demonyms;
                }
                return k + 1 < tokens.size() && Words.is(tokens.get(k + 1), "from")
                        ? pf.objects(s, k + 2, "from-object").stream().map(p -> p.as("participant")).toList() : List.of();
            } else if (!(t.pos().equals("DET") || t.pos().equals("ADJ") || t.pos().equals("NUM") || t.penn().equals("NN")
                    || Words.isAny(t, "and", ","))) { // "of Ruritanian trade ministers"
                break;
            }
        }
        return List.of();
    }

    /**
     * In the passive the agent after "by" acts and the subject is acted on ("B was condemned by A"); subjects
     * with nobody acted on are parties, not sources ("A and B met"), unless one acts alone ("A arrived").
     */
    static List<Participant> directed(Collection<Participant> people, boolean passive, String cameo) {
        List<Participant> out = new ArrayList<>();
        // "Ruritania and Borduria urged restraint": acts aimed at someone keep their sources
        // "A and B flew into X": each makes the visit, as "A and B met" has no one acting on the other
        long sources = CameoCodes.directedAt(cameo) || "042".equals(cameo) ? 1
                : people.stream().filter(p -> p.role().equals(Participant.SOURCE)).count();
        boolean targets = people.stream().anyMatch(p -> p.role().equals(Participant.TARGET));
        for (Participant p : people) {
            if (passive && p.role().equals(Participant.SOURCE) && !p.via().equals("by-object") && !p.via().equals("summoner")) {
                out.add(p.as(Participant.TARGET));
            } else if (!passive && !targets && sources > 1 && p.role().equals(Participant.SOURCE)) {
                out.add(p.as("participant"));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** "his counterpart Y" where "his" found no antecedent of its own: Y is the counterpart of the acting person. */
    static List<Participant> counterparts(List<Participant> people) {
        EntityMention actor = people.stream().filter(p -> p.role().equals(Participant.SOURCE) && p.mention().type() == EntityType.PERSON)
                .map(Participant::mention).findFirst().orElse(null);
        return people.stream().map(p -> (p.via().equals("apposition") || p.via().equals("coref:counterpart"))
                && p.counterpartOf() == null && actor != null && actor != p.mention()
                ? new Participant(p.mention(), p.role(), p.via(), actor) : p).toList();
    }

    /** The objects of the first "with" in the clause from token {@code from} on ("held in X on Monday with Y"). */
    static List<Participant> withInClause(Sentence s, ParticipantFinder pf, int from) {
        List<Token> tokens = s.tokens();
        for (int k = from; k + 1 < tokens.size() && k < from + 2 * Clauses.CLAUSE_WINDOW; k++) {
            Token t = tokens.get(k);
            if (Words.isPunct(t) && !Words.isComma(t) && !t.text().equals("-") || Words.isAny(t, "that", "which", "who", "where")) {
                break;
            }
            if (Words.is(t, "with")) {
                return pf.objects(s, k + 1, "with-object");
            }
        }
        return List.of();
    }
}
