package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Companies and bodies of wire-dev20 read as people or as the place inside their name: energy traders, a bank and a
 * broadcaster with no cue (companies.tsv; a KB place name inside a listed name is part of it, RuleMatches),
 * Indonesia's Muslim mass organizations (institutions.tsv), a shipyard named after a person ("Shipyard" an
 * organization head, org-heads.tsv). Sentences written for this test.
 */
class WireDev20CompaniesTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(2009, 1, 14));

    @Test
    void gasTradersAndABankWithoutACueAreOrganizations() {
        List<EntityMention> ms = NAMES.find("Naftogaz said on Wednesday it would stop paying RosUkrEnergo , the trader half "
                + "owned by Raiffeisen Zentralbank , until the dispute was settled .");
        assertHas(ms, "Naftogaz", EntityType.ORGANIZATION);
        assertHas(ms, "RosUkrEnergo", EntityType.ORGANIZATION);
        assertHas(ms, "Raiffeisen Zentralbank", EntityType.ORGANIZATION);
        assertNotA(ms, "RosUkrEnergo", EntityType.PERSON);
    }

    @Test
    void aPlaceInsideACompanyNameIsNoPlace() {
        List<EntityMention> ms = NAMES.find("The ministry accused Western broadcasters , including Radio Free Europe , of spreading "
                + "rumours .");
        assertHas(ms, "Radio Free Europe", EntityType.ORGANIZATION);
        assertNotA(ms, "Europe", EntityType.PLACE);
    }

    @Test
    void muslimMassOrganizationsAndAShipyardAreOrganizations() {
        List<EntityMention> ms = NAMES.find("Leaders of Muhammadiyah met workers of the Dzerzhinsky Shipyard on Monday .");
        assertHas(ms, "Muhammadiyah", EntityType.ORGANIZATION);
        assertHas(ms, "Dzerzhinsky Shipyard", EntityType.ORGANIZATION);
        assertNotA(ms, "Dzerzhinsky Shipyard", EntityType.PERSON);
    }
}
