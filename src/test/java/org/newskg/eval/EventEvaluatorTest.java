package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Evidence;

/** The matching and scoring of {@code kg eval events} on a story and found events written by hand. */
class EventEvaluatorTest {

    static final Path STORY = Path.of("oslo.txt");
    static final String TEXT = "Ana Lima met Boris Petrov in Oslo on Monday, the first meeting since 1999. "
            + "Lima will visit Rome next month. The summit opened in Oslo on Monday. "
            + "Norway condemned the attack on the embassy.";

    static GoldEvent gold(String telling, String type, String cameo, List<GoldEvent.Actor> actors, List<String> places,
                          List<String> dates, boolean planned) {
        return new GoldEvent("gold.tsv:1", STORY, List.of(telling), List.of(type.split("/")), cameo, actors, places, dates, planned);
    }

    static GoldEvent.Actor actor(String name, GoldEvent.Role role) {
        return new GoldEvent.Actor(List.of(name.split("/")), role);
    }

    static FoundEvent found(String type, String cameo, String trigger, List<FoundEvent.Actor> actors, String place,
                            String date, String status) {
        int begin = TEXT.indexOf(trigger);
        Evidence e = new Evidence(run(List.of()).sentenceAt(begin), begin, begin + trigger.length());
        return new FoundEvent(type, cameo, List.of(e), actors, place == null ? List.of() : List.of(place), date, status, trigger);
    }

    static FoundEvent.Actor person(String name, String role) {
        return new FoundEvent.Actor(List.of(name), role);
    }

    static StoryRun run(List<FoundEvent> found) {
        List<Integer> begins = List.of(0, TEXT.indexOf("Lima will"), TEXT.indexOf("The summit"), TEXT.indexOf("Norway"));
        return new StoryRun(STORY, TEXT, begins, found);
    }

    static final GoldEvent.Role NONE = GoldEvent.Role.UNMARKED;

    static final List<GoldEvent> GOLD = List.of(
            gold("Ana Lima met Boris Petrov", "Meeting", "044", List.of(actor("Ana Lima", NONE), actor("Boris Petrov", NONE)),
                    List.of("Oslo"), List.of("2001-05-07"), false),
            gold("Lima will visit Rome", "Visit", "042", List.of(actor("Ana Lima", GoldEvent.Role.SOURCE)),
                    List.of("Rome"), List.of("2001-06"), true),
            gold("The summit opened in Oslo", "Summit", "04", List.of(), List.of("Oslo"), List.of("2001-05-07"), false),
            gold("Norway condemned the attack", "Event", "111",
                    List.of(actor("Norway", GoldEvent.Role.SOURCE)), List.of(), List.of("2001-05-07"), false));

    static final List<FoundEvent> FOUND = List.of(
            // the meeting, with one participant lost; its second telling made a second event (a duplicate)
            found("Meeting", "040", "met", List.of(person("Ana Lima", "participant")), "Oslo", "2001-05-07", null),
            found("Meeting", "040", "meeting", List.of(), null, "2001-05-07", null),
            // the visit, all fields right: the visitor is the acting side
            found("Visit", "042", "visit", List.of(person("Ana Lima", "agent")), "Rome", "2001-06", "planned"),
            // a summit has no CAMEO code in newskg: matched by its type; the time of day is not compared
            found("Summit", null, "summit", List.of(), "Oslo", "2001-05-07TMO", "concluded"),
            // no CAMEO interaction: not scored at all
            found("Anniversary", null, "summit", List.of(), null, null, null),
            // the condemnation read as fighting: a wrong root is no match
            found("Event", "190", "attack", List.of(person("Norway", "agent")), null, "2001-05-07", null));

    @Test
    void aCameoClassTheGoldDoesNotNameIsItsGenericEvent() {
        FoundEvent condemned = found("Disapproval", "111", "condemned", List.of(person("Norway", "source")), null, "2001-05-07", null);
        EventMatcher.Matching m = EventMatcher.match(run(List.of(condemned)), GOLD, Set.of("Meeting", "Visit", "Summit", "Event"));
        assertEquals(1, m.pairs().size());
        assertEquals("Event", m.pairs().get(0).found().type());
        assertTrue(EventFields.allRight(GOLD.get(3), m.pairs().get(0).found()));
        // a gold set that names the class keeps it
        FoundEvent kept = EventMatcher.inGoldClasses(condemned, Set.of("Disapproval", "Event"));
        assertEquals("Disapproval", kept.type());
    }

    @Test
    void pairsByRootAndSentenceOneToOne() {
        EventMatcher.Matching m = EventMatcher.match(run(FOUND), GOLD, Set.of("Meeting", "Visit", "Summit", "Event"));
        assertEquals(3, m.pairs().size());
        assertEquals(List.of(FOUND.get(0), FOUND.get(2), FOUND.get(3)), m.pairs().stream().map(EventMatcher.Pair::found).toList());
        assertEquals(List.of(GOLD.get(3)), m.missed());
        assertEquals(List.of(FOUND.get(1), FOUND.get(5)), m.spurious());
    }

    @Test
    void scoresPerTypeAndPerField() {
        EventEvaluator.Result r = EventEvaluator.evaluate(GOLD, story -> run(FOUND));
        Map<String, Prf> types = r.types().rows();
        // By hand: Meeting tp=1 (met) fp=1 (the duplicate); Visit and Summit tp=1; the condemnation missed;
        // the "fight" found is spurious; the anniversary is not counted anywhere.
        assertEquals(new Prf(1, 1, 0), types.get("Meeting"));
        assertEquals(new Prf(1, 0, 0), types.get("Visit"));
        assertEquals(new Prf(1, 0, 0), types.get("Summit"));
        assertEquals(new Prf(0, 0, 1), types.get("Event/11"));
        assertEquals(new Prf(0, 1, 0), types.get("Event/19"));
        assertFalse(types.containsKey("Anniversary"));
        assertEquals(new Prf(3, 2, 1), r.types().overall());

        // 4 gold, 5 scored found, 3 pairs. Participants right on the visit and the summit (none named) only.
        Map<String, Prf> fields = r.fields().rows();
        assertEquals(List.of("event", "type", "participants", "roles", "place", "date", "status", "all fields right"),
                List.copyOf(fields.keySet()));
        assertEquals(new Prf(3, 2, 1), fields.get("event"));
        assertEquals(new Prf(3, 2, 1), fields.get("type"));
        assertEquals(new Prf(2, 3, 2), fields.get("participants"));
        assertEquals(new Prf(3, 2, 1), fields.get("date"));
        assertEquals(new Prf(3, 2, 1), fields.get("status"));
        assertEquals(new Prf(2, 3, 2), fields.get("all fields right"));
        assertEquals(new Prf(2, 3, 2), r.fields().overall());

        StringWriter sw = new StringWriter();
        r.fields().print(new PrintWriter(sw));
        List<String> lines = sw.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("field "), lines.get(0));
        assertTrue(lines.get(lines.size() - 2).matches("all fields right\\s+40\\.00\\s+50\\.00\\s+44\\.44\\s+4\\s+5"), sw.toString());
        assertTrue(lines.get(lines.size() - 1).matches("overall\\s+40\\.00\\s+50\\.00\\s+44\\.44\\s+4\\s+5"), sw.toString());
    }

    @Test
    void theErrorListingNamesMissesSpuriousEventsAndWrongFields() {
        EventEvaluator.Result r = EventEvaluator.evaluate(GOLD, story -> run(FOUND));
        List<String> lines = EventErrors.describe(r.stories());
        assertTrue(lines.contains("missed   oslo.txt  Event 111 \"Norway condemned the attack\"  participants=src:Norway "
                + "place=- date=2001-05-07 status=happened"), String.join("\n", lines));
        assertTrue(lines.contains("spurious oslo.txt  Event 190 \"attack\" (sentence 3)  participants=Norway(agent) "
                + "place=- date=2001-05-07 status=happened"), String.join("\n", lines));
        assertTrue(lines.contains("wrong    oslo.txt  Meeting 044 \"Ana Lima met Boris Petrov\"  participants: "
                + "gold Ana Lima|Boris Petrov found Ana Lima(participant)"), String.join("\n", lines));
        assertEquals(4, lines.size(), String.join("\n", lines));
    }

    @Test
    void triggerOverlapDecidesBetweenTwoEventsOfOneRootInOneSentence() {
        GoldEvent visit = gold("visit Rome", "Visit", "042", List.of(), List.of(), List.of(), true);
        GoldEvent meeting = gold("Lima will", "Meeting", "040", List.of(), List.of(), List.of(), true);
        // Found in text order: the meeting on "Lima", the visit on "visit". Gold order alone would pair them crosswise.
        FoundEvent m = found("Meeting", "040", "Lima will", List.of(), null, null, "planned");
        FoundEvent v = found("Visit", "042", "visit Rome", List.of(), null, null, "planned");
        EventMatcher.Matching result = EventMatcher.match(run(List.of(m, v)), List.of(visit, meeting), Set.of());
        assertEquals(List.of(new EventMatcher.Pair(visit, v), new EventMatcher.Pair(meeting, m)), result.pairs());
    }

    @Test
    void namesMatchAfterNormalizationAndRolesNeedTheirSide() {
        GoldEvent sanction = gold("Norway condemned", "Event", "163",
                List.of(actor("the U.S./United States", GoldEvent.Role.SOURCE), actor("Bogotá", GoldEvent.Role.TARGET)),
                List.of("St. Petersburg"), List.of("2016-W44"), false);
        FoundEvent right = found("Event", "163", "condemned",
                List.of(person("US", "agent"), person("BOGOTA", "patient")), "St Petersburg", "2016-W44", null);
        assertTrue(EventFields.allRight(sanction, right));
        FoundEvent swapped = found("Event", "163", "condemned",
                List.of(person("US", "patient"), person("Bogota", "agent")), "St Petersburg", "2016-W44", null);
        assertTrue(EventFields.right("participants", sanction, swapped));
        assertFalse(EventFields.right("roles", sanction, swapped));
        FoundEvent extra = found("Event", "163", "condemned",
                List.of(person("US", "agent"), person("Bogota", "patient"), person("Lima", "participant")), "Lima", "2016-W45", null);
        assertFalse(EventFields.right("participants", sanction, extra));
        assertFalse(EventFields.right("place", sanction, extra));
        assertFalse(EventFields.right("date", sanction, extra));
    }
}
