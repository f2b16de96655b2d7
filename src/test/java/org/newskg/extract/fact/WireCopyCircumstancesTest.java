package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.sole;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;

/** Where and when events happened and whether they lie ahead, on wire stories written for these tests. */
class WireCopyCircumstancesTest {

    static Extraction raids;
    static Extraction plans;
    static Extraction reactions;
    static Extraction protest;
    static Extraction troops;

    @BeforeAll
    static void extractAll() {
        raids = own("testwire-1994-03-10-kenya-somalia-raids.txt");
        plans = own("testwire-1996-05-17-chile-peru-plans.txt");
        reactions = own("testwire-1991-09-06-baltic-reactions.txt");
        protest = own("testwire-1998-02-14-lusaka-protest.txt");
        troops = own("testwire-1982-04-05-troops-south.txt");
    }

    private static Extraction own(String file) {
        return FactFixtures.extractOne(FactFixtures.OWN.resolve(file));
    }

    @Test
    void aPlaceInWhatAVerbalActIsAboutIsNotWhereTheActWasMade() {
        assertNull(place(sole(raids, "Appeal", "called for")), "'called for a ceasefire in Somalia'\n" + describe(raids));
        assertNull(place(sole(raids, "Sanction", "banned")), "'banned new investment in Somalia'");
        assertNull(place(sole(raids, "Disapproval", "condemned")), "'condemned the killing of herdsmen near Baidoa'");
    }

    @Test
    void aVerbalActMadeHereIsMadeInTheDatelinesCity() {
        assertEquals("Nairobi", place(sole(raids, "IntentToCooperate", "pledged")), "'pledged here'");
    }

    @Test
    void anActSaidToComeWithWouldIsPlannedUnlessSayingItMakesIt() {
        assertEquals("planned", sole(plans, "Sanction", "ban").status(), "'said Chile would voluntarily ban'\n" + describe(plans));
        assertEquals("planned", sole(plans, "ReduceRelations", "recall").status(), "'said Peru would recall its ambassador'");
    }

    @Test
    void aNounEventAfterAVerbSaidToComeIsPlanned() {
        assertEquals("planned", sole(plans, "Meeting", "talks").status(), "'said he would fly to Quito ... for talks with'");
        assertEquals("planned", sole(plans, "Meeting", "meeting").status(),
                "'would recall ... and would raise the dispute at a meeting of ... in June'");
    }

    @Test
    void talksExpectedPastAnAppositionArePlanned() {
        assertEquals("planned", sole(plans, "Meeting", "Talks").status(), "'Talks between X and Y, the first ..., are expected'");
    }

    @Test
    void anEventBeingPreparedIsPlanned() {
        assertEquals("planned", sole(plans, "Summit", "summit").status(), "'to prepare a summit of Andean presidents'");
    }

    @Test
    void aReactionInThePastTheTaggerMisreadIsDatedTheStorysDay() {
        assertEquals("1991-09-06", date(sole(reactions, "Disapproval", "accused")),
                "'Olsen, leader of the ... party, accused Carlsson' (accused read as a participle)\n" + describe(reactions));
        assertEquals("1991-09-06", date(sole(reactions, "ReduceRelations", "recalling")), "'said Norway was recalling'");
    }

    @Test
    void aMeetingInAParticipleBeforeAPastVerbIsDatedTheStorysDay() {
        assertEquals("1991-09-06", date(sole(reactions, "Meeting", "meeting")), "'X, speaking after a meeting with Y, urged'");
    }

    @Test
    void arrestsToldAfterAProtestAreMadeWhereItWas() {
        assertEquals("Lusaka", place(sole(protest, "Coercion", "detained")),
                "'... protested outside the State House. Police detained 20 of them.'\n" + describe(protest));
    }

    @Test
    void troopsSentSomewhereShowForceThere() {
        assertEquals("Santa Cruz", place(sole(troops, "ForcePosture", "sent")),
                "'sent three infantry brigades to the southern province of Santa Cruz'\n" + describe(troops));
    }
}
