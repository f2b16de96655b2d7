package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.by;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.names;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.RoleMention;
import org.newskg.extract.Statement;

/** The "done when" on the seed article (Xinhua, Xi–Putin phone call), through the real pipeline. */
class FactExtractorTest {

    static Extraction seed;

    @BeforeAll
    static void extractTheSeed() {
        seed = FactFixtures.extractOne(FactFixtures.ARTICLES.resolve("xinhua-2024-02-08-xi-putin-call.txt"));
    }

    private static Event only(String type) {
        List<Event> found = events(seed, type);
        assertEquals(1, found.size(), type + " events:\n" + describe(seed));
        return found.get(0);
    }

    private static Optional<Event> labelled(String type, String labelPart) {
        return events(seed, type).stream().filter(e -> e.label().contains(labelPart)).findFirst();
    }

    @Test
    void thePhoneCallIsOneEventOnTheEighthBetweenXiAndPutin() {
        Event call = only("PhoneCall");
        assertEquals("2024-02-08", date(call));
        assertEquals(List.of("Vladimir Putin", "Xi Jinping"), names(call));
        assertEquals("041", call.cameo());
        assertTrue(call.evidence().size() >= 2, "'phone conversation' and 'the phone call' are one event: " + call.evidence());
    }

    @Test
    void theTalksWereOnOctoberEighteenthInTheGreatHall() {
        Event talks = labelled("Meeting", "talks").orElseThrow(() -> new AssertionError(describe(seed)));
        assertEquals("2023-10-18", date(talks));
        assertNotNull(talks.place());
        assertEquals("Great Hall of the People", talks.place().name());
        assertEquals(List.of("Vladimir Putin", "Xi Jinping"), names(talks));
    }

    @Test
    void kazakhstanHostsTheScoSummitThisYear() {
        Event summit = only("Summit");
        assertEquals("2024", date(summit));
        assertNotNull(summit.host());
        assertEquals("Kazakhstan", summit.host().name());
        assertEquals(List.of("Kazakhstan"), names(summit, "host"));
        assertTrue(names(summit).contains("Shanghai Cooperation Organisation"), names(summit).toString());
    }

    @Test
    void russiaHoldsTheBricsPresidencyIn2024() {
        Event presidency = only("Presidency");
        assertEquals("2024", date(presidency));
        assertEquals(List.of("Russia"), names(presidency, "holder"));
        assertTrue(names(presidency).contains("BRICS"));
    }

    @Test
    void the75thAnniversaryOfDiplomaticRelationsIsIn2024() {
        Event anniversary = only("Anniversary");
        assertEquals("2024", date(anniversary));
        assertTrue(anniversary.label().contains("75th anniversary"), anniversary.label());
        assertEquals(List.of("People's Republic of China", "Russia"), names(anniversary));
    }

    @Test
    void theYearsOfCultureAndTheConcludedYearsOfSportsExchangeAreTwoExchanges() {
        assertEquals(2, events(seed, "Exchange").size(), describe(seed));
        Event culture = labelled("Exchange", "Years of Culture").orElseThrow();
        Event sports = labelled("Exchange", "Years of Sports Exchange").orElseThrow();
        assertEquals("concluded", sports.status());
        assertNull(culture.status());
        assertEquals(List.of("People's Republic of China", "Russia"), names(culture));
        assertEquals(List.of("People's Republic of China", "Russia"), names(sports));
    }

    @Test
    void bothMenArePresidentsOfTheirCountries() {
        RoleMention xi = role("Xi Jinping");
        RoleMention putin = role("Vladimir Putin");
        assertEquals("President", xi.title());
        assertEquals("Q148", xi.of().kbQid());
        assertEquals("President", putin.title());
        assertEquals("Q159", putin.of().kbQid());
        assertEquals(2, seed.roles().size(), seed.roles().toString());
    }

    private static RoleMention role(String person) {
        return seed.roles().stream().filter(r -> r.person().name().equals(person)).findFirst()
                .orElseThrow(() -> new AssertionError("no role for " + person + ": " + seed.roles()));
    }

    @Test
    void xiMakesAtLeastEightStatementsAndPutinAtLeastTwo() {
        List<Statement> xi = by(seed, "Xi Jinping");
        List<Statement> putin = by(seed, "Vladimir Putin");
        assertTrue(xi.size() >= 8, FactFixtures.speakers(seed));
        assertTrue(putin.size() >= 2, FactFixtures.speakers(seed));
        assertEquals(seed.statements().size(), xi.size() + putin.size(), "nobody else speaks: " + FactFixtures.speakers(seed));
    }

    @Test
    void eachStatementHasTheRightSpeaker() {
        assertEquals("Vladimir Putin", speakerOf("the dragon symbolizes wisdom"));
        assertEquals("Vladimir Putin", speakerOf("the Chinese people happiness"), "'He wished' refers to Putin");
        assertEquals("Xi Jinping", speakerOf("China stands ready to work with Russia"));
        assertEquals("Xi Jinping", speakerOf("the two sides should strengthen strategic coordination"));
        assertEquals("Xi Jinping", speakerOf("both sides to support Kazakhstan"));
        assertEquals("Xi Jinping", speakerOf("China also actively supports Russia"));
        assertEquals("Xi Jinping", speakerOf("the Chinese Spring Festival is approaching"));
    }

    private static String speakerOf(String contentStart) {
        return seed.statements().stream().filter(s -> s.text().startsWith(contentStart)).findFirst()
                .map(s -> s.speaker().name()).orElseThrow(() -> new AssertionError("no statement '" + contentStart
                        + "' in\n" + FactFixtures.speakers(seed)));
    }

    @Test
    void aStatementKeepsItsReportingVerbItsMentionsAndTheDateTheSentenceGives() {
        Statement first = seed.statements().stream().filter(s -> s.text().startsWith("China and Russia withstood")).findFirst()
                .orElseThrow();
        assertEquals("say", first.verb());
        assertEquals("indirect", first.kind());
        assertEquals("2024-02-08", first.date().value(), "'said ... on Thursday'");
        assertTrue(first.about().stream().anyMatch(m -> "Q159".equals(m.kbQid())), first.about().toString());
        assertFalse(first.text().contains("said"), first.text());
        Statement stress = seed.statements().stream().filter(s -> s.verb().equals("stress")).findFirst().orElseThrow();
        assertTrue(stress.text().startsWith("the two sides should"), "content starts after 'that': " + stress.text());
        assertEquals("2024-02-08", stress.date().value(), "undated: the article's day, as 'on Thursday' names it");
        Statement anniversary = seed.statements().stream().filter(s -> s.text().startsWith("this year marks")).findFirst()
                .orElseThrow();
        assertEquals("2024-02-08", anniversary.date().value(), "'this year' inside the content dates the anniversary, not the remark");
    }

    @Test
    void aTrailingSaidAfterALeadingOneIsNotCountedTwice() {
        // "Noting that ..., Xi said that under ..., Xi said." holds two statements, not three
        long inParagraph = seed.statements().stream()
                .filter(s -> s.cue().sentence() == seed.statements().stream()
                        .filter(t -> t.text().startsWith("under the two leaders")).findFirst().orElseThrow().cue().sentence())
                .count();
        assertEquals(2, inParagraph, FactFixtures.speakers(seed));
    }
}
