package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.extract.RoleMention;

/**
 * Roles in a list of dignitaries ("U.S. Vice President Al Gore, Cuban President Fidel Castro and ..."), after a
 * predicate ("X was sworn in Tuesday as South Africa's first black president") and behind lower-case modifiers ("X,
 * the African National Congress national chairman"). A story written for this test (Testwire 1994, Pretoria).
 */
class ListAndPredicateRolesTest {

    static Extraction pretoria;

    @BeforeAll
    static void extract() {
        pretoria = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1994-05-10-pretoria-inauguration.txt"));
    }

    private static List<String> roles(String person) {
        return FactFixtures.roles(pretoria, person);
    }

    @Test
    void aTitleBeforeTheNextNameOfAListIsNotAnApposition() {
        assertEquals(List.of("Vice President of United States"), roles("Al Gore"));
        assertEquals(List.of("President of Cuba"), roles("Fidel Castro"));
    }

    @Test
    void aPredicateGivesTheTitleAfterIt() {
        List<RoleMention> mandela = pretoria.roles().stream().filter(r -> r.person().name().equals("Nelson Mandela")).toList();
        assertEquals(List.of("President of South Africa"), roles("Nelson Mandela"));
        assertEquals("role:predicate", mandela.get(0).rule());
    }

    @Test
    void lowerCaseModifiersMayStandBetweenAnAppositionsOwnerAndItsTitle() {
        assertEquals(List.of("Chairman of African National Congress"), roles("Thabo Mbeki"));
    }
}
