package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Event;
import org.newskg.extract.Evidence;
import org.newskg.extract.Participant;
import org.newskg.extract.TimeMention;
import org.newskg.extract.TimexType;
import org.newskg.kb.EntityType;

class EventMergerTest {

    static final EntityMention ANNA = person(0, "Anna Berg", "Q1");
    static final EntityMention OLE = person(20, "Ole Lund", "Q2");

    static EntityMention person(int at, String name, String qid) {
        return new EntityMention(at, at + name.length(), name, 0, EntityType.PERSON, name, qid, "kb:label", 0.9);
    }

    static TimeMention day(int at, String value) {
        return new TimeMention(at, at + 5, "xxxxx", 0, TimexType.DATE, value, "test");
    }

    static EventMerger.Told told(String type, String label, int sentence, int at, List<EntityMention> who, TimeMention date,
                                 String status, boolean definite, boolean back, String name) {
        Event e = new Event(type, label, List.of(new Evidence(sentence, at, at + label.length())),
                who.stream().map(m -> new Participant(m, "participant", "subject")).toList(), date, null, null, null,
                status, "trigger:" + label, 0.8);
        return new EventMerger.Told(e, definite, back, name, false);
    }

    @Test
    void aDefiniteSecondTellingJoinsTheFirstAndKeepsTheMorePreciseDate() {
        List<Event> events = EventMerger.merge(List.of(
                told("Meeting", "talks", 0, 100, List.of(ANNA, OLE), day(90, "2023"), null, false, false, ""),
                told("Meeting", "talks", 3, 400, List.of(), day(390, "2023-10-18"), null, true, false, "")));
        assertEquals(1, events.size());
        assertEquals("2023-10-18", events.get(0).date().value());
        assertEquals(2, events.get(0).evidence().size());
        assertEquals(100, events.get(0).first().begin(), "the first telling names the event");
    }

    @Test
    void contradictingDatesOrDifferentNamesKeepEventsApart() {
        assertEquals(2, EventMerger.merge(List.of(
                told("Meeting", "talks", 0, 100, List.of(ANNA, OLE), day(90, "2023-10-18"), null, false, false, ""),
                told("Meeting", "talks", 3, 400, List.of(ANNA, OLE), day(390, "2024-02-08"), null, false, false, "")))
                .size());
        assertEquals(2, EventMerger.merge(List.of(
                told("Exchange", "Years of Culture", 0, 100, List.of(ANNA), null, null, false, false, "Years of Culture"),
                told("Exchange", "Years of Sports", 1, 200, List.of(ANNA), null, null, false, false, "Years of Sports")))
                .size());
    }

    @Test
    void twoNamesOfOneHolidayOnTheSameDayAreOneHolidayButNotOnDifferentDays() {
        List<Event> one = EventMerger.merge(List.of(
                told("Holiday", "Lunar New Year", 0, 100, List.of(), day(100, "2025-01-29"), null, false, false, "Lunar New Year"),
                told("Holiday", "Spring Festival", 2, 300, List.of(), day(300, "2025-01-29"), null, false, false, "Spring Festival")));
        assertEquals(1, one.size());
        assertEquals(2, one.get(0).evidence().size());
        assertEquals(2, EventMerger.merge(List.of(
                told("Holiday", "Diwali", 0, 100, List.of(), day(100, "2024-11-01"), null, false, false, "Diwali"),
                told("Holiday", "Thanksgiving", 2, 300, List.of(), day(300, "2024-11-28"), null, false, false, "Thanksgiving")))
                .size());
        assertEquals(2, EventMerger.merge(List.of(
                told("Holiday", "summer holiday", 0, 100, List.of(), day(100, "2024-08"), null, false, false, "summer holiday"),
                told("Holiday", "August festival", 2, 300, List.of(), day(300, "2024-08"), null, false, false, "August festival")))
                .size(), "a month is not a day: two holidays in one month stay apart");
    }

    @Test
    void aPlannedEventIsNotTheOneThatHappened() {
        assertEquals(2, EventMerger.merge(List.of(
                told("Summit", "summit", 0, 100, List.of(ANNA), null, null, false, false, ""),
                told("Summit", "summit", 4, 600, List.of(ANNA), null, "planned", true, false, ""))).size());
    }

    @Test
    void aReferenceBackWithNothingToReferToIsDropped() {
        assertTrue(EventMerger.merge(List.of(told("Agreement", "deal", 0, 10, List.of(), null, null, true, true, "")))
                .isEmpty());
        List<Event> joined = EventMerger.merge(List.of(
                told("Agreement", "agreement", 0, 10, List.of(ANNA), day(0, "2024-03-02"), null, false, false, ""),
                told("Agreement", "agreement", 2, 300, List.of(), day(290, "2024-04"), "concluded", true, true, "")));
        assertEquals(1, joined.size());
        assertEquals(2, joined.get(0).evidence().size());
        assertEquals("2024-03-02", joined.get(0).date().value(), "a reference back adds evidence, not dates");
        assertEquals(null, joined.get(0).status());
    }
}
