package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.find;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.with;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Participant;

/**
 * Who, where, when and whether, read from the sentence's structure (chunks, tense, voice), on wire stories written
 * for these tests in the styles of Reuters, Xinhua, AP and AFP, about other countries and decades than the sample
 * articles.
 */
class EventStructureTest {

    static Extraction buenosAires;
    static Extraction cairo;
    static Extraction bonn;
    static Extraction washington;
    static Extraction tunis;
    static Extraction ankara;
    static Extraction lisbon;
    static Extraction lima;
    static Extraction quito;
    static Extraction warsaw;
    static Extraction lagos;
    static Extraction santiago;
    static Extraction nairobi;

    @BeforeAll
    static void extractAll() {
        buenosAires = own("testwire-1998-06-09-menem-frei.txt");
        cairo = own("testwire-2012-10-04-mursi-gul.txt");
        bonn = own("testwire-1991-02-13-kohl-havel.txt");
        washington = own("testwire-2003-11-11-bush-howard.txt");
        tunis = own("testwire-2005-11-16-abbas-shalom.txt");
        ankara = own("testwire-2006-04-04-kibaki-ankara.txt");
        lisbon = own("testwire-1999-03-10-lisbon-talks.txt");
        lima = own("testwire-2001-05-21-group-phrases.txt");
        quito = own("testwire-2009-07-14-visit-hosts.txt");
        warsaw = own("testwire-1996-03-05-kuchma-warsaw.txt");
        lagos = own("testwire-2002-09-17-lagos-two-sides.txt");
        santiago = own("testwire-2007-05-08-delegates-meet.txt");
        nairobi = own("testwire-1999-11-03-letter-refused.txt");
    }

    private static Extraction own(String file) {
        return FactFixtures.extractOne(FactFixtures.OWN.resolve(file));
    }

    @Test
    void theSubjectOfReceivedHostsItsObject() {
        Event visit = find(buenosAires, "Meeting", with("Carlos Menem"));
        assertEquals(List.of("Carlos Menem", "Eduardo Frei"), plainNames(visit), describe(buenosAires));
        assertEquals(List.of("Carlos Menem"), plainNames(visit, "host"));
        assertEquals("1998-06-09", date(visit));
    }

    @Test
    void aRelativeClauseBetweenSubjectAndVerbLendsNeitherSubjectNorDate() {
        // "Menem, who returned from Madrid on Monday, held talks with Frei": Menem talks; Monday is the return's
        assertTrue(buenosAires.events().stream().noneMatch(e -> "1998-06-08".equals(date(e))), describe(buenosAires));
        Event talks = find(buenosAires, "Meeting", e -> e.evidence().size() >= 2);
        assertEquals(List.of("Carlos Menem", "Eduardo Frei"), plainNames(talks), "the talks are the day's meeting told again");
    }

    @Test
    void inThePassiveTheAgentAfterByHosts() {
        Event received = find(buenosAires, "Meeting", with("Carlos Ruckauf"));
        assertEquals(List.of("Carlos Ruckauf", "Eduardo Frei"), plainNames(received), describe(buenosAires));
        assertEquals(List.of("Carlos Ruckauf"), plainNames(received, "host"));
        assertEquals("1998-06-09", date(received), "no day of its own: the dateline's");
        Event prague = find(bonn, "Meeting", with("Vaclav Havel"));
        assertEquals(List.of("Vaclav Havel"), plainNames(prague, "host"), describe(bonn));
        assertTrue(plainNames(prague).contains("Helmut Kohl"));
        assertEquals("Prague", place(prague));
        assertEquals("1991-02-12", date(prague), "'by Havel ... on Tuesday': 'by' is the agent, not a time anchor");
    }

    @Test
    void theNameAfterHisCounterpartIsTheOtherParty() {
        Event call = find(cairo, "PhoneCall", e -> true);
        assertEquals(List.of("Abdullah Gul", "Mohamed Mursi"), plainNames(call), describe(cairo));
        assertEquals("2012-10-04", date(call).substring(0, 10));
        Participant gul = call.participants().stream().filter(p -> FactFixtures.plain(p.mention().name()).equals("Abdullah Gul")).findFirst()
                .orElseThrow();
        assertEquals("Mohamed Mursi", FactFixtures.plain(gul.counterpartOf().name()), "the counterpart relation is kept");
        assertEquals(List.of("Mohamed Mursi"), plainNames(call, "source"));
        assertEquals(List.of("Abdullah Gul"), plainNames(call, "target"));
        assertTrue(cairo.events().stream().noneMatch(e -> e.type().equals("Presidency")),
                "'the presidency said' is the speaker, not a presidency held: " + describe(cairo));
    }

    @Test
    void talksBetweenTwoMinistersThatAreDueArePlanned() {
        Event talks = find(cairo, "Meeting", with("Ahmet Davutoglu"));
        assertEquals(List.of("Ahmet Davutoglu", "Mohamed Kamel Amr"), plainNames(talks), describe(cairo));
        assertEquals("planned", talks.status());
    }

    @Test
    void anAppositionBetweenSubjectAndVerbIsPassedOver() {
        Event met = find(cairo, "Meeting", with("Hoshyar Zebari"));
        assertEquals(List.of("Hoshyar Zebari", "Mohamed Kamel Amr"), plainNames(met), describe(cairo));
        assertEquals("Baghdad", place(met));
        assertEquals("2012-10-03", date(met));
        assertNull(met.status());
    }

    @Test
    void duringAPhoneTalkWithJoinsTheSubjectOfTheClause() {
        Event call = find(bonn, "PhoneCall", with("Mikhail Gorbachev"));
        assertEquals(List.of("Helmut Kohl", "Mikhail Gorbachev"), plainNames(call), describe(bonn));
        assertEquals("1991-02-13", date(call), "'BONN, Feb. 13' is one sentence with the story");
    }

    @Test
    void theTwoMenAndTheKingAreResolved() {
        Event talks = find(bonn, "Meeting", e -> e.evidence().get(0).sentence() > 1 && plainNames(e).size() == 3);
        assertEquals(List.of("Helmut Kohl", "Hussein", "Vaclav Havel"), plainNames(talks), describe(bonn));
        Event call = find(bonn, "PhoneCall", with("Hosni Mubarak"));
        assertEquals(List.of("Hosni Mubarak", "Hussein"), plainNames(call), "'The king' is the one king named before");
    }

    @Test
    void aDayBetweenSubjectAndVerbIsDatedFromTheDateline() {
        // Datelined Tuesday Nov. 11, published Wednesday Nov. 12: "on Wednesday" is the Wednesday before the dateline.
        Event call = find(washington, "PhoneCall", e -> true);
        assertEquals(List.of("George W. Bush", "John Howard"), plainNames(call), describe(washington));
        assertEquals("2003-11-05", date(call));
        assertNull(place(call), "'about the situation in Iraq' is the topic, not the place");
    }

    @Test
    void agreedToMeetIsPlannedWithTheTwoMen() {
        Event planned = find(washington, "Meeting", e -> "planned".equals(e.status()));
        assertEquals(List.of("George W. Bush", "John Howard"), plainNames(planned), describe(washington));
        assertEquals("Canberra", place(planned));
    }

    @Test
    void wrappedUpAThreeHourMeetingTakesTheDatelineDay() {
        Event meeting = find(washington, "Meeting", with("Colin Powell"));
        assertEquals(List.of("Colin Powell", "Yoriko Kawaguchi"), plainNames(meeting), describe(washington));
        assertEquals("Tokyo", place(meeting));
        assertEquals("2003-11-11", date(meeting), "a past meeting with no day of its own: the dateline's");
    }

    @Test
    void aMeetingOnTheSidelinesInTheCapitalNamedAfterItsDemonym() {
        Event met = find(tunis, "Meeting", e -> e.status() == null);
        assertEquals(List.of("Mahmoud Abbas", "Silvan Shalom"), plainNames(met), describe(tunis));
        assertEquals("Tunis", place(met));
        assertEquals("2005-11-16", date(met));
        assertEquals("Tunis", place(find(tunis, "Summit", e -> true)));
    }

    @Test
    void aPossessiveMeetingThatWillTakePlaceIsPlanned() {
        Event next = find(tunis, "Meeting", e -> "planned".equals(e.status()));
        assertTrue(plainNames(next).contains("Silvan Shalom"), describe(tunis));
        assertEquals(2, plainNames(next).size(), "Shalom and the Tunisian president");
        assertEquals("2005-11-17", date(next));
    }

    @Test
    void arrivedHereIsAVisitToTheDatelineCity() {
        Event visit = find(ankara, "Visit", e -> true);
        assertEquals(List.of("Mwai Kibaki"), plainNames(visit), describe(ankara));
        assertEquals("Ankara", place(visit));
        assertEquals("2006-04-04", date(visit));
        assertNull(visit.status(), "'a visit expected to focus on trade' is under way: 'expected to' tells of the focus");
        assertEquals(2, visit.evidence().size(), "'arrived' and 'state visit' are one visit");
    }

    @Test
    void isToMeetAndHeadsForTalksArePlanned() {
        Event meet = find(ankara, "Meeting", with("Ahmet Necdet Sezer"));
        assertEquals(List.of("Ahmet Necdet Sezer", "Mwai Kibaki"), plainNames(meet), describe(ankara));
        assertEquals("planned", meet.status());
        assertEquals("2006-04-05", date(meet));
        Event talks = find(ankara, "Meeting", with("Recep Tayyip Erdogan"));
        assertEquals(List.of("Mwai Kibaki", "Recep Tayyip Erdogan"), plainNames(talks));
        assertEquals("planned", talks.status());
        assertEquals("Istanbul", place(talks));
        Event also = find(ankara, "Meeting", with("Abdullah Gul"));
        assertEquals("planned", also.status(), "'is also to meet'");
        assertEquals("2006-04-06", date(also), "a weekday after 'is also to' is the coming one");
    }

    @Test
    void aMeetingOrSigningWithNoPlaceOfItsOwnTookPlaceInTheDatelineCity() {
        Event met = find(lisbon, "Meeting", with("Antonio Guterres"));
        assertEquals("Lisbon", place(met), describe(lisbon));
        assertEquals("Lisbon", place(find(lisbon, "Agreement", e -> true)));
        assertEquals("Lisbon", place(find(lisbon, "Meeting", with("Jorge Sampaio"))), "the day before: the same trip");
        Event before = find(lisbon, "Meeting", e -> "1998-11".equals(date(e)));
        assertEquals("Brasilia", FactFixtures.plain(place(before)), "a place of its own wins");
        assertEquals(List.of("Antonio Guterres", "Fernando Henrique Cardoso"), plainNames(before), "'last met': a verb after an adverb");
    }

    @Test
    void aPlaceBeforeTheSubjectOrAfterNearIsTheEventsPlace() {
        assertEquals("Madrid", place(find(lisbon, "Protest", e -> true)), describe(lisbon));
        assertEquals("Porto", place(find(lisbon, "Fight", e -> true)), "'near the border city of Porto'");
    }

    @Test
    void aDemonymTheRecognizerMissesBeforeATitleDoesNotEndTheCoordinatedSubject() {
        Event met = find(lisbon, "Meeting", with("Alexander Lukashenko"));
        assertEquals(List.of("Alexander Lukashenko", "Fernando Henrique Cardoso"), plainNames(met).stream().sorted().toList(),
                describe(lisbon));
    }

    @Test
    void theTwoPresidentsAreThePeopleTitledPresidentNotTheLastTwoNamed() {
        Event accord = find(lima, "Agreement", e -> true);
        assertEquals(List.of("Gustavo Noboa", "Valentin Paniagua"), plainNames(accord).stream().sorted().toList(), describe(lima));
    }

    @Test
    void bothNeighboursWithAnAdjectiveAreTheTwoCountriesNamedBeforeNotTheSubject() {
        Event appeal = find(lima, "Appeal", e -> true);
        assertEquals(List.of("Brazil"), plainNames(appeal, "source"), describe(lima));
        assertEquals(List.of("Bolivia", "Chile"), plainNames(appeal, "target").stream().sorted().toList(), describe(lima));
    }

    @Test
    void aVisitsTargetIsWhomItsClauseSaysTheVisitorGoesToSee() {
        Event talks = find(quito, "Visit", with("Alan Garcia"));
        assertEquals(List.of("Alan Garcia"), plainNames(talks, "source"), describe(quito));
        assertEquals(List.of("Rafael Correa"), plainNames(talks, "target"), "'travel to Quito for talks with Correa'");
        assertEquals("Quito", place(talks));
        Event invited = find(quito, "Visit", with("Jaime Bermudez"));
        assertEquals(List.of("Nicolas Maduro"), plainNames(invited, "target"), "'at the invitation of Maduro'");
        assertEquals("planned", invited.status());
    }

    @Test
    void whoeverInvitesAVisitHostsItAndTheVisitIsPlanned() {
        Event state = find(quito, "Visit", with("Evo Morales"));
        assertEquals(List.of("Rafael Correa"), plainNames(state, "source"), describe(quito));
        assertEquals(List.of("Evo Morales"), plainNames(state, "target"));
        assertEquals("planned", state.status(), "'invited Correa to pay a state visit'");
    }

    @Test
    void aVisitAndAMeetingJoinedByAndAreTwoEventsAndTheVisitedBodyIsNoParticipant() {
        Event visit = find(quito, "Visit", e -> "2009-07-13".equals(date(e)));
        assertEquals(List.of("Rafael Correa"), plainNames(visit), "'visited the National Assembly and met ...': " + describe(quito));
        Event met = find(quito, "Meeting", with("Daniel Martinez"));
        assertEquals(List.of("Daniel Martinez", "Rafael Correa"), plainNames(met),
                "'met Uruguay's Minister for Industry and Energy Martinez': the minister, not his country");
    }

    @Test
    void theTwoAfterAndIsTheSubjectOfItsOwnClause() {
        Event agreed = find(quito, "IntentToCooperate", e -> true);
        assertEquals(List.of("Alan Garcia", "Rafael Correa"), plainNames(agreed), describe(quito));
    }

    @Test
    void aQuotedAdjectiveDoesNotHideThePledgesBeneficiary() {
        Event pledge = find(quito, "IntentToCooperate", with("Michelle Bachelet"));
        assertEquals(List.of("Peru"), plainNames(pledge, "target"), describe(quito));
    }

    @Test
    void aClauseAfterCommaThenSharesTheSubjectOfTheFirstVerb() {
        // "The two men shook hands ..., then held a closed-door meeting": the chunker cuts "closed-door" apart
        Event met = find(warsaw, "Meeting", e -> true);
        assertEquals(List.of("Aleksander Kwasniewski", "Leonid Kuchma"), plainNames(met), describe(warsaw));
        assertEquals(1, events(warsaw, "Meeting").size(), describe(warsaw));
    }

    @Test
    void anActorsOwnVisitToldLaterIsTheVisitToldBeforeNotOneOnThePlannedDay() {
        // "It is Kuchma's first visit to Poland" after "... expected to sign ... on Thursday"
        assertEquals(1, events(warsaw, "Visit").size(), describe(warsaw));
        assertEquals("1996-03-05", date(find(warsaw, "Visit", e -> true)));
    }

    @Test
    void aMeetingOfABodysMinistersHasTheBodyAmongItsParticipants() {
        Event meeting = find(quito, "Meeting", with("Andean Community"));
        assertTrue(plainNames(meeting).contains("Jaime Bermudez"), describe(quito));
        assertEquals("Lima", place(meeting));
    }

    @Test
    void aPledgeWithWillIsMadeOnTheStorysDay() {
        Event pledge = find(warsaw, "IntentToCooperate", e -> true);
        assertEquals("1996-03-05", date(pledge), describe(warsaw));
        assertNull(pledge.status(), "the pledge is made; what it promises lies ahead");
    }

    @Test
    void theTwoSidesAreTheCountriesOfTheTalksToldBeforeWhenTheNamesAroundAreMore() {
        // Four countries are named in the two sentences before, and the last meeting has a party of no named country
        Event sign = find(lagos, "Agreement", e -> true);
        assertEquals(List.of("Ghana", "Nigeria"), plainNames(sign).stream().sorted().toList(), describe(lagos));
        assertEquals("planned", sign.status());
        assertEquals(1, events(lagos, "Agreement").size(), "'sign a series of agreements, including an accord': one signing");
    }

    @Test
    void aTitleChainEndsBeforeTheName() {
        assertTrue(lagos.entities().stream().anyMatch(m -> m.text().equals("Dubem Onyia")), describe(lagos));
        assertTrue(lagos.entities().stream().noneMatch(m -> m.text().startsWith("Foreign Minister")),
                "'Deputy Foreign Minister Dubem Onyia': the title is no part of the name");
    }

    @Test
    void aVerbCoordinatedWithAnInfinitiveSharesItsSubjectStatusAndDay() {
        // "On Thursday he is due to open ... and to meet X": "he" is the last sentence's subject; Thursday lies ahead
        Event meet = find(lagos, "Meeting", with("Anyim Pius Anyim"));
        assertEquals(List.of("Anyim Pius Anyim", "John Kufuor"), plainNames(meet).stream().sorted().toList(), describe(lagos));
        assertEquals("planned", meet.status());
        assertEquals("2002-09-19", date(meet));
    }

    @Test
    void theCountriesOfTheOfficialsWhoMeetAreTheMeetingsParties() {
        Event planned = find(santiago, "Meeting", e -> "planned".equals(e.status()));
        assertEquals(List.of("Ecuador", "Peru"), plainNames(planned).stream().sorted().toList(),
                "'a meeting of Peruvian and Ecuadorian trade ministers': " + describe(santiago));
        assertEquals("Quito", place(planned), "'is planned for June in Quito': the status verb does not end the clause");
        assertEquals("2007-06", date(planned));
    }

    @Test
    void whatIsRefusedComesFromTheTarget() {
        Event refused = find(nairobi, "Rejection", e -> true);
        assertEquals(List.of("Haile Woldensae"), plainNames(refused, "source"), describe(nairobi));
        assertEquals(List.of("Meles Zenawi"), plainNames(refused, "target"), "'refused to accept a letter from X'");
    }

    @Test
    void anAgreementToldInThePastPerfectIsDatedTheDayItIsToldNotByTheDayOfWhatWasAgreed() {
        Event agreed = find(nairobi, "IntentToCooperate", e -> true);
        assertEquals("1999-11-03", date(agreed), "'said the two sides had agreed to reopen ... from January': " + describe(nairobi));
    }

    @Test
    void aPlaceFrontedTheSentenceBeforeSetsTheSceneOfItsParagraph() {
        Event detained = find(nairobi, "Coercion", e -> true);
        assertEquals("Asmara", place(detained), "'In Asmara, students marched ... . Police detained ...': " + describe(nairobi));
    }

    @Test
    void thoseWhoMeetOnTheSidelinesOfAForumAttendItWhereAndWhenTheyMet() {
        Event forum = santiago.events().stream().filter(e -> e.label().contains("forum")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(santiago)));
        assertEquals(List.of("Alejandro Foxley", "David Choquehuanca"), plainNames(forum).stream().sorted().toList(),
                describe(santiago));
        assertEquals("Lima", place(forum));
    }
}
