package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Names of wire-dev21's classes: mining groups and banks read as people (companies.tsv), a prosecutor and a head of
 * state as titles (person-titles.tsv), hotels and camps named head first (lead-heads.tsv), a site ending in a facility
 * head that the model read as a person (ModelCorrections), an office named after a title and a plural possessive
 * in the complement after "of" (ProperNounPatternFinder). Sentences written for this test.
 */
class WireDev21NamesTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(2013, 7, 30));

    @Test
    void miningGroupsAndBanksWithoutACueAreOrganizations() {
        List<EntityMention> ms = NAMES.find("Rio Tinto said on Tuesday that Standard Chartered would lead the loan for its "
                + "Pilbara mines .");
        assertHas(ms, "Rio Tinto", EntityType.ORGANIZATION);
        assertHas(ms, "Standard Chartered", EntityType.ORGANIZATION);
        assertNotA(ms, "Rio Tinto", EntityType.PERSON);
    }

    @Test
    void aProsecutorAndAHeadOfStateAreTitles() {
        List<EntityMention> ms = NAMES.find("Prosecutor Ana Villatoro said the case was closed .");
        assertHas(ms, "Ana Villatoro", EntityType.PERSON);
        assertNotA(ms, "Prosecutor Ana Villatoro", EntityType.PERSON);
        List<EntityMention> head = NAMES.find("Head of State Tupua Tamasese Efi opened the session on Monday .");
        assertHas(head, "Tupua Tamasese Efi", EntityType.PERSON);
    }

    @Test
    void aHotelNamedHeadFirstIsAPlace() {
        List<EntityMention> ms = NAMES.find("The delegates were received at the Hotel Deauville in Havana on Monday night .");
        assertHas(ms, "Hotel Deauville", EntityType.PLACE);
        assertNotA(ms, "Hotel Deauville", EntityType.ORGANIZATION);
    }

    @Test
    void aModelPersonEndingInAFacilityHeadIsASite() {
        List<EntityMention> ms = NAMES.find("The patient was taken to Groote Schuur Hospital on Sunday .");
        assertHas(ms, "Groote Schuur Hospital", EntityType.PLACE);
        assertNotA(ms, "Groote Schuur Hospital", EntityType.PERSON);
    }

    @Test
    void anOfficeNamedAfterATitleIsOneBody() {
        List<EntityMention> ms = NAMES.find("The Attorney General 's Office said the raid was legal .");
        assertHas(ms, "Attorney General 's Office", EntityType.ORGANIZATION);
    }

    @Test
    void aPluralPossessiveAfterOfStaysInTheName() {
        List<EntityMention> ms = NAMES.find("Leaders of the Federation of Ruritanian Farmers ' Union met the minister on "
                + "Monday .");
        assertHas(ms, "Federation of Ruritanian Farmers ' Union", EntityType.ORGANIZATION);
        assertNotA(ms, "Federation of Ruritanian Farmers", EntityType.ORGANIZATION);
    }
}
