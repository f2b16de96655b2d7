package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleDate;
import org.newskg.kb.EntityType;
import org.newskg.kb.KnowledgeBase;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.NlpAnnotator;
import org.newskg.pipeline.SharedResources;

class EntityRecognizerTest {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");
    private static NlpAnnotator annotator;
    private static EntityRecognizer recognizer;
    private static List<EntityMention> seed;

    @BeforeAll
    static void load() throws IOException {
        // The rules alone (no model), over the shared knowledge base.
        annotator = SharedResources.shipped().newAnnotator();
        recognizer = EntityRecognizer.load(DATA, SharedResources.shipped().knowledgeBase());
        String file = Files.readString(Path.of(System.getProperty("newskg.home", "."))
                .resolve("data/articles/xinhua-2024-02-08-xi-putin-call.txt"), StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        seed = find(file.substring(file.indexOf("Chinese President Xi Jinping holds talks")));
        System.out.printf("seed article: %d mentions in %.1f ms (annotation included)%n", seed.size(), (System.nanoTime() - t0) / 1e6);
        seed.forEach(m -> System.out.println("seed: " + m));
    }

    static NlpAnnotator annotatorForDebug() {
        return annotator;
    }

    static List<EntityMention> find(String body) {
        Article a = new Article("t" + Integer.toHexString(body.hashCode()), null, null, null, null,
                ArticleDate.of(LocalDate.of(2024, 2, 8)), null, "en", body, "test");
        AnnotatedText at = annotator.annotate(a);
        return recognizer.find(at);
    }

    private static List<EntityMention> withText(List<EntityMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).toList();
    }

    private static Optional<EntityMention> first(List<EntityMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    @Test
    void seedPeopleAreLinkedToTheirKbEntriesIncludingShortForms() {
        assertEquals("Q15031", first(seed, "Xi Jinping").orElseThrow().kbQid());
        assertEquals("Q7747", first(seed, "Vladimir Putin").orElseThrow().kbQid());
        List<EntityMention> xi = withText(seed, "Xi");
        assertTrue(xi.size() > 5, "bare Xi mentions: " + xi);
        xi.forEach(m -> {
            assertEquals("Q15031", m.kbQid());
            assertEquals("Xi Jinping", m.name());
            assertEquals(EntityType.PERSON, m.type());
        });
        withText(seed, "Putin").forEach(m -> assertEquals("Q7747", m.kbQid()));
    }

    @Test
    void seedPlacesAndOrganizationsIncludingTheAllCapsDateline() {
        assertEquals("Q148", first(seed, "China").orElseThrow().kbQid());
        assertEquals("Q159", first(seed, "Russia").orElseThrow().kbQid());
        assertEquals("Q232", first(seed, "Kazakhstan").orElseThrow().kbQid());
        assertEquals("Q956", first(seed, "Beijing").orElseThrow().kbQid());
        EntityMention dateline = first(seed, "BEIJING").orElseThrow();
        assertEquals("Q956", dateline.kbQid());
        assertEquals(EntityType.CITY, dateline.type());
        assertEquals("Q485207", first(seed, "Shanghai Cooperation Organization").orElseThrow().kbQid());
        assertEquals("Q243630", first(seed, "BRICS").orElseThrow().kbQid());
    }

    @Test
    void aThreeLetterInitialismIsItsOwnNameNotTheTwoLetterOneItStartsWith() {
        // the tokenizer model split "U.S.S.R." into "U.S.", "S.", "R" and ".", and "U.S." linked to another country
        List<EntityMention> ms = find("TASHKENT, U.S.S.R. (AP) - Jews in the U.S.S.R. asked John Doe for help.");
        List<EntityMention> whole = withText(ms, "U.S.S.R.");
        assertEquals(2, whole.size(), ms.toString());
        whole.forEach(m -> assertEquals("Q15180", m.kbQid(), m.toString()));
        assertTrue(withText(ms, "U.S.").isEmpty(), ms.toString());
    }

    @Test
    void hyphenatedCountryPairsYieldBothCountries() {
        long chinaRussia = seed.stream().filter(m -> m.text().equals("Russia") && "Q159".equals(m.kbQid())).count();
        assertTrue(chinaRussia >= 8, "Russia mentions incl. 'China-Russia': " + chinaRussia);
    }

    @Test
    void greatHallOfThePeopleIsOneUnlinkedFacility() {
        EntityMention hall = first(seed, "Great Hall of the People").orElseThrow();
        assertEquals(EntityType.FACILITY, hall.type());
        assertEquals(null, hall.kbQid());
        assertEquals("pattern:facility", hall.rule());
    }

    @Test
    void demonymsReferToTheirCountries() {
        List<EntityMention> chinese = seed.stream().filter(m -> m.text().equals("Chinese")).toList();
        assertFalse(chinese.isEmpty());
        chinese.forEach(m -> {
            assertEquals("Q148", m.kbQid());
            assertEquals("kb:demonym", m.rule());
            assertEquals(EntityType.COUNTRY, m.type());
        });
        assertEquals("Q159", first(seed, "Russian").orElseThrow().kbQid());
    }

    @Test
    void captionLabelsHeadlineWordsAndHolidaysMakeNoJunk() {
        seed.stream().filter(m -> m.text().equalsIgnoreCase("xinhua"))
                .forEach(m -> assertEquals(EntityType.ORGANIZATION, m.type(), m.toString()));
        assertTrue(seed.stream().noneMatch(m -> m.text().contains("ALSO") || m.text().contains("READ")
                || m.text().contains("PHOTO")), "no caption/label junk");
        seed.stream().filter(m -> m.text().contains("Spring Festival") || m.text().contains("New Year"))
                .forEach(m -> assertEquals(EntityType.EVENT, m.type(), m.toString()));
        assertTrue(seed.stream().noneMatch(m -> m.text().equals("Chinese") && seed.stream()
                .anyMatch(o -> o != m && o.overlaps(m.begin(), m.end()))));
    }

    @Test
    void mentionsAreSortedAndNeverOverlap() {
        for (int i = 1; i < seed.size(); i++) {
            assertTrue(seed.get(i - 1).end() <= seed.get(i).begin(), seed.get(i - 1) + " / " + seed.get(i));
        }
    }

    @Test
    void germanChancellorVisitingBrazilFindsTitledPeopleNotInTheKb() {
        List<EntityMention> ms = find("""
                BRASILIA (Reuters) - German Chancellor Olaf Scholz met Brazilian President Luiz Inacio Lula da Silva \
                on Monday, joined by Economy Minister Robert Habeck.
                Habeck told reporters in Brasilia that the Ministry of Foreign Affairs would host talks with \
                state oil company Petrobras next week.
                "We are partners," Mr. Habeck said.
                """);
        ms.forEach(m -> System.out.println("brazil: " + m));
        EntityMention habeck = first(ms, "Robert Habeck").orElseThrow();
        assertEquals(EntityType.PERSON, habeck.type());
        assertEquals("pattern:title-person", habeck.rule());
        List<EntityMention> shortForms = withText(ms, "Habeck");
        assertEquals(2, shortForms.size(), shortForms.toString());
        shortForms.forEach(m -> assertEquals("Robert Habeck", m.name()));
        assertEquals("Q183", first(ms, "German").orElseThrow().kbQid());
        assertEquals("Q155", first(ms, "Brazilian").orElseThrow().kbQid());
        assertEquals("Q61053", first(ms, "Olaf Scholz").orElseThrow().kbQid());
        assertEquals("Q2844", first(ms, "BRASILIA").orElseThrow().kbQid());
        assertEquals(EntityType.ORGANIZATION, first(ms, "Ministry of Foreign Affairs").orElseThrow().type());
        EntityMention petrobras = first(ms, "Petrobras").orElseThrow();
        assertEquals(EntityType.ORGANIZATION, petrobras.type());
        assertEquals("pattern:org-context", petrobras.rule());
    }

    @Test
    void chineseForeignMinistryBriefingFindsSpokespersonAndDoubleBarrelledNames() {
        List<EntityMention> ms = find("""
                Foreign Ministry spokesperson Wang Wenbin told a news briefing in Beijing that Prime Minister \
                Jane Doe-Smith of New Zealand would visit next month.
                Wang said the visit would deepen ties.
                """);
        ms.forEach(m -> System.out.println("briefing: " + m));
        assertEquals(EntityType.PERSON, first(ms, "Wang Wenbin").orElseThrow().type());
        assertEquals("Wang Wenbin", first(ms, "Wang").orElseThrow().name());
        assertEquals(EntityType.PERSON, first(ms, "Jane Doe-Smith").orElseThrow().type());
        assertEquals("Q664", first(ms, "New Zealand").orElseThrow().kbQid());
        assertEquals("Q956", first(ms, "Beijing").orElseThrow().kbQid());
    }

    @Test
    void aTitleMakesAPersonEvenWhenTheKbKnowsTheWordAsACountry() {
        List<EntityMention> ms = find("Mr. Chad said the harvest in Chad was poor.");
        ms.forEach(m -> System.out.println("chad: " + m));
        assertEquals(2, ms.size(), ms.toString());
        assertEquals(EntityType.PERSON, ms.get(0).type());
        assertEquals(null, ms.get(0).kbQid());
        assertEquals(EntityType.COUNTRY, ms.get(1).type());
        assertEquals("Q657", ms.get(1).kbQid());
    }

    @Test
    void allCapsHeadlinesYieldOnlyKnownNames() {
        List<EntityMention> ms = find("""
                XI, PUTIN HOLD PHONE TALKS AHEAD OF SPRING FESTIVAL
                PROTESTERS GATHER IN STREETS OF CAPITAL AS MINISTER RESIGNS
                """);
        ms.forEach(m -> System.out.println("caps: " + m));
        assertEquals("Q15031", first(ms, "XI").orElseThrow().kbQid());
        assertEquals("Q7747", first(ms, "PUTIN").orElseThrow().kbQid());
        assertEquals(EntityType.EVENT, first(ms, "SPRING FESTIVAL").orElseThrow().type());
        assertEquals(3, ms.size(), ms.toString());
    }

    @Test
    void washingtonStoryFindsTitledOfficialsFacilitiesAndSeparateCompanies() {
        List<EntityMention> ms = find("""
                WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken said on Tuesday that the United States \
                would respond. The White House declined to comment. Blinken later met President Volodymyr Zelenskiy.
                Apple Inc. and Samsung Electronics shares rose at the New York Stock Exchange.
                """);
        ms.forEach(m -> System.out.println("washington: " + m));
        assertEquals("Q61", first(ms, "WASHINGTON").orElseThrow().kbQid());
        assertEquals("Antony Blinken", first(ms, "Antony Blinken").orElseThrow().name());
        assertEquals("Antony Blinken", first(ms, "Blinken").orElseThrow().name());
        assertEquals(EntityType.FACILITY, first(ms, "White House").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, first(ms, "Apple Inc.").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, first(ms, "New York Stock Exchange").orElseThrow().type());
        assertEquals(EntityType.PERSON, first(ms, "Volodymyr Zelenskiy").orElseThrow().type());
    }

    @Test
    void titleCaseHeadlineWithoutCuesYieldsOnlyKnownNames() {
        List<EntityMention> ms = find("Kenyan President Visits Toyota Plant In Nagoya As Sales Rise");
        ms.forEach(m -> System.out.println("headline: " + m));
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.PERSON), ms.toString());
        assertEquals("Q114", first(ms, "Kenyan").orElseThrow().kbQid());
    }

    @Test
    void anAcronymTheStoryUsesWithoutDefiningItIsTheOrganizationItSpells() {
        List<EntityMention> ms = find("""
                Nelson Mandela, the deputy president of the African National Congress, met the press on Monday.
                He defended the ANC's ties to several governments. The Strelsau Mill Foundation backed him, and \
                the SMF said it would march on Friday.
                """);
        ms.forEach(m -> System.out.println("implicit: " + m));
        EntityMention anc = first(ms, "ANC").orElseThrow();
        assertEquals("African National Congress", anc.name());
        assertEquals("Strelsau Mill Foundation", first(ms, "SMF").orElseThrow().name());
    }

    @Test
    void anUndefinedAcronymTwoOrganizationsSpellIsLeftAlone() {
        List<EntityMention> ms = find("""
                The Strelsau Mill Foundation said on Monday it would join the Southern Mine Foundation. \
                The SMF said nothing.
                """);
        ms.forEach(m -> System.out.println("ambiguous: " + m));
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("SMF")
                && (m.name().equals("Strelsau Mill Foundation") || m.name().equals("Southern Mine Foundation"))), ms.toString());
    }

    @Test
    void anAcronymDefinedInTheArticleBeatsAKbAliasOfAnotherEntity() {
        List<EntityMention> ms = find("""
                India's Election Commission (EC) announced the dates on Saturday.
                The EC said voting would take place in seven phases.
                """);
        ms.forEach(m -> System.out.println("ec: " + m));
        List<EntityMention> ec = withText(ms, "EC");
        assertEquals(2, ec.size(), ec.toString());
        ec.forEach(m -> {
            assertEquals("Election Commission", m.name());
            assertEquals(null, m.kbQid());
            assertEquals("coref:acronym", m.rule());
        });
    }

    @Test
    void oneRecognizerServesManyThreadsWithTheSameAnswer() throws Exception {
        String body = "Kenyan President William Ruto met Chinese President Xi Jinping at the Great Hall of the People.";
        AnnotatedText at = annotator.annotate(new Article("par", null, null, null, null, null, null, "en", body, "test"));
        List<EntityMention> expected = recognizer.find(at);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<EntityMention>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> recognizer.find(at)));
            }
            for (java.util.concurrent.Future<List<EntityMention>> r : runs) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(5, expected.size(), expected.toString());
    }

    @Test
    void titlesStayOutsideKbPersonMentions() {
        List<EntityMention> ms = find("President Biden spoke with Chancellor Scholz by phone.");
        ms.forEach(m -> System.out.println("titles: " + m));
        assertEquals("Q6279", first(ms, "Biden").orElseThrow().kbQid());
        assertEquals("Q61053", first(ms, "Scholz").orElseThrow().kbQid());
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("President") || m.text().startsWith("Chancellor")));
    }

    @Test
    void textWithoutNamesYieldsNothingAndOutputIsDeterministic() {
        assertEquals(List.of(), find("it rained all day and nobody came to the meeting."));
        String body = "Kenyan President William Ruto met officials of the Bank of Tanzania in Dodoma.";
        assertEquals(find(body), find(body));
    }

    @Test
    void kenyanElectionStoryFindsUniversityAndPlacesAndAcronyms() {
        List<EntityMention> ms = find("""
                NAIROBI, Kenya (AP) - Kenyan President William Ruto addressed students at the University of Nairobi \
                on Tuesday, days after the Independent Electoral and Boundaries Commission (IEBC) announced results.
                The IEBC said turnout was high in Nakuru and in Mombasa County.
                Ruto later flew to Addis Ababa for an African Union meeting.
                """);
        ms.forEach(m -> System.out.println("kenya: " + m));
        assertEquals("Q3870", first(ms, "NAIROBI").orElseThrow().kbQid());
        assertEquals("Q114", first(ms, "Kenyan").orElseThrow().kbQid());
        EntityMention ruto = first(ms, "William Ruto").orElseThrow();
        assertEquals(EntityType.PERSON, ruto.type());
        EntityMention later = first(ms, "Ruto").orElseThrow();
        assertEquals("William Ruto", later.name());
        assertEquals("coref:short-form", later.rule());
        assertEquals(EntityType.ORGANIZATION, first(ms, "University of Nairobi").orElseThrow().type());
        List<EntityMention> iebc = withText(ms, "IEBC");
        assertEquals(2, iebc.size(), iebc.toString());
        iebc.forEach(m -> assertEquals("Independent Electoral and Boundaries Commission", m.name()));
        assertEquals("Q3624", first(ms, "Addis Ababa").orElseThrow().kbQid());
        assertEquals("Q7159", first(ms, "African Union").orElseThrow().kbQid());
        assertEquals(EntityType.PLACE, first(ms, "Nakuru").orElseThrow().type());
        assertEquals(EntityType.REGION, first(ms, "Mombasa County").orElseThrow().type());
    }

    @Test
    void japaneseCarmakerStoryFindsCompanySuffixesAndHonorifics() {
        List<EntityMention> ms = find("""
                TOKYO - Toyota Motor Corp. said on Wednesday that its profit rose, as Japanese exporters gained \
                from a weak yen.
                Mr. Tanaka, an analyst at Nomura Holdings, said the results beat forecasts.
                Tanaka added that sales in the U.S. and in China's coastal provinces were strong.
                """);
        ms.forEach(m -> System.out.println("japan: " + m));
        assertEquals("Q1490", first(ms, "TOKYO").orElseThrow().kbQid());
        EntityMention toyota = ms.stream().filter(m -> m.text().startsWith("Toyota Motor Corp")).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, toyota.type());
        assertEquals("pattern:org-suffix", toyota.rule());
        assertEquals(EntityType.ORGANIZATION, first(ms, "Nomura Holdings").orElseThrow().type());
        assertEquals(EntityType.PERSON, first(ms, "Tanaka").orElseThrow().type());
        assertEquals("Q17", first(ms, "Japanese").orElseThrow().kbQid());
        assertEquals("Q30", first(ms, "U.S.").orElseThrow().kbQid());
        assertEquals("Q148", first(ms, "China").orElseThrow().kbQid());
    }

    @Test
    void lowerCasePronounUsAndSentenceInitialWhoAreNotEntities() {
        List<EntityMention> ms = find("""
                Who will pay? Officials told us on Friday that the world economy is slowing.
                The WHO warned of a new outbreak in India.
                """);
        ms.forEach(m -> System.out.println("case: " + m));
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("us") || m.text().equals("Who")
                || m.text().equals("world")), ms.toString());
        assertEquals("Q7817", first(ms, "WHO").orElseThrow().kbQid());
        assertEquals("Q668", first(ms, "India").orElseThrow().kbQid());
    }

    @Test
    void findersAnswerThroughTheOpenNlpInterface() {
        KnowledgeBase kb = SharedResources.shipped().knowledgeBase();
        opennlp.tools.util.Span[] spans = KbNameFinder.names(kb.names())
                .find(new String[] {"Talks", "in", "Kuala", "Lumpur", "ended"});
        assertEquals(1, spans.length);
        assertEquals(2, spans[0].getStart());
        assertEquals(4, spans[0].getEnd());
        assertEquals("CITY", spans[0].getType());
        CueLexicon cues = CueLexicon.load(DATA);
        ProperNounPatternFinder names = new ProperNounPatternFinder(cues);
        String[] words = {"Chancellor", "Olaf", "Scholz", "spoke", "at", "the", "Great", "Hall", "of", "the", "People"};
        opennlp.tools.util.Span[] people = new PersonPatternFinder(cues, names).find(words);
        assertEquals(1, people.length, java.util.Arrays.toString(people));
        assertEquals(new opennlp.tools.util.Span(1, 3, "PERSON"), new opennlp.tools.util.Span(people[0].getStart(),
                people[0].getEnd(), people[0].getType()));
        opennlp.tools.util.Span[] places = names.find(words);
        assertEquals(1, places.length, java.util.Arrays.toString(places));
        assertEquals("FACILITY", places[0].getType());
        assertEquals(6, places[0].getStart());
        assertEquals(11, places[0].getEnd());
    }
}
