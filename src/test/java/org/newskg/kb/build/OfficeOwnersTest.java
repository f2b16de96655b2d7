package org.newskg.kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.kb.EntityType;

/** Offices without a country belong to the organization their name ends with (invented organizations). */
class OfficeOwnersTest {

    private static Draft org(String qid, String label, String... aliases) {
        Draft d = new Draft(qid, label, EntityType.ORGANIZATION, 0.6);
        for (String a : aliases) {
            d.alias(a);
        }
        return d;
    }

    private final OfficeOwners owners = new OfficeOwners(List.of(
            org("Q900001", "Ruritanian Trade Organization", "RTO"),
            org("Q900002", "Council of Borduria"),
            org("Q900003", "Parliamentary Assembly of the Council of Borduria"),
            org("Q900004", "Union of Nations", "UN"),
            org("Q900005", "United Nations Office", "UN")));

    @Test
    void theOrganizationNamedAfterOfIsTheOwner() {
        assertEquals(Optional.of("Q900001"), owners.owner("Director-General of the Ruritanian Trade Organization"));
        assertEquals(Optional.of("Q900001"), owners.owner("Deputy Director General of the RTO"));
        assertEquals(Optional.of("Q900004"), owners.owner("Secretary-General of the Union of Nations"));
    }

    @Test
    void theLongestNameWins() {
        assertEquals(Optional.of("Q900003"),
                owners.owner("Substitute member of the Parliamentary Assembly of the Council of Borduria"));
        assertEquals(Optional.of("Q900002"), owners.owner("President of the Council of Borduria"));
    }

    @Test
    void anUnknownOrSharedNameOwnsNothing() {
        assertEquals(Optional.empty(), owners.owner("Judge of the Court of Ruritania"));
        assertEquals(Optional.empty(), owners.owner("Representative to the UN"), "two organizations are called UN");
        assertEquals(Optional.empty(), owners.owner("Director General"));
    }
}
