package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Event;
import org.newskg.extract.Evidence;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;
import org.newskg.extract.RoleMention;
import org.newskg.extract.Statement;
import org.newskg.kb.EntityType;

/** What must hold for every article: facts point at real mentions, and every offset lies inside the text. */
class FactInvariantsTest {

    static List<Extraction> all = new ArrayList<>();

    @BeforeAll
    static void extractEveryArticle() throws IOException {
        for (Path dir : List.of(FactFixtures.ARTICLES, FactFixtures.OWN)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().matches(".*\\.(txt|html|jsonl)$")).sorted()
                        .forEach(f -> all.addAll(FactFixtures.extract(f)));
            }
        }
        assertTrue(all.size() >= 8, "articles: " + all.size());
    }

    @Test
    void everyArticleHasFacts() {
        for (Extraction x : all) {
            assertFalse(x.events().isEmpty(), FactFixtures.article(x).origin());
            assertFalse(x.statements().isEmpty() && x.roles().isEmpty(), FactFixtures.article(x).origin());
        }
    }

    @Test
    void participantsAreEntityMentionsOfActorsNeverTimesOrBareDemonyms() {
        for (Extraction x : all) {
            for (Event e : x.events()) {
                for (Participant p : e.participants()) {
                    EntityMention m = p.mention();
                    assertTrue(x.entities().contains(m), "not a mention of the article: " + m);
                    // A demonym stands for its country only before the words for its forces or government ("Ruritanian
                    // troops"), as the target of a coded interaction ("sanctions on Ruritanian oil"), or as the
                    // country a group phrase refers back to ("Ruritanian jets ... both neighbours"), or as the state
                    // whose mission acts ("the Ruritanian embassy in Strelsau protested").
                    assertFalse(m.rule().equals("kb:demonym") && !p.via().equals("coref:government") && !p.via().equals("coref:group")
                                    && !p.via().equals(ParticipantFinder.MISSION)
                                    && !(p.via().equals("coref:demonym") && p.role().equals("target")),
                            "a demonym as participant: " + m + " in " + e.label());
                    assertTrue(x.times().stream().noneMatch(t -> t.begin() == m.begin() && t.end() == m.end()),
                            "a time as participant: " + m);
                    assertTrue(m.type() != EntityType.EVENT, "an event name as participant: " + m);
                    // a host may be a place; so may the target of a coded interaction ("criticized Strelsau": its
                    // government; "sent troops into the breakaway region of X": its authorities), and a city subject
                    // of one when the article does not name its country ("said Kuala Lumpur had urged")
                    assertTrue(p.role().equals("host") || p.role().equals("target") && m.type().isA(EntityType.PLACE)
                            || p.via().equals("subject:city") && m.type() == EntityType.CITY
                            || m.type() == EntityType.PERSON
                            || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.COUNTRY, m.toString());
                }
                assertTrue(!e.participants().isEmpty() || e.date() != null, "an event with no participant and no date: " + e);
                assertEquals(e.participants().stream().map(p -> ArticleView.key(p.mention())).distinct().count(),
                        e.participants().size(), "duplicate participants in " + e);
                if (e.date() != null) {
                    assertTrue(x.times().contains(e.date()), e.date().toString());
                }
                if (e.place() != null) {
                    assertTrue(x.entities().contains(e.place()) && e.place().type().isA(EntityType.PLACE), e.place().toString());
                }
            }
        }
    }

    @Test
    void everyOffsetLiesInsideTheTextAndItsSentence() {
        for (Extraction x : all) {
            String text = x.text().text();
            List<Evidence> evidence = new ArrayList<>();
            x.events().forEach(e -> evidence.addAll(e.evidence()));
            x.roles().forEach(r -> evidence.add(r.evidence()));
            x.statements().forEach(s -> evidence.add(s.cue()));
            for (Evidence ev : evidence) {
                assertTrue(ev.end() <= text.length(), ev.toString());
                var sentence = x.text().sentences().get(ev.sentence());
                assertTrue(sentence.begin() <= ev.begin() && ev.end() <= sentence.end(), ev + " outside " + sentence.text());
            }
            for (Statement s : x.statements()) {
                assertEquals(text.substring(s.begin(), s.end()), s.text());
                assertTrue(x.entities().contains(s.speaker()), s.speaker().toString());
                assertTrue(s.about().stream().allMatch(m -> m.begin() >= s.begin() && m.end() <= s.end()), s.toString());
                assertFalse(s.text().isBlank());
            }
            for (RoleMention r : x.roles()) {
                assertEquals(EntityType.PERSON, r.person().type());
                assertTrue(x.entities().contains(r.person()));
            }
        }
    }

    @Test
    void speakersArePeopleOrganizationsCountriesOrSeatsOfGovernment() {
        for (Extraction x : all) {
            for (Statement s : x.statements()) {
                EntityType t = s.speaker().type();
                // "Ottawa said", "The White House said": the city or building stands for the body seated there
                // (SpeakerFinder.isSeatSubject)
                assertTrue(t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.COUNTRY || t == EntityType.CITY
                        || t == EntityType.FACILITY,
                        s.speaker() + " speaks: " + s.text());
            }
        }
    }
}
