package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.place;
import static org.newskg.extract.fact.FactFixtures.plainNames;
import static org.newskg.extract.fact.FactFixtures.with;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * Classes seen on the fourth blind development set, on a DPA-style story written for this test (a border row between
 * Uzbekistan and Tajikistan, 1998): a dateline whose agency is in lower case, acts told in the pluperfect, a place
 * and a day set off before the subject, subjects with a relative clause or an "of" phrase, a name in apposition,
 * force whose attacker is not named, the author of a rejected proposal, and wire phrasings kept as data lines.
 */
class WireCopyDushanbeTest {

    static Extraction row;

    @BeforeAll
    static void extract() {
        row = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1998-09-03-tashkent-dushanbe-row.txt"));
    }

    private static Event find(String type, Predicate<Event> p) {
        return FactFixtures.find(row, type, p);
    }

    @Test
    void aDatelineWhoseAgencyIsInLowerCaseStillDatesTheReactions() {
        // "TASHKENT, Sep 3 (dpa) - ... Komilov condemned the ban"
        Event condemned = find("Disapproval", with("Abdulaziz Komilov"));
        assertEquals("1998-09-03", date(condemned), describe(row));
    }

    @Test
    void anActToldInThePluperfectWithoutADayIsBackground() {
        // "Karimov, who had urged Rakhmonov to reopen the border, told reporters ..."
        Event urged = find("Appeal", with("Islam Karimov"));
        assertEquals(List.of("Emomali Rakhmonov"), plainNames(urged, "target"), describe(row));
        assertNull(date(urged), "not the dateline's day");
    }

    @Test
    void aPlaceAndADaySetOffBeforeTheSubjectPlaceThePluperfectMeeting() {
        // "In Almaty on Tuesday, Karimov had met Kazakh President Nursultan Nazarbayev."
        Event met = find("Meeting", with("Nursultan Nazarbayev"));
        assertEquals("Almaty", place(met), describe(row));
        assertEquals("1998-09-01", date(met));
    }

    @Test
    void aSubjectWithARelativeClauseIsCoordinatedAndAFailedAgreementIsNone() {
        // "Rakhmonov, who leads the People's Democratic Party, and Komilov met in Dushanbe on Wednesday but failed to agree"
        Event met = find("Meeting", with("Emomali Rakhmonov"));
        assertEquals(List.of("Abdulaziz Komilov", "Emomali Rakhmonov"), plainNames(met), describe(row));
        assertTrue(events(row, "IntentToCooperate").isEmpty(), "failed to agree: no agreement\n" + describe(row));
    }

    @Test
    void aNameQualifiedByAnOfPhraseEndingInACityIsTheSubject() {
        // "Abdumalik Abdullajanov of the opposition bloc in Khujand met Karimov in Tashkent on Tuesday."
        Event met = find("Meeting", with("Abdumalik Abdullajanov"));
        assertEquals(List.of("Abdumalik Abdullajanov", "Islam Karimov"), plainNames(met), describe(row));
    }

    @Test
    void aNameInAppositionAfterItsTitleIsTheSubject() {
        // "Tajikistan's security minister, Saidamir Zukhurov, had met Komilov in July."
        Event met = find("Meeting", e -> "1998-07".equals(date(e)));
        assertEquals(List.of("Abdulaziz Komilov", "Saidamir Zukhurov"), plainNames(met), describe(row));
    }

    @Test
    void wouldSoonMeetIsPlanned() {
        // "Komilov would soon meet his Tajik counterpart Talbak Nazarov."
        Event meet = find("Meeting", with("Talbak Nazarov"));
        assertEquals("planned", meet.status(), describe(row));
    }

    @Test
    void forceWhoseAttackerIsNotNamedIsAnEventWhereItStruck() {
        // "Gunmen attacked the town of Termez on Monday"
        Event attack = find("Assault", e -> e.label().contains("attacked"));
        assertEquals("Termez", place(attack), describe(row));
        assertEquals("1998-08-31", date(attack));
        assertTrue(attack.participants().isEmpty(), attack.toString());
    }

    @Test
    void theAuthorOfARejectedProposalIsTheTarget() {
        // "Rakhmonov rejected a proposal by Karimov on water quotas."
        Event rejected = find("Rejection", with("Emomali Rakhmonov"));
        assertEquals(List.of("Emomali Rakhmonov"), plainNames(rejected, "source"), describe(row));
        assertEquals(List.of("Islam Karimov"), plainNames(rejected, "target"));
    }

    @Test
    void wirePhrasingsOfTheDataLinesAreCodedEvents() {
        Event barred = find("Coercion", with("Uzbekistan")); // "barred all Tajik citizens from leaving the country"
        assertEquals("172", barred.cameo());
        find("Disapproval", e -> e.label().contains("abhorrent")); // "called the Tajik ban 'abhorrent'"
        find("ReduceRelations", with("Kazakhstan")); // "recalled its own ambassador from Dushanbe"
        Event suspended = find("ReduceRelations", with("Kyrgyzstan")); // "suspended Tajikistan from a ... customs union"
        assertEquals(List.of("Tajikistan"), plainNames(suspended, "target"));
        find("ForcePosture", with("Islam Karimov")); // "ordered two army battalions to the Tajik border"
        Event rice = find("Aid", with("Japan")); // "has sent 5,000 tonnes of rice to Tajikistan"
        assertEquals(List.of("Tajikistan"), plainNames(rice, "target"));
        Event stormed = find("Protest", e -> "145".equals(e.cameo())); // "Protesters stormed the Uzbek embassy in Dushanbe"
        assertEquals(List.of("Uzbekistan"), plainNames(stormed, "target"));
        find("DiplomaticCooperation", with("United Nations")); // "the United Nations welcomed the agreement"
        Event hanged = find("Assault", e -> e.label().contains("hanged")); // "Tajik authorities hanged three ... activists"
        assertEquals(List.of("Tajikistan"), plainNames(hanged, "source"));
    }

    @Test
    void anEnvoyRecalledForConsultationsIsNoMeeting() {
        // "said Uzbekistan was recalling its ambassador from Dushanbe for consultations"
        assertTrue(events(row, "Meeting").stream().noneMatch(e -> e.label().contains("consultation")), describe(row));
    }

    @Test
    void twoDaysAfterCountsTwoDaysBackFromTheClausesDay() {
        // "Kyrgyzstan closed its border with Tajikistan on Thursday, two days after Tajik troops shelled ... Batken."
        Event shelled = find("Fight", with("Tajikistan"));
        assertEquals("1998-09-01", date(shelled), describe(row));
    }

    @Test
    void aPluralDemonymObjectIsItsCountry() {
        // "hours after Dushanbe banned Uzbeks from leaving Tajikistan"
        Event banned = find("Coercion", e -> e.label().contains("banned"));
        assertEquals(List.of("Uzbekistan"), plainNames(banned, "target"), describe(row));
    }

    @Test
    void thereIsThePlaceNamedBeforeInItsSentence() {
        // "Komilov is to fly to Bishkek on Friday, the second stop of his tour, and will meet ... Askar Akayev there."
        Event meet = find("Meeting", with("Askar Akayev"));
        assertEquals("Bishkek", place(meet), describe(row));
    }
}
