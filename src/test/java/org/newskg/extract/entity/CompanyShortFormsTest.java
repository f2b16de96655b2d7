package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.entity.ShippedRecognizer.mention;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * A company named in full with its suffix ("Vandermeer Steel Corp") and later by its first word, found by a pattern
 * ("Vandermeer chairman", "shares of Vandermeer") and unknown to the knowledge base, is one company, not two. Stories
 * written for this test.
 */
class CompanyShortFormsTest {

    private static ShippedRecognizer names;

    @BeforeAll
    static void load() {
        names = new ShippedRecognizer(LocalDate.of(1998, 5, 7));
    }

    @Test
    void aPatternFoundFirstWordIsTheCompanyNamedInFull() {
        List<EntityMention> ms = names.find("""
                ROTTERDAM, May 7 (Reuters) - Vandermeer Steel Corp of the Netherlands said on Thursday it would buy a
                rival for $2 billion.

                The deal was announced by Vandermeer chairman Pieter Hooft at a news conference. Shares of Vandermeer
                rose 4 percent.
                """);
        assertEquals("Vandermeer Steel Corp", mention(ms, "Vandermeer", EntityType.ORGANIZATION).name());
    }

    @Test
    void aFamilyNameSharedWithAPersonStaysWithNoCompany() {
        // only a company's first word is its short form: "Hooft" after "Pieter Hooft" never becomes a company
        List<EntityMention> ms = names.find("""
                ROTTERDAM, May 7 (Reuters) - Pieter Hooft, chairman of Vandermeer Steel Corp, said on Thursday the group
                would buy a rival. Hooft said the deal would close in June.
                """);
        assertEquals("Pieter Hooft", mention(ms, "Hooft", EntityType.PERSON).name());
    }
}
