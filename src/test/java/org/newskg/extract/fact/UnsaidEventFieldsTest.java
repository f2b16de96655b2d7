package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.sole;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Fields of an event its own words leave to the rest of the story: the recipient of aid where the story is, the day
 * of an act told with an irregular or aspectual light verb, on wire stories written for these tests.
 */
class UnsaidEventFieldsTest {

    static Extraction honduras;
    static Extraction moldova;
    static Extraction santiago;
    static Extraction delhi;
    static Extraction caracas;

    @BeforeAll
    static void extractAll() {
        honduras = own("testwire-1998-11-03-honduras-flood-aid.txt");
        moldova = own("testwire-1992-06-20-moldova-fighting.txt");
        santiago = own("testwire-2001-07-16-andes-hotline.txt");
        delhi = own("testwire-1983-03-14-palme-gandhi.txt");
        caracas = own("testwire-2002-04-11-caracas-march.txt");
    }

    private static Extraction own(String file) {
        return FactFixtures.extractOne(FactFixtures.OWN.resolve(file));
    }

    @Test
    void aidWithNoRecipientNamedGoesToTheDatelinesCountry() {
        Event team = sole(honduras, "Aid", "rescue team");
        assertEquals(List.of("Cuba"), plainNames(team, "source"), describe(honduras));
        assertEquals(List.of("Honduras"), plainNames(team, "target"));
        Event food = sole(honduras, "Aid", "flying food");
        assertEquals(List.of("Honduras"), plainNames(food, "target"), "'into the country': the story's country");
    }

    @Test
    void whereAidComesFromIsNotWhereItIsGiven() {
        assertNull(sole(honduras, "Aid", "flying food").place(), "'from its warehouse in Panama'");
    }

    @Test
    void anIrregularOrAspectualPastLightVerbDatesTheActToTheStorysDay() {
        assertEquals("1998-11-03", date(sole(honduras, "ForcePosture", "alert")), "'put its army on high alert'");
        assertEquals("1998-11-03", date(sole(honduras, "Aid", "flying food")), "'began flying food'");
    }

    @Test
    void aCounterAttackIsByTheNationalityBeforeItAndAtWhoeverActedBefore() {
        Event counter = sole(moldova, "Fight", "counter");
        assertEquals(List.of("Russia"), plainNames(counter, "source"), describe(moldova));
        assertEquals(List.of("Moldova"), plainNames(counter, "target"));
        assertNull(date(counter), "'on Friday night, prompting ...': Friday night dates the cause, not what it prompted");
    }

    @Test
    void forceSentIntoARegionIsUsedOnItAndThere() {
        Event sent = sole(moldova, "Fight", "sent troops into");
        assertEquals(List.of("Moldova"), plainNames(sent, "source"), describe(moldova));
        assertEquals(List.of("Transnistria"), plainNames(sent, "target"), "'into its breakaway region of X'");
        assertEquals("Transnistria", sent.place().name());
        assertEquals("1992-06-19TNI", date(sent));
    }

    @Test
    void anIrregularPastTriggerIsFound() {
        Event down = sole(moldova, "Fight", "shot down");
        assertEquals(List.of("Moldova"), plainNames(down, "source"), "'it had shot down': it is Moldova " + describe(moldova));
        assertEquals(List.of("Russia"), plainNames(down, "target"), "'two Russian helicopters'");
        assertEquals("Transnistria", down.place().name());
        assertEquals("1992-06-20", date(down));
    }

    @Test
    void whoeverAgreesToAProposalAgreesWithItsProposer() {
        Event agreed = sole(santiago, "IntentToCooperate", "agreed");
        assertEquals(List.of("Ricardo Lagos"), plainNames(agreed, "source"), describe(santiago));
        assertEquals(List.of("Alejandro Toledo"), plainNames(agreed, "target"), "'Toledo proposed ..., and Lagos agreed to the proposal'");
    }

    @Test
    void itAfterSaidIsWhoeverSaysItWhateverItsAppositionNames() {
        Event opposes = sole(santiago, "Disapproval", "opposes");
        assertEquals(List.of("Bolivia"), plainNames(opposes, "source"), "'Bolivia, Peru's closest partner, said it' " + describe(santiago));
    }

    @Test
    void backingSecuredIsGivenByWhomeverHerNamesOtherThanTheSubject() {
        Event backing = sole(delhi, "DiplomaticCooperation", "backing");
        assertEquals(List.of("Indira Gandhi"), plainNames(backing, "source"), "'met Gandhi ... and secured her backing' " + describe(delhi));
        assertEquals(List.of("Olof Palme"), plainNames(backing, "target"));
        assertEquals("1983-03-14", date(backing));
        assertNull(backing.status(), "'a plan to end the arms race': the infinitive's verb says nothing of the backing");
    }

    @Test
    void aStatementInWhichAnAppealIsMadeIsNoEventOfItsOwn() {
        Event appeal = sole(santiago, "Appeal", "urged");
        assertEquals(List.of("Argentina", "Brazil", "Uruguay"), plainNames(appeal, "source"), describe(santiago));
        assertEquals(List.of("Peru"), plainNames(appeal, "target"));
        assertEquals(List.of(), FactFixtures.events(santiago, "PublicStatement"), "'urged Peru in a joint statement to ...'");
    }

    @Test
    void aMarchByANationsPeopleIsAimedAtWhomItsDemandNames() {
        Event march = sole(caracas, "Protest", "marched");
        assertEquals(List.of("Venezuela"), plainNames(march, "source"), "'thousands of Venezuelans marched' " + describe(caracas));
        assertEquals(List.of("Hugo Chavez"), plainNames(march, "target"), "'demanding that President Hugo Chavez step down'");
        assertEquals(List.of(), FactFixtures.events(caracas, "Demand"), "the demand is the march's, not an event of its own");
    }
}
