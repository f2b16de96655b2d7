package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.plainNames;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;

/**
 * What one is invited to, on a Reuters-style story written for this test (border talks in east Africa, 1983, people
 * invented): "has invited the ministers to talks in X on Thursday" is planned, dated ahead and taken part in by the
 * one who invites; "at the invitation of A and B" makes both hosts.
 */
class InvitationsTest {

    static Extraction row;

    @BeforeAll
    static void extract() {
        row = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-1983-05-16-nairobi-invitations.txt"));
    }

    @Test
    void talksOneIsInvitedToLieAheadWithTheInviter() {
        // "Daniel Mwangura has invited the foreign ministers of Uganda and Tanzania to talks in Nairobi on Thursday": the
        // story names Uganda's (Ugandan Foreign Minister Peter Okello), not Tanzania's, which stays a country
        Event talks = FactFixtures.find(row, "Meeting", e -> e.first().sentence() == 0);
        assertEquals("planned", talks.status(), describe(row));
        assertEquals("1983-05-19", date(talks), describe(row));
        assertEquals(List.of("Daniel Mwangura", "Peter Okello", "Tanzania"), plainNames(talks).stream().sorted().toList(), describe(row));
    }

    @Test
    void bothWhoInviteAreHosts() {
        // "Julius Mtema arrived in Kampala on Sunday at the invitation of Okello and Ugandan Prime Minister Samuel Odongo"
        Event visit = FactFixtures.find(row, "Visit", e -> plainNames(e, "source").contains("Julius Mtema"));
        assertEquals(List.of("Peter Okello", "Samuel Odongo"), plainNames(visit, "target").stream().sorted().toList(), describe(row));
    }
}
