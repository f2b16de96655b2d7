package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.EntityMention;
import org.newskg.extract.HolderReference;
import org.newskg.extract.RoleMention;
import org.newskg.kb.EntityType;
import org.newskg.kb.PositionKind;
import org.newskg.kb.PositionKinds;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Resolves references within one article to the entity mentions they stand for: pronouns ("he"), title or
 * counterpart phrases with a demonym ("his Kenyan counterpart" → the person holding a position of Kenya)
 * and group phrases ("the two leaders"). Names are already resolved by the entity recognizer ("Doe" → Jane
 * Doe). When the antecedent is not clear the answer is empty: a missing participant is better than a
 * wrong one. Office words that name nobody in the article become {@link UnnamedHolders} for the linker.
 *
 * <pre>{@code
 * Coreference coref = new Coreference(view, roles, new UnnamedHolders(view), placeCountries, positionKinds);
 * coref.pronoun(sentence, offset, null).ifPresent(...);
 * }</pre>
 * One per article; it adds to the article's {@link UnnamedHolders}, else immutable.
 */
final class Coreference {

    private static final int LOOK_BACK = 2;
    private static final int GROUP_LOOK_BACK = 6;
    /** Words that open a subordinate clause with a subject of its own. */
    private static final String[] SUBORDINATORS = {"after", "before", "when", "while", "as", "since", "until", "because",
        "once", "although", "though", "if"};
    private static final Set<PositionKind> TOP_OFFICES =
            EnumSet.of(PositionKind.HEAD_OF_STATE, PositionKind.HEAD_OF_GOVERNMENT, PositionKind.FOREIGN_MINISTER);
    /** The offices of the people "the two leaders" means: heads of state and government, monarchs. */
    private static final Set<PositionKind> LEADERS =
            EnumSet.of(PositionKind.HEAD_OF_STATE, PositionKind.HEAD_OF_GOVERNMENT, PositionKind.MONARCH);

    private final ArticleView view;
    private final List<RoleMention> roles;
    private final UnnamedHolders unnamed;
    private final PlaceCountries places;
    private final PositionKinds kinds;
    /** The QID of the country the story is datelined in, or null: who is visiting there. */
    private final String home;

    Coreference(ArticleView view, List<RoleMention> roles, UnnamedHolders unnamed, PlaceCountries places, PositionKinds kinds) {
        this.view = view;
        this.roles = List.copyOf(roles);
        this.unnamed = unnamed;
        this.places = places;
        this.kinds = kinds;
        EntityMention city = Dateline.city(view);
        this.home = city == null || city.kbQid() == null ? null : places.countryOf(city.kbQid()).orElse(null);
    }

    /** Whether {@code place} lies, by the knowledge base, in another country than the one the {@code nation} names. */
    boolean abroad(EntityMention nation, EntityMention place) {
        Optional<String> home = nation.kbQid() == null ? Optional.empty() : places.countryOf(nation.kbQid());
        Optional<String> there = place.kbQid() == null ? Optional.empty() : places.countryOf(place.kbQid());
        return home.isPresent() && there.isPresent() && !home.get().equals(there.get());
    }

    /**
     * Where an act the {@code actor} does at home took place when the story is filed from another country: the
     * capital of the actor's country (a country, a city's country, or the one country the article gives a person's
     * office), as the article names it, in sentence {@code sentence} if it does there, else first; empty when the
     * dateline's country or the actor's is unknown, when they are the same, or when the article does not name that
     * capital.
     */
    Optional<EntityMention> capitalAway(EntityMention actor, int sentence) {
        Optional<String> capital = countryAway(actor).flatMap(places::capitalOf).map(PlaceCountries.Place::qid);
        if (capital.isEmpty()) {
            return Optional.empty();
        }
        List<EntityMention> named = view.sentences().stream().flatMap(s -> view.entities(s.index()).stream())
                .filter(m -> capital.get().equals(m.kbQid()) && m.type() == EntityType.CITY).toList();
        return named.stream().filter(m -> m.sentence() == sentence).findFirst().or(() -> named.stream().findFirst());
    }

    /** Whether {@code actor}'s country is known and is not the dateline's (as {@link #capitalAway} reads them). */
    boolean away(EntityMention actor) {
        return countryAway(actor).isPresent();
    }

    /** The QID of {@code actor}'s country when it is known and is not the dateline's. */
    private Optional<String> countryAway(EntityMention actor) {
        EntityMention own = actor.type() == EntityType.COUNTRY || actor.type() == EntityType.CITY ? actor
                : countryOf(actor).orElse(null);
        Optional<String> country = own == null || own.kbQid() == null ? Optional.empty() : places.countryOf(own.kbQid());
        return home == null ? Optional.empty() : country.filter(c -> !c.equals(home));
    }

    /** Whether the city is, by the knowledge base, the capital of the country it lies in (Strelsau, of Ruritania). */
    boolean capital(EntityMention city) {
        String qid = city.kbQid();
        return qid != null && places.countryOf(qid).flatMap(places::capitalOf).map(PlaceCountries.Place::qid)
                .filter(qid::equals).isPresent();
    }

    /**
     * The country a city stands for ("said Washington supported": the United States), as the article names it;
     * empty when the article does not name the country the city lies in.
     */
    Optional<EntityMention> countryOfCity(EntityMention city) {
        Optional<String> qid = city.kbQid() == null ? Optional.empty() : places.countryOf(city.kbQid());
        if (qid.isEmpty()) {
            return Optional.empty();
        }
        // by name only: a nationality word may be a present-day country's where the city stood for another then
        // ("Moscow" and "Russian" in a 1983 story about the Soviet Union)
        return view.sentences().stream().flatMap(s -> view.entities(s.index()).stream())
                .filter(m -> qid.get().equals(m.kbQid()) && m.type() == EntityType.COUNTRY && !ArticleView.isDemonym(m))
                .findFirst();
    }

    /**
     * The person office words at tokens [from, to) of {@code s} name when no name of the article does: the holder
     * of {@code title} for {@code country}, or, for "his Ruritanian counterpart" ({@code title} null), of the office
     * the text gives {@code counterpartOf} (none when it gives that person no title or two).
     */
    Optional<EntityMention> unnamedHolder(Sentence s, int from, int to, String title, EntityMention country,
                                          EntityMention counterpartOf) {
        String office = title != null ? title : counterpartOf == null ? null : titleOf(counterpartOf).orElse(null);
        return unnamed.add(s, from, to, office, country, counterpartOf);
    }

    /**
     * "the country's foreign minister": "the country's" at token {@code from} of {@code s}, then {@code title}.
     * The person the article gives that title for the country meant, else the office words.
     */
    Optional<EntityMention> titleOfCountry(Sentence s, int from, TitleLexicon.Title title) {
        int offset = s.tokens().get(from).begin();
        Optional<EntityMention> country = country(s.index(), offset);
        if (country.isEmpty()) {
            return Optional.empty();
        }
        Optional<EntityMention> named = holderOfTitle(title.normalized(), country.get(), s.index(), offset);
        return named.isPresent() ? named : unnamedHolder(s, from, title.end(), title.normalized(), country.get(), null);
    }

    /** The one title the article gives this person ("Foreign Minister"), if it gives exactly one. */
    private Optional<String> titleOf(EntityMention person) {
        String key = ArticleView.key(person);
        List<String> titles = roles.stream().filter(r -> ArticleView.key(r.person()).equals(key))
                .map(RoleMention::title).distinct().toList();
        return titles.size() == 1 ? Optional.of(titles.get(0)) : Optional.empty();
    }

    /**
     * The person a third-person pronoun at {@code offset} refers to. {@code speaker}, when not null, is the
     * speaker of the statement the pronoun stands in ("Xi said he ..."), the usual antecedent in news.
     */
    Optional<EntityMention> pronoun(int sentence, int offset, EntityMention speaker) {
        List<EntityMention> before = persons(sentence, offset);
        if (speaker != null && speaker.type() == EntityType.PERSON
                && before.stream().allMatch(m -> ArticleView.key(m).equals(ArticleView.key(speaker)))) {
            return Optional.of(speaker);
        }
        int opening = openingPronoun(sentence, offset);
        if (opening >= 0 && before.stream().allMatch(m -> m.begin() > opening)) {
            // "He travels to X for talks with Roe, and ends the trip in Y, where he will meet Poe": the same pronoun as
            // the subject that opened the sentence, not the object named in between
            return pronoun(sentence, opening, speaker);
        }
        if (!before.isEmpty()) {
            // "Doe told Roe about the talks he held": two people before it, the pronoun takes the sentence's subject
            return single(before).or(() -> subjectOf(sentence, before));
        }
        // "He thanked ...", "On Sunday he is due to ...": no verb before it, the pronoun is its sentence's subject
        boolean opens = view.sentence(sentence).tokens().stream().noneMatch(t -> t.begin() < offset && Chunks.isVerb(t));
        for (int s = sentence - 1; s >= 0 && s >= sentence - LOOK_BACK; s--) {
            List<EntityMention> found = persons(s, Integer.MAX_VALUE);
            if (!found.isEmpty()) {
                return opens && single(found).isEmpty() ? subjectOf(s, found) : single(found);
            }
        }
        return Optional.empty();
    }

    /**
     * The offset of the pronoun that is the subject of sentence {@code sentence} (before its first verb), when it is
     * the same word as the pronoun at {@code offset} and stands before it; else -1.
     */
    private int openingPronoun(int sentence, int offset) {
        List<Token> tokens = view.sentence(sentence).tokens();
        String word = null;
        for (Token t : tokens) {
            if (t.begin() == offset) {
                word = t.text();
            }
        }
        for (Token t : tokens) {
            if (t.begin() >= offset || Chunks.isVerb(t)) {
                return -1;
            }
            if (word != null && t.text().equalsIgnoreCase(word) && t.pos().equals("PRON")) {
                return t.begin();
            }
        }
        return -1;
    }

    /**
     * The person "him" or "her" stands for as an object at {@code offset} ("Doe telephoned Roe and urged him"): a
     * clause's object is not its subject, so the person named last before it other than the first named in its
     * sentence; with one person named before it there, the other person named in the sentences before.
     */
    Optional<EntityMention> objectPronoun(int sentence, int offset) {
        List<EntityMention> before = persons(sentence, offset);
        List<String> keys = before.stream().map(ArticleView::key).distinct().toList();
        if (keys.size() >= 2) {
            EntityMention last = before.get(before.size() - 1);
            int opens = subordinateOpening(sentence, last, offset);
            if (opens >= 0) {
                // "Doe flew in after Roe telephoned him": not Roe, the subject of the pronoun's own clause, but the last
                // other person the sentence names before that clause
                for (int i = before.size() - 2; i >= 0; i--) {
                    if (before.get(i).end() <= opens && !ArticleView.key(before.get(i)).equals(ArticleView.key(last))) {
                        return Optional.of(before.get(i));
                    }
                }
            }
            for (int i = before.size() - 1; i >= 0; i--) {
                if (!ArticleView.key(before.get(i)).equals(keys.get(0))) {
                    return Optional.of(before.get(i));
                }
            }
        }
        for (int s = sentence - 1; s >= 0 && s >= sentence - LOOK_BACK; s--) {
            List<EntityMention> found = persons(s, Integer.MAX_VALUE).stream().filter(m -> !keys.contains(ArticleView.key(m))).toList();
            if (!found.isEmpty()) {
                return single(found);
            }
        }
        return Optional.empty();
    }

    /**
     * Where the subordinate clause that {@code subject} opens begins ("after", "when", "because" ... right before the
     * subject and its title words), when the pronoun at {@code offset} is that clause's object: the subject, then one
     * verb group, then the pronoun, with no comma between; else -1.
     */
    private int subordinateOpening(int sentence, EntityMention subject, int offset) {
        Sentence s = view.sentence(sentence);
        List<Token> tokens = s.tokens();
        int first = ArticleView.tokenAt(s, subject.begin());
        for (int k = first; k < tokens.size() && tokens.get(k).begin() < offset; k++) {
            if (Words.isComma(tokens.get(k)) || tokens.get(k).text().equals("and") && k > first) {
                return -1;
            }
        }
        int b = first - 1;
        // over the title words before the name: "after Brazilian President Doe telephoned him"
        while (b >= 0 && first - b <= 4 && tokens.get(b).penn().matches("NNP?S?|JJ")) {
            b--;
        }
        return b >= 0 && Words.isAny(tokens.get(b), SUBORDINATORS) ? tokens.get(b).begin() : -1;
    }

    /**
     * "Doe briefed Roe on ... He thanked ...": a pronoun opening its sentence continues the subject of the sentence
     * before: the person named right before its first verb.
     */
    private Optional<EntityMention> subjectOf(int sentence, List<EntityMention> persons) {
        List<Token> tokens = view.sentence(sentence).tokens();
        Token verb = tokens.stream().filter(Chunks::isVerb).findFirst().orElse(null);
        EntityMention first = persons.get(0);
        // the name right before the sentence's first verb, not "Doe's call with Roe was discussed"
        boolean subject = verb != null && first.end() <= verb.begin()
                && (view.text().substring(first.end(), verb.begin()).isBlank() || setOffBeforeVerb(tokens, first));
        return subject ? Optional.of(first) : Optional.empty();
    }

    /**
     * "Doe, who held talks in X on Sunday with Roe, inspected ...": the first verb is in a relative clause (or an
     * apposition) set off between commas right after the name, and the verb after the closing comma is the name's own.
     */
    private static boolean setOffBeforeVerb(List<Token> tokens, EntityMention name) {
        int open = 0;
        while (open < tokens.size() && tokens.get(open).begin() < name.end()) {
            open++;
        }
        if (open >= tokens.size() || !Words.isComma(tokens.get(open))) {
            return false;
        }
        for (int k = open + 1; k + 1 < tokens.size() && k <= open + 2 * Insertions.INSERTION; k++) {
            Token t = tokens.get(k);
            if (Words.isComma(t)) {
                int v = k + 1;
                while (v < tokens.size() && tokens.get(v).pos().equals("ADV")) {
                    v++;
                }
                return v < tokens.size() && Chunks.isVerb(tokens.get(v)) && tokens.get(v).penn().matches("VB[DZP]|MD");
            }
            boolean abbreviation = t.text().equals(".") && tokens.get(k - 1).text().contains(".");
            if (Words.isPunct(t) && !t.text().equals("-") && !abbreviation) {
                return false;
            }
        }
        return false;
    }

    /**
     * The country or organization "it" refers to at {@code offset}: the speaker of the statement it stands in
     * ("Ruritania said it had ..."), else the one such actor named before it in its sentence, else in the
     * sentence before; empty when two could be meant.
     */
    Optional<EntityMention> actorPronoun(int sentence, int offset, EntityMention speaker) {
        if (speaker != null && isCollective(speaker)) {
            return Optional.of(speaker);
        }
        for (int s = sentence; s >= 0 && s >= sentence - 1; s--) {
            int before = s == sentence ? offset : Integer.MAX_VALUE;
            // the agency of a dateline ("TAIPEI, March 3 (Reuters) - The government said it ...") is no antecedent
            List<Token> tokens = view.sentence(s).tokens();
            int after = tokens.get(StatementFinder.contentStart(tokens)).begin();
            List<EntityMention> found = view.entities(s).stream()
                    .filter(m -> isCollective(m) && m.end() <= before && m.begin() >= after).toList();
            if (!found.isEmpty()) {
                return single(found);
            }
        }
        return Optional.empty();
    }

    private static boolean isCollective(EntityMention m) {
        return ArticleView.isActor(m) && m.type() != EntityType.PERSON;
    }

    /** The person holding a position of this country (a demonym or name mention), nearest to the offset. */
    Optional<EntityMention> holderOf(EntityMention country, int offset) {
        String key = ArticleView.key(country);
        RoleMention best = null;
        for (RoleMention r : roles) {
            if (r.of() != null && ArticleView.key(r.of()).equals(key)
                    && (best == null || Math.abs(r.evidence().begin() - offset) < Math.abs(best.evidence().begin() - offset))) {
                best = r;
            }
        }
        // Two different holders of that country's positions: no clear answer.
        long holders = roles.stream().filter(r -> r.of() != null && ArticleView.key(r.of()).equals(key))
                .map(r -> ArticleView.key(r.person())).distinct().count();
        return best == null || holders > 1 ? Optional.empty() : Optional.of(best.person());
    }

    /**
     * The one country whose positions the article says {@code person} holds ("Ruritanian President Jane Doe"), as
     * the article names it when it does ("Ruritania"), else as its demonym.
     */
    Optional<EntityMention> countryOf(EntityMention person) {
        String key = ArticleView.key(person);
        List<EntityMention> countries = roles.stream()
                .filter(r -> r.of() != null && ArticleView.key(r.person()).equals(key)).map(RoleMention::of).toList();
        if (countries.stream().map(ArticleView::key).distinct().count() != 1) {
            return Optional.empty();
        }
        String country = ArticleView.key(countries.get(0));
        return view.sentences().stream().flatMap(s -> view.entities(s.index()).stream())
                .filter(m -> !ArticleView.isDemonym(m) && ArticleView.key(m).equals(country)).findFirst()
                .or(() -> Optional.of(countries.get(0)));
    }

    /**
     * The country "the country's" at {@code offset} refers to: the one country named (or meant by a demonym) before
     * it in its sentence, else in the nearest of the two sentences before that names any. Two: no answer.
     */
    Optional<EntityMention> country(int sentence, int offset) {
        for (int s = sentence; s >= 0 && s >= sentence - LOOK_BACK; s--) {
            List<EntityMention> found = view.entities(s).stream()
                    .filter(m -> m.type() == EntityType.COUNTRY && m.end() <= offset).toList();
            if (!found.isEmpty()) {
                return single(found);
            }
        }
        return Optional.empty();
    }

    /**
     * The person a definite title refers to ("the king", "the German Chancellor", "the Thai premier" after "Thai Prime
     * Minister X"): the one person the article gave that title or another of the same top office before the offset
     * (of that country, when {@code country} is not null).
     */
    Optional<EntityMention> holderOfTitle(String title, EntityMention country, int sentence, int offset) {
        List<RoleMention> holders = roles.stream()
                .filter(r -> sameOffice(r.title(), title) && r.person().begin() < offset && r.person().sentence() <= sentence)
                .filter(r -> country == null || r.of() != null && ArticleView.key(r.of()).equals(ArticleView.key(country)))
                .toList();
        long distinct = holders.stream().map(r -> ArticleView.key(r.person())).distinct().count();
        return distinct == 1 ? Optional.of(holders.get(holders.size() - 1).person()) : Optional.empty();
    }

    /**
     * The person holding for {@code country} the office a plural noun names in "the presidents of Ruritania and
     * Borduria" ({@code title} "President"; "Leader" for a head of state or government): the one person the article
     * gives that office of that country, before or after; else the one person the article names whom the knowledge
     * base records in that office on the story's day. Empty when neither tells one, or for an office not at the top
     * ("the ministers of"): the country then stays the actor.
     */
    Optional<EntityMention> officeHolder(String title, EntityMention country) {
        Set<PositionKind> offices = topOffices(title);
        if (offices.isEmpty()) {
            return Optional.empty();
        }
        String key = ArticleView.key(country);
        List<EntityMention> named = roles.stream()
                .filter(r -> r.of() != null && ArticleView.key(r.of()).equals(key) && !HolderReference.isHolderMention(r.person()))
                .filter(r -> kinds.match(r.title()).filter(offices::contains).isPresent() || r.title().equalsIgnoreCase(title))
                .map(RoleMention::person).toList();
        if (!named.isEmpty()) {
            return single(named);
        }
        var published = view.extraction().text().article().published();
        if (country.kbQid() == null || published == null) {
            return Optional.empty();
        }
        Set<String> holders = new java.util.HashSet<>();
        offices.forEach(k -> holders.addAll(places.holders(k, country.kbQid(), published.date())));
        List<EntityMention> people = view.sentences().stream().flatMap(s -> view.entities(s.index()).stream())
                .filter(m -> m.type() == EntityType.PERSON && m.kbQid() != null && holders.contains(m.kbQid())).toList();
        return people.isEmpty() ? Optional.empty() : single(people);
    }

    /** The top offices a title names ("President": heads of state; "Leader": heads of state or government), or none. */
    Set<PositionKind> topOffices(String title) {
        return title.equalsIgnoreCase("leader") ? LEADERS
                : kinds.match(title).filter(TOP_OFFICES::contains).map(EnumSet::of).orElse(EnumSet.noneOf(PositionKind.class));
    }

    /**
     * The same title, or two titles of one top office by data/kb/position-kinds.tsv ("Premier" and "Prime Minister":
     * heads of government). Not ministers nor heads of organizations: "the minister", "the chairman" name many offices.
     */
    private boolean sameOffice(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        Optional<PositionKind> k = kinds.match(a);
        return k.isPresent() && TOP_OFFICES.contains(k.get()) && k.equals(kinds.match(b));
    }

    /**
     * The body a definite common noun refers to ("the council" after "the U.N. Security Council", "the commission"):
     * the nearest organization named before the offset whose name ends in that noun (a body is named once in the lead
     * and called "the council" to the end of the story).
     */
    Optional<EntityMention> bodyNamed(String noun, int sentence, int offset) {
        for (int s = sentence; s >= 0; s--) {
            List<EntityMention> ms = view.entities(s);
            for (int i = ms.size() - 1; i >= 0; i--) {
                EntityMention m = ms.get(i);
                if (m.type() == EntityType.ORGANIZATION && m.end() <= offset && !ArticleView.isDemonym(m)
                        && (lastWord(m.name()).equalsIgnoreCase(noun) || lastWord(m.text()).equalsIgnoreCase(noun))) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The international body "the bloc" refers to: the organization the knowledge base knows named last before the
     * offset, within a few sentences.
     */
    Optional<EntityMention> lastBody(int sentence, int offset) {
        for (int s = sentence; s >= 0 && s >= sentence - GROUP_LOOK_BACK; s--) {
            List<EntityMention> ms = view.entities(s);
            for (int i = ms.size() - 1; i >= 0; i--) {
                EntityMention m = ms.get(i);
                if (m.type() == EntityType.ORGANIZATION && m.kbQid() != null && m.end() <= offset && !ArticleView.isDemonym(m)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /**
     * The person "the visiting minister" refers to: the one person named within a few sentences before the offset
     * with a title ending in {@code noun} ("Foreign Minister") of a country other than the one the story is
     * datelined in. Empty when the dateline's country is unknown or two such people are named.
     */
    Optional<EntityMention> visitor(String noun, int sentence, int offset) {
        if (home == null) {
            return Optional.empty();
        }
        String last = noun.toLowerCase(java.util.Locale.ROOT);
        List<RoleMention> visitors = roles.stream()
                .filter(r -> r.person().begin() < offset && r.person().sentence() >= sentence - GROUP_LOOK_BACK)
                .filter(r -> r.title().toLowerCase(java.util.Locale.ROOT).endsWith(last))
                .filter(r -> r.of() != null && r.of().kbQid() != null && !r.of().kbQid().equals(home))
                .toList();
        long distinct = visitors.stream().map(r -> ArticleView.key(r.person())).distinct().count();
        return distinct == 1 ? Optional.of(visitors.get(visitors.size() - 1).person()) : Optional.empty();
    }

    /**
     * The two parties a group phrase refers to: the last two distinct people named before it
     * ("group-people"), or the last two distinct countries ("group-parties"), within a few sentences.
     */
    List<EntityMention> group(String kind, int sentence, int offset) {
        return group(kind, sentence, offset, null, false);
    }

    /**
     * Like {@link #group(String, int, int)}; with {@code noun} ("president" of "the two presidents"), the last two
     * distinct people the article gave a title ending in that noun come first, when there are two. An object
     * ({@code earlierOnly}: "X and Y urged both sides") refers past the names of its own sentence.
     */
    List<EntityMention> group(String kind, int sentence, int at, String noun, boolean earlierOnly) {
        return group(kind, sentence, at, noun, earlierOnly, null);
    }

    /**
     * Like {@link #group(String, int, int, String, boolean)}, said by {@code speaker} (null when no statement holds
     * it): "The two presidents have agreed to meet," the mediator said: the mediator speaks of two others.
     */
    List<EntityMention> group(String kind, int sentence, int at, String noun, boolean earlierOnly, EntityMention speaker) {
        if (CorefLexicon.peopleCount(kind).isPresent()) {
            return List.of(); // "the five leaders": the five of the last event with five (EventParties.lastPair), no names counted back
        }
        int offset = earlierOnly ? view.sentence(sentence).begin() : at;
        String self = speaker == null || speaker.type() != EntityType.PERSON ? null : ArticleView.key(speaker);
        if (noun != null && kind.equals("group-people")) {
            Map<String, EntityMention> titled = new LinkedHashMap<>();
            List<RoleMention> before = roles.stream().filter(r -> r.person().begin() < offset
                    && r.person().sentence() >= sentence - GROUP_LOOK_BACK && !ArticleView.key(r.person()).equals(self)
                    && r.title().toLowerCase(java.util.Locale.ROOT).endsWith(noun)).toList();
            for (int i = before.size() - 1; i >= 0 && titled.size() < 3; i--) {
                titled.putIfAbsent(ArticleView.key(before.get(i).person()), before.get(i).person());
            }
            if (titled.size() == 2) {
                return List.copyOf(titled.values());
            }
        }
        if ("leader".equals(noun) && kind.equals("group-people")) {
            List<EntityMention> leaders = leaders(sentence, offset, self);
            if (!leaders.isEmpty()) {
                return leaders;
            }
        }
        boolean people = kind.equals("group-people");
        Map<String, EntityMention> found = collect(people, sentence, offset, false, self);
        if (found.size() < 2 && self != null) {
            // "Doe said the two men met on Monday" with only Doe and Roe named: the speaker is one of the two
            found = collect(people, sentence, offset, false, null);
        }
        if (!people && found.size() < 2) {
            // A nationality word names its country's side too ("Pakistani airspace" ... "both neighbours"),
            // but only when the names themselves do not give two sides.
            found = collect(false, sentence, offset, true, self);
        }
        // A third candidate in the sentence of the second: "the two" is not clear.
        return found.size() == 2 ? List.copyOf(found.values()) : List.of();
    }

    /**
     * "The two leaders" after talks of a president with a prime minister and a meeting of their foreign ministers
     * told later: the last two distinct people the article gave a head of state's, head of government's or monarch's
     * title (data/kb/position-kinds.tsv) before {@code offset}, when a minister named since then is what the last two
     * people would otherwise be; empty when no such two are clear (a third leader in the sentence of the second).
     */
    private List<EntityMention> leaders(int sentence, int offset, String self) {
        Map<String, EntityMention> found = new LinkedHashMap<>();
        boolean ministerSince = false;
        for (int s = sentence; s >= 0 && s >= sentence - GROUP_LOOK_BACK && found.size() < 2; s--) {
            List<EntityMention> ms = new ArrayList<>(view.entities(s));
            java.util.Collections.reverse(ms);
            boolean secondHere = false;
            for (EntityMention m : ms) {
                String key = ArticleView.key(m);
                if (m.type() != EntityType.PERSON || !ArticleView.isActor(m) || m.begin() >= offset || key.equals(self)) {
                    continue;
                }
                Optional<Boolean> leader = leads(key);
                if (leader.isPresent() && !leader.get() && found.isEmpty()) {
                    ministerSince = true;
                } else if (leader.orElse(false) && !found.containsKey(key)) {
                    if (found.size() == 2) {
                        return List.of(); // a third leader in the sentence of the second: not clear
                    }
                    found.put(key, m);
                    secondHere = found.size() == 2;
                }
            }
            if (secondHere) {
                break;
            }
        }
        return found.size() == 2 && ministerSince ? List.copyOf(found.values()) : List.of();
    }

    /** Whether the person of {@code key} holds a leader's office by a title the article gives; empty when it gives none of known kind. */
    private Optional<Boolean> leads(String key) {
        List<PositionKind> held = roles.stream().filter(r -> ArticleView.key(r.person()).equals(key))
                .map(r -> kinds.match(r.title())).flatMap(Optional::stream).toList();
        return held.isEmpty() ? Optional.empty() : Optional.of(held.stream().anyMatch(LEADERS::contains));
    }

    /** The distinct people (or countries) named before {@code offset}, nearest first, sentence by sentence until two. */
    private Map<String, EntityMention> collect(boolean people, int sentence, int offset, boolean demonyms, String self) {
        Map<String, EntityMention> found = new LinkedHashMap<>();
        for (int s = sentence; s >= 0 && s >= sentence - GROUP_LOOK_BACK && found.size() < 2; s--) {
            List<EntityMention> ms = new ArrayList<>(view.entities(s));
            java.util.Collections.reverse(ms);
            for (EntityMention m : ms) {
                boolean fits = people ? ArticleView.isActor(m) && m.type() == EntityType.PERSON
                        : m.type() == EntityType.COUNTRY && (ArticleView.isActor(m) || demonyms && ArticleView.isDemonym(m));
                if (fits && m.begin() < offset && !ArticleView.key(m).equals(self)) {
                    found.putIfAbsent(ArticleView.key(m), m);
                }
            }
        }
        return found;
    }

    private List<EntityMention> persons(int sentence, int before) {
        return view.entities(sentence).stream()
                .filter(m -> m.type() == EntityType.PERSON && m.end() <= before).toList();
    }

    private static Optional<EntityMention> single(List<EntityMention> mentions) {
        long distinct = mentions.stream().map(ArticleView::key).distinct().count();
        return distinct == 1 ? Optional.of(mentions.get(mentions.size() - 1)) : Optional.empty();
    }
}
