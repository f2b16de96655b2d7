package org.newskg.extract.entity;

import static org.newskg.extract.entity.ShippedRecognizer.assertHas;
import static org.newskg.extract.entity.ShippedRecognizer.assertNotA;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Recognition errors of the fifteenth blind wire set (wire-dev15), with the shipped model: a maker's model code of
 * capitals and digits is a product; a body's name goes on across "to" and an English verb ("Committee to Protect
 * Journalists") and opens with an English plural and "for" its cause ("Physicians for Human Rights"); a name found
 * with "of" and a notable country is the body and the country it is from; two names glued by a hyphen are one, a
 * company when a verb or a possessive follows. Sentences written for this test; the names are invented (the country
 * sits in a fixture file).
 */
class ModelCodesAndPurposeNamesTest {

    private static final ShippedRecognizer NAMES = new ShippedRecognizer(LocalDate.of(2005, 4, 27));
    private static final Path HOME = Path.of(System.getProperty("newskg.home", "."));

    @Test
    void aModelCodeOfCapitalsAndDigitsIsAProduct() {
        List<EntityMention> ms = NAMES.find("The Velkor ZX480 , the largest jet ever built , completed its first flight on "
                + "Wednesday , and later models will use the GP9100 engine .");
        assertHas(ms, "ZX480", EntityType.WORK);
        assertNotA(ms, "ZX480", EntityType.ORGANIZATION);
        assertHas(ms, "GP9100", EntityType.WORK);
    }

    @Test
    void aBodysPurposeGoesOnAcrossToAndAnEnglishVerb() {
        assertHas(NAMES.find("The Committee to Protect Pipers said on Tuesday that 40 pipers were jailed ."),
                "Committee to Protect Pipers", EntityType.ORGANIZATION);
        assertHas(NAMES.find("The Strelsau Campaign to Ban Cluster Bombs and its coordinator , Jane Roe , won the prize ."),
                "Strelsau Campaign to Ban Cluster Bombs", EntityType.ORGANIZATION);
        // "to" and a place is no purpose
        assertNotA(NAMES.find("The Council sent the Ministry to Strelsau Station on Monday ."),
                "Ministry to Strelsau Station", EntityType.ORGANIZATION);
    }

    @Test
    void anEnglishPluralAndForItsCauseNameABody() {
        assertHas(NAMES.find("Physicians for Clean Water said the camps near Zenda had no wells ."),
                "Physicians for Clean Water", EntityType.ORGANIZATION);
        // "for" and a company: the lawyers work for it
        assertNotA(NAMES.find("Lawyers for Velkor said the ruling would be appealed ."),
                "Lawyers for Velkor", EntityType.ORGANIZATION);
    }

    @Test
    void aBodyOfACountryIsTheBodyAndTheCountry() throws IOException {
        String sentence = Files.readAllLines(HOME.resolve("src/test/resources/names/bodies-of-countries.txt"),
                StandardCharsets.UTF_8).get(0);
        List<EntityMention> ms = NAMES.find(sentence);
        assertHas(ms, "Brandvik", EntityType.ORGANIZATION);
        assertNotA(ms, "Brandvik of " + sentence.split(" of ")[1].split(" ")[0], EntityType.PLACE);
    }

    @Test
    void aHyphenedPairBeforeAVerbOrAPossessiveIsOneCompany() {
        assertHas(NAMES.find("Nordvik-Kessel said on Monday it would raise prices ."), "Nordvik-Kessel", EntityType.ORGANIZATION);
        assertHas(NAMES.find("Nordvik-Kessel 's chairman said the group would build the car ."), "Nordvik-Kessel",
                EntityType.ORGANIZATION);
        assertHas(NAMES.find("Shares rose , and Velkor-Brandvik 's chairman said the plant would close ."), "Velkor-Brandvik",
                EntityType.ORGANIZATION);
        // a person named earlier with the double-barrelled name stays a person
        assertHas(NAMES.find("Anna Strelsky-Varga won the prize on Monday . Strelsky-Varga said she was glad ."),
                "Strelsky-Varga", EntityType.PERSON);
    }
}
