package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/** How the model's names and the rule layers' names are combined, on mentions of sentences written for the test. */
class NameCombinerTest {

    private static EntityMention at(String text, String span, EntityType type, String qid, String rule) {
        int b = text.indexOf(span);
        return new EntityMention(b, b + span.length(), span, 0, type, span, qid, rule, 0.9);
    }

    private static List<MentionMerger.Candidate> candidates(EntityMention... ms) {
        List<MentionMerger.Candidate> out = new ArrayList<>();
        for (EntityMention m : ms) {
            out.add(new MentionMerger.Candidate(m, m.text().split("[ -]").length));
        }
        return out;
    }

    private static List<String> show(List<EntityMention> ms) {
        return ms.stream().map(m -> m.text() + "/" + m.type() + (m.kbQid() == null ? "" : "/" + m.kbQid())).toList();
    }

    private static List<String> combine(String text, List<MentionMerger.Candidate> rules, List<EntityMention> model) {
        return show(NameCombiner.combine(rules, model, i -> i == 0, t -> Set.of("Director", "Minister").contains(t)));
    }

    @Test
    void aLongerModelNameBeatsAPatternGuessInsideIt() {
        String s = "Former leader Lee Teng-hui spoke.";
        assertEquals(List.of("Lee Teng-hui/PERSON"), combine(s,
                candidates(at(s, "Lee Teng", EntityType.PERSON, null, "pattern:given-name")),
                List.of(at(s, "Lee Teng-hui", EntityType.PERSON, null, "model:ner"))));
    }

    @Test
    void aTitleMakesAPersonWhateverTheModelSays() {
        String s = "US House of Representatives Speaker Newt Gingrich said so.";
        assertEquals(List.of("US House of Representatives/ORGANIZATION", "Newt Gingrich/PERSON"), combine(s,
                candidates(at(s, "Newt Gingrich", EntityType.PERSON, null, "pattern:title-person"),
                        at(s, "US House of Representatives Speaker Newt Gingrich", EntityType.FACILITY, null, "pattern:facility")),
                List.of(at(s, "US House of Representatives", EntityType.ORGANIZATION, null, "model:ner"),
                        at(s, "Speaker Newt Gingrich", EntityType.ORGANIZATION, null, "model:ner"))));
    }

    @Test
    void theSameSpanKeepsTheKnowledgeBaseTypeAndLink() {
        String s = "Talks in Chad ended.";
        assertEquals(List.of("Chad/COUNTRY/Q657"), combine(s,
                candidates(at(s, "Chad", EntityType.COUNTRY, "Q657", "kb:label")),
                List.of(at(s, "Chad", EntityType.PERSON, null, "model:ner"))));
    }

    @Test
    void patternGuessesNeedTheModelAndKnownWordsNeedItOnlyAtTheSentenceStart() {
        String s = "Reading said the Level Meeting in Nakuru would go on.";
        assertEquals(List.of(), combine(s,
                candidates(at(s, "Reading", EntityType.CITY, "Q161491", "kb:label"),
                        at(s, "Level Meeting", EntityType.FACILITY, null, "pattern:facility")),
                List.of()).stream().filter(x -> !x.startsWith("Nakuru")).toList());
        assertEquals(List.of("Nakuru/CITY/Q214233"), combine(s,
                candidates(at(s, "Nakuru", EntityType.CITY, "Q214233", "kb:label")), List.of()));
    }

    @Test
    void aModelPersonThatIsOnlyATitleIsDroppedAndAModelNameJoiningTwoRuleNamesIsSplit() {
        String s = "Director praised the Great Hall of the People in Lusaka.";
        assertEquals(List.of("Great Hall of the People/FACILITY", "Lusaka/CITY/Q3881"), combine(s,
                candidates(at(s, "Great Hall of the People", EntityType.FACILITY, null, "pattern:facility"),
                        at(s, "Lusaka", EntityType.CITY, "Q3881", "kb:label")),
                List.of(at(s, "Director", EntityType.PERSON, null, "model:ner"),
                        at(s, "Great Hall of the People in Lusaka", EntityType.PLACE, null, "model:ner"))));
    }

    @Test
    void aGivenNameAndACapitalizedWordFillAGapTheModelLeftButNeverOverrideIt() {
        String s = "Abena Kyerewaa and Kwesi Arthur of Takoradi Ports met.";
        assertEquals(List.of("Abena Kyerewaa/PERSON", "Kwesi Arthur of Takoradi Ports/ORGANIZATION"), combine(s,
                candidates(at(s, "Abena Kyerewaa", EntityType.PERSON, null, "pattern:given-name"),
                        at(s, "Kwesi Arthur", EntityType.PERSON, null, "pattern:given-name")),
                List.of(at(s, "Kwesi Arthur of Takoradi Ports", EntityType.ORGANIZATION, null, "model:ner"))));
    }

    @Test
    void aCompanyCuedByItsDescriptorOrByItsSharesFillsAGapTheModelLeftButALongerModelNameWins() {
        String s = "Shares in Kavango Freight fell after the miner Tshuma Gold Holdings said Lindqvist shares were sold.";
        assertEquals(List.of("Kavango Freight/ORGANIZATION", "Tshuma Gold Holdings/ORGANIZATION", "Lindqvist/ORGANIZATION"),
                combine(s, candidates(at(s, "Kavango Freight", EntityType.ORGANIZATION, null, "pattern:org-context"),
                        at(s, "Tshuma Gold", EntityType.ORGANIZATION, null, "pattern:org-context"),
                        at(s, "Lindqvist", EntityType.ORGANIZATION, null, "pattern:org-follower")),
                List.of(at(s, "Tshuma Gold Holdings", EntityType.ORGANIZATION, null, "model:ner"))));
    }
}
