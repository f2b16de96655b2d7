package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonNamePartsTest {

    @Test
    void aFirstWordSharedByThreePeopleIsAGivenName() {
        Set<String> given = PersonNameParts.givenNames(List.of("Ngozi Adeyemi", "Ngozi Okafor", "Ngozi Eze",
                "Kwabena Mensah", "Kwabena Owusu", "Théo Lambert", "Théo Girard", "Théo Moreau"));
        assertEquals(Set.of("Ngozi", "Théo"), given, "two people are not enough for Kwabena");
    }

    @Test
    void initialsGenerationsParticlesAndOneWordLabelsAreNoGivenNames() {
        List<String> labels = List.of("J. Doe", "J. Roe", "J. Poe", "III Arden", "III Baird", "III Crane",
                "van Dijk", "van Leer", "van Rooy", "Ruritania", "Ruritania", "Ruritania", "Jean-Luc Arnaud",
                "Jean-Luc Blanc", "Jean-Luc Caron", "  Sione Tupou ", "Sione Vake", "Sione Fifita");
        Set<String> given = PersonNameParts.givenNames(labels);
        assertEquals(Set.of("Sione"), given);
        assertTrue(PersonNameParts.isNameWord("D'Arcy"));
        assertFalse(PersonNameParts.isNameWord("NATO"));
    }
}
