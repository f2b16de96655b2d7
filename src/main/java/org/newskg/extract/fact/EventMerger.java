package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.extract.Event;
import org.newskg.extract.Evidence;
import org.newskg.extract.Participant;
import org.newskg.extract.TimeMention;
import org.newskg.kb.EntityType;

/**
 * Joins the tellings of one event: the same type, and either a definite reference ("In the phone call",
 * "The agreement was signed ...") or shared participants, with dates and statuses that do not contradict
 * each other and no two different names ("Years of Sports Exchange" is not "Years of Culture"). A telling
 * that can only refer back ("the call", "the deal") and finds nothing to join is dropped.
 *
 * <pre>{@code
 * List<Event> events = EventMerger.merge(told);
 * }</pre>
 * Stateless and thread-safe.
 */
final class EventMerger {

    /**
     * One telling of an event. {@code definite}: "the"/"this" before a bare trigger; {@code antecedentOnly}:
     * the trigger only refers back; {@code name}: the label when it says more than the trigger, else "";
     * {@code verb}: told by a verb ("signed"), whose label is a poorer name than a noun's ("agreement");
     * {@code further}: told as one more of its kind ("also met"), which adds to what was told rather than retelling it.
     */
    record Told(Event event, boolean definite, boolean antecedentOnly, String name, boolean verb, boolean further) {
        /** A telling with nothing saying it adds to what was told ("also"). */
        Told(Event event, boolean definite, boolean antecedentOnly, String name, boolean verb) {
            this(event, definite, antecedentOnly, name, verb, false);
        }
    }

    private static final String HOLIDAY = "Holiday";
    /** Length of a TIMEX3 day value, "2024-02-10". */
    private static final int DAY_LENGTH = 10;

    private EventMerger() {
    }

    static List<Event> merge(List<Told> told) {
        List<Told> merged = new ArrayList<>();
        for (Told t : told) {
            int target = -1;
            for (int i = merged.size() - 1; i >= 0; i--) {
                if (joins(merged.get(i), t)) {
                    target = i;
                    break;
                }
            }
            if (target >= 0) {
                merged.set(target, join(merged.get(target), t));
            } else if (!t.antecedentOnly()) {
                merged.add(t);
            }
        }
        return merged.stream().map(Told::event).toList();
    }

    private static boolean joins(Told a, Told b) {
        Event x = a.event();
        Event y = b.event();
        if (sameHolidayDay(x, y)) {
            return true;
        }
        if (!x.type().equals(y.type()) || proper(a.name()) && proper(b.name()) && !a.name().equals(b.name())) {
            return false;
        }
        if (b.antecedentOnly()) {
            return sameKind(x, y) || a.verb(); // it brings no date or status of its own to contradict
        }
        // "are expected to sign a series of agreements": the noun of the verb's clause has no status of its own
        boolean nounOfVerb = x.first().sentence() == y.first().sentence()
                && (!b.verb() && y.status() == null || !a.verb() && x.status() == null);
        // "opened a two-day summit on Monday ... told the summit": a bare definite noun dated by its verb may be a later
        // day of the same gathering
        boolean sameGathering = refersBack(a, b) && y.status() == null && daysApart(x.date(), y.date()) <= 6;
        if (!datesAgree(x.date(), y.date()) && !sameGathering && !borrowedByNoun(a, b) || x.status() != null && y.status() != null && !x.status().equals(y.status())
                || "planned".equals(x.status()) != "planned".equals(y.status()) && !nounOfVerb) {
            return false;
        }
        if (!b.definite() && x.cameo() != null && y.cameo() != null && !x.cameo().equals(y.cameo())
                && !x.cameo().startsWith("04") && x.first().sentence() != y.first().sentence()) {
            return false; // "Troops clashed near X. Warplanes bombed targets around X.": two acts, told in two sentences
        }
        if (a.verb() && b.verb() && x.cameo() != null && y.cameo() != null && !x.cameo().equals(y.cameo())
                && !x.cameo().startsWith("04") && !java.util.Objects.equals(x.rule(), y.rule())
                && !sources(x).isEmpty() && !sources(y).isEmpty()) {
            // "Doe condemned the sanctions and accused Ruritania of ...": two verbs with their actor, two acts (but
            // "marched through the town to protest": the purpose of the march, no actor of its own)
            return false;
        }
        if (a.verb() && b.verb() && reaction(x) && x.first().sentence() != y.first().sentence() && x.rule() != null
                && y.rule() != null && !x.rule().equals(y.rule())) {
            // "Doe rejected the proposal. Roe accused Doe of ... Doe dismissed the accusation": another verb in another
            // sentence, another act
            return false;
        }
        if (!b.definite() && reaction(x) && (differentSources(x, y) || crossed(x, y) || crossed(y, x))) {
            return false; // "Doe called the test provocative. Ruritania opposes the test.": two reactions
        }
        if (a.verb() && b.verb() && reaction(x) && x.first().sentence() != y.first().sentence()
                && !sources(x).isEmpty() && !sources(y).isEmpty() && !sources(x).equals(sources(y))) {
            // "The two presidents called for a ceasefire. Hu ... called on X and Y to stop": told by a verb again, the
            // same act names the same actors
            return false;
        }
        if ((a.verb() && b.verb() || !b.definite()) && "042".equals(x.cameo()) && "042".equals(y.cameo())
                && differentSources(x, y)) {
            // "invited Roe to visit Moscow ... Doe is scheduled to visit Tromso": two visitors, two trips; so too "Doe is
            // to travel to X at Roe's invitation ... Roe accepted an invitation to visit Y", a noun not told as the same
            return false;
        }
        if (b.further() && !people(y).isEmpty() && !people(x).containsAll(people(y))) {
            return false; // "Doe held talks with Roe ... Doe also met Poe": "also" with someone new, another meeting
        }
        if (a.verb() && b.verb() && !b.definite() && x.first().sentence() != y.first().sentence()
                && people(x).size() >= 2 && !sources(y).isEmpty() && !people(x).containsAll(sources(y))) {
            // "Doe and Roe met for two hours. Poe, who met Doe and Roe separately on Monday, ...": one who was not
            // among those who met acts in another meeting
            return false;
        }
        if (!b.definite() && x.type().equals("Summit") && x.first().sentence() == y.first().sentence()
                && differentBodies(x, y)) {
            return false; // "will attend the first summit of the Union and a summit of the League": two summits
        }
        if (differentPairs(x, y)) {
            return false; // "A held talks with B. B was received by C.": two meetings
        }
        if (differentCities(x, y)) {
            return false; // "Doe is to visit X ... Doe will then travel to Y": two trips
        }
        boolean sameSentence = x.first().sentence() == y.first().sentence();
        // "hosted Ramaphosa on Tuesday for talks" and "met at Hyderabad House" (that day): one meeting
        boolean sameDay = x.date() != null && y.date() != null && x.date().value().length() >= 10
                && x.date().value().equals(y.date().value()) && (x.participants().isEmpty() || y.participants().isEmpty());
        return (b.definite() || b.antecedentOnly()) && (sameKind(x, y) || a.verb()) || sameSentence || sameDay
                || shareParticipant(x, y);
    }

    /**
     * A name of its own: a label with a capitalized word ("Ibero-American summit", "Years of Culture"), not one only
     * describing ("two-day summit"), which another telling's name may go with.
     */
    private static boolean proper(String name) {
        return name.codePoints().anyMatch(Character::isUpperCase);
    }

    /** "the summit", "the two-day summit" after "a three-day summit": a definite noun of the same kind, no verb, no name of its own. */
    private static boolean refersBack(Told a, Told b) {
        return b.definite() && !b.verb() && !proper(b.name()) && sameKind(a.event(), b.event());
    }

    /**
     * A holiday has several names ("New Year", "Spring Festival") but one day: two holidays the time tagger
     * puts on the same day are one, whatever they are called.
     */
    private static boolean sameHolidayDay(Event x, Event y) {
        return x.type().equals(HOLIDAY) && y.type().equals(HOLIDAY) && x.date() != null && y.date() != null
                && x.date().value().length() == DAY_LENGTH && x.date().value().equals(y.date().value());
    }

    /** "The summit" refers to a summit, not to the conference told just before; calls share their CAMEO code. */
    private static boolean sameKind(Event x, Event y) {
        String[] words = y.label().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        // "a summit of the Organization of the Islamic Conference", labelled by the body's name: its trigger says the kind
        return x.label().toLowerCase(java.util.Locale.ROOT).contains(last)
                || x.rule() != null && x.rule().toLowerCase(java.util.Locale.ROOT).equals(EventFinder.TRIGGER_RULE + last)
                || x.cameo() != null && x.cameo().equals(y.cameo());
    }

    /** An act aimed at someone (not a consultation or an agreement, CAMEO 04x and 057), whose actor tells it apart. */
    private static boolean reaction(Event e) {
        return e.cameo() != null && !e.cameo().startsWith("04") && !e.cameo().equals("057");
    }

    /** Both tellings name who acts (their sources), and none acts in both. */
    private static boolean differentSources(Event x, Event y) {
        Set<String> a = sources(x);
        Set<String> b = sources(y);
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    /** The source of one is the target of the other: "Doe rejected calls to quit. Parties rejected Doe's offer." */
    private static boolean crossed(Event x, Event y) {
        Set<String> targets = y.participants().stream().filter(p -> p.role().equals("target"))
                .map(p -> ArticleView.key(p.mention())).collect(Collectors.toSet());
        return sources(x).stream().anyMatch(targets::contains);
    }

    private static Set<String> sources(Event e) {
        return e.participants().stream().filter(p -> p.role().equals("source"))
                .map(p -> ArticleView.key(p.mention())).collect(Collectors.toSet());
    }

    /** Both tellings name a body, and none of either's bodies is among the other's. */
    private static boolean differentBodies(Event x, Event y) {
        Set<String> a = bodies(x);
        Set<String> b = bodies(y);
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    private static Set<String> bodies(Event e) {
        return e.participants().stream().filter(p -> p.mention().type() == EntityType.ORGANIZATION)
                .map(p -> ArticleView.key(p.mention())).collect(Collectors.toSet());
    }

    /** Both tellings took place in a city, not the same one. */
    private static boolean differentCities(Event x, Event y) {
        return x.place() != null && y.place() != null && x.place().type() == EntityType.CITY
                && y.place().type() == EntityType.CITY && !ArticleView.key(x.place()).equals(ArticleView.key(y.place()));
    }

    /**
     * Both tellings name two people or more, and neither's are among the other's. A telling naming only its hosts
     * names no pair: "The talks, hosted by C and D" after "A and B met" are their talks; "A was received by C" is not.
     */
    private static boolean differentPairs(Event x, Event y) {
        Set<String> a = people(x);
        Set<String> b = people(y);
        return a.size() >= 2 && b.size() >= 2 && !a.containsAll(b) && !b.containsAll(a);
    }

    private static Set<String> people(Event e) {
        if (e.participants().stream().allMatch(p -> p.role().equals("host"))) {
            return Set.of();
        }
        return e.participants().stream().filter(p -> p.mention().type() == EntityType.PERSON)
                .map(p -> ArticleView.key(p.mention())).collect(Collectors.toSet());
    }

    private static boolean shareParticipant(Event x, Event y) {
        Set<String> keys = x.participants().stream().map(p -> ArticleView.key(p.mention())).collect(Collectors.toSet());
        return y.participants().stream().anyMatch(p -> keys.contains(ArticleView.key(p.mention())));
    }

    /** Days between two dates given to the day, else a large number. */
    static long daysApart(TimeMention a, TimeMention b) {
        if (a == null || b == null || !a.value().matches("\\d{4}-\\d{2}-\\d{2}.*") || !b.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return Long.MAX_VALUE;
        }
        java.time.LocalDate x = java.time.LocalDate.parse(a.value().substring(0, DAY_LENGTH));
        java.time.LocalDate y = java.time.LocalDate.parse(b.value().substring(0, DAY_LENGTH));
        return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(x, y));
    }

    /** Equal, one unknown, or one the more precise form of the other (2023 and 2023-10-18). */
    private static boolean datesAgree(TimeMention a, TimeMention b) {
        if (a == null || b == null) {
            return true;
        }
        return a.value().startsWith(b.value()) || b.value().startsWith(a.value());
    }

    private static Told join(Told a, Told b) {
        Event x = a.event();
        Event y = b.event();
        List<Evidence> evidence = new ArrayList<>(x.evidence());
        evidence.addAll(y.evidence());
        evidence.sort(Comparator.comparingInt(Evidence::begin));
        // A telling that only refers back ("the deal could be concluded in the coming months", "to brief lawmakers on
        // the deal") adds evidence, not dates, parties or places: the deal's parties are those who made it.
        boolean back = b.antecedentOnly();
        boolean addsParties = !back || x.participants().isEmpty();
        Map<String, Participant> people = new LinkedHashMap<>();
        x.participants().forEach(p -> people.putIfAbsent(ArticleView.key(p.mention()), p));
        if (addsParties) {
            y.participants().forEach(p -> people.putIfAbsent(ArticleView.key(p.mention()), p));
        }
        if (x.cameo() != null && x.cameo().startsWith("14")) {
            // "Thousands of Ruritanians marched ... to protest the Borduran attack": the purpose told by a second trigger
            // names the country protested against only now, so the crowd's nationality is read again
            EventFinder.foreignProtest(people);
        }
        // "signed a treaty on Wednesday ... had threatened to delay the signing" (dated Tuesday by the sentence before):
        // a later day of the same gathering dates a later telling, not the gathering
        boolean borrowed = borrowedByNoun(a, b);
        boolean laterDay = !datesAgree(x.date(), y.date()) && !borrowed;
        TimeMention date = back || laterDay ? x.date() : borrowed ? (a.verb() ? x.date() : y.date()) : precise(x.date(), y.date());
        String status = back ? x.status() : first(x.status(), y.status());
        boolean takeLabel = a.name().isEmpty() && !b.name().isEmpty() || a.verb() && !b.verb() && !back;
        Event e = new Event(x.type(), takeLabel ? y.label() : x.label(), evidence, List.copyOf(people.values()),
                date, addsParties ? first(x.place(), y.place()) : x.place(), first(x.host(), y.host()), first(x.cameo(), y.cameo()),
                status, x.rule(),
                Math.min(1.0, Math.max(x.confidence(), y.confidence()) + 0.05));
        return new Told(e, a.definite(), a.antecedentOnly() && b.antecedentOnly(),
                a.name().isEmpty() ? b.name() : a.name(), a.verb() && b.verb(), a.further());
    }

    /**
     * "Officials also signed a memorandum": the noun of the verb's clause, dated by no word of its own sentence but by a
     * day the sentence before names, while its verb is dated: the verb's day, the two one act.
     */
    private static boolean borrowedByNoun(Told a, Told b) {
        Event x = a.event();
        Event y = b.event();
        if (a.verb() == b.verb() || x.first().sentence() != y.first().sentence()) {
            return false;
        }
        Event noun = a.verb() ? y : x;
        Event verb = a.verb() ? x : y;
        return verb.date() != null && noun.date() != null && noun.status() == null
                && noun.date().sentence() < noun.first().sentence() && verb.date().sentence() != noun.date().sentence();
    }

    private static TimeMention precise(TimeMention a, TimeMention b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return b.value().length() > a.value().length() ? b : a;
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
