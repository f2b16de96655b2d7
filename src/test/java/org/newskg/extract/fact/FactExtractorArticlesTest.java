package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.fact.FactFixtures.by;
import static org.newskg.extract.fact.FactFixtures.date;
import static org.newskg.extract.fact.FactFixtures.describe;
import static org.newskg.extract.fact.FactFixtures.events;
import static org.newskg.extract.fact.FactFixtures.names;
import static org.newskg.extract.fact.FactFixtures.speakers;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.RoleMention;
import org.newskg.extract.Statement;

/**
 * The same machinery on other articles, with no change of code: the sample articles of data/articles (Reuters,
 * AP, the JSON Lines briefs, the HTML page) and two articles written for these tests (a state visit with a
 * passive signing and a multi-sentence attribution; a business signing with "X, chairman of Y").
 */
class FactExtractorArticlesTest {

    static Extraction reuters;
    static Extraction ap;
    static Extraction modi;
    static Extraction council;
    static Extraction hoshino;
    static Extraction visit;
    static Extraction lithium;
    static Extraction delhi;

    @BeforeAll
    static void extractAll() {
        reuters = FactFixtures.extractOne(FactFixtures.ARTICLES.resolve("reuters-2024-03-03-scholz-brazil-energy.txt"));
        ap = FactFixtures.extractOne(FactFixtures.ARTICLES.resolve("ap-2024-02-17-african-union-drought-summit.txt"));
        List<Extraction> briefs = FactFixtures.extract(FactFixtures.ARTICLES.resolve("world-briefs-2024.jsonl"));
        modi = FactFixtures.byTitleWord(briefs, "Modi");
        council = FactFixtures.byTitleWord(briefs, "Security Council");
        hoshino = FactFixtures.extractOne(FactFixtures.ARTICLES.resolve("pbr-2024-05-21-hoshino-motor-mexico-plant.html"));
        visit = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2024-06-12-ramaphosa-trudeau.txt"));
        lithium = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2024-09-06-lithium-signing.txt"));
        delhi = FactFixtures.extractOne(FactFixtures.HOME.resolve("src/test/resources/articles/pti-2024-03-12-modi-ramaphosa.txt"));
    }

    private static Event find(Extraction x, String type, Predicate<Event> p) {
        return events(x, type).stream().filter(p).findFirst()
                .orElseThrow(() -> new AssertionError("no such " + type + " in\n" + describe(x)));
    }

    private static RoleMention role(Extraction x, String person) {
        return x.roles().stream().filter(r -> r.person().name().equals(person)).findFirst()
                .orElseThrow(() -> new AssertionError("no role for " + person + ": " + x.roles()));
    }

    private static Statement starting(Extraction x, String content) {
        return x.statements().stream().filter(s -> s.text().startsWith(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement '" + content + "' in\n" + speakers(x)));
    }

    // --- Reuters: Scholz in Brazil -------------------------------------------------------------------------

    @Test
    void ministersWithPortfoliosJoinedByAndBothSignTheAccord() {
        // Written for this test: "Trade and Industry Minister" must neither end the first minister's name
        // in an organization nor stop the "by X and Y" participants.
        Extraction gas = FactFixtures.extractOne(FactFixtures.OWN.resolve("testwire-2024-05-10-ghana-nigeria-gas.txt"));
        List<String> signers = gas.events().stream().filter(e -> e.type().equals("Agreement"))
                .flatMap(e -> names(e).stream()).distinct().sorted().toList();
        assertTrue(signers.containsAll(List.of("Kobina Tahir Hammond", "Wale Edun")), FactFixtures.describe(gas));
        assertTrue(gas.roles().stream().anyMatch(r -> r.person().name().equals("Kobina Tahir Hammond")), gas.roles().toString());
    }

    @Test
    void reutersAgreementSignedOnSaturdayInBrasiliaIsOneEvent() {
        Event deal = find(reuters, "Agreement", e -> names(e).contains("Germany"));
        assertEquals(List.of("Alexandre Silveira", "Brazil", "Germany", "Robert Habeck"), names(deal),
                "both signing ministers take part, each a person; no run-on 'organization' over their titles");
        assertEquals("2024-03-02", date(deal));
        assertEquals("Brasília", deal.place().name());
        assertEquals("057", deal.cameo());
        assertTrue(deal.evidence().size() >= 3, "'signed', 'agreement', 'The agreement was signed': " + deal.evidence());
    }

    @Test
    void reutersTalksBetweenTheLeadersAndTheirPlannedMeeting() {
        Event talks = find(reuters, "Meeting", e -> e.place() != null && e.place().name().equals("Planalto Palace"));
        assertEquals(List.of("Luiz Inácio Lula da Silva", "Olaf Scholz"), names(talks));
        Event again = find(reuters, "Meeting", e -> "planned".equals(e.status()));
        assertEquals(List.of("Luiz Inácio Lula da Silva", "Olaf Scholz"), names(again), "'the two leaders agreed to meet'");
        assertEquals("Rio de Janeiro", again.place().name());
        Event trip = find(reuters, "Visit", e -> true);
        assertEquals(List.of("Olaf Scholz"), names(trip), "'Scholz's second trip'");
        assertEquals(null, date(trip), "'since he took office in December 2021' is no date of the trip");
    }

    @Test
    void reutersRolesAndSpeakers() {
        assertEquals("Chancellor", role(reuters, "Olaf Scholz").title());
        assertEquals("Q183", role(reuters, "Olaf Scholz").of().kbQid());
        assertEquals("Q155", role(reuters, "Luiz Inácio Lula da Silva").of().kbQid());
        assertEquals("Q298", role(reuters, "Gabriel Boric").of().kbQid());
        // The two signing ministers are persons now, so their titles become roles.
        assertEquals("Q183", role(reuters, "Robert Habeck").of().kbQid());
        assertEquals("Q155", role(reuters, "Alexandre Silveira").of().kbQid());
        List<Statement> scholzQuotes = by(reuters, "Olaf Scholz").stream().filter(s -> s.kind().equals("direct")).toList();
        assertEquals(2, scholzQuotes.size(), "the second quote continues the first: " + speakers(reuters));
        assertTrue(scholzQuotes.get(1).text().startsWith("This partnership is good"));
        assertEquals("Luiz Inácio Lula da Silva", starting(reuters, "Brazil expected the first shipments").speaker().name(),
                "'He added' refers to Lula");
        assertEquals("Q183", starting(reuters, "Germany and Brazil signed").speaker().kbQid(), "'the German government said'");
        Statement hope = starting(reuters, "he hoped the deal");
        assertFalse(hope.text().contains("French objections"), "the writer's words after ', but' are no part of it");
        assertTrue(reuters.statements().stream().noneMatch(s -> s.speaker().name().equals("Brussels")
                || s.speaker().name().equals("Reuters")), speakers(reuters));
    }

    // --- AP: African Union summit ----------------------------------------------------------------------------

    @Test
    void apSummitPresidencyHandOverAndTheNextSummit() {
        Event summit = find(ap, "Summit", e -> names(e).contains("African Union") && !"planned".equals(e.status()));
        assertEquals("2024-02-17", date(summit));
        assertTrue(summit.evidence().size() >= 2, "'The summit also discussed' is the same summit");
        assertTrue(summit.place() == null || !summit.place().name().equals("Sudan"), "the conflict in Sudan is no venue");
        Event next = find(ap, "Summit", e -> "planned".equals(e.status()));
        assertEquals("2025-02", date(next));
        Event chair = find(ap, "Presidency", e -> true);
        assertEquals(List.of("Mohamed Ould Ghazouani"), names(chair, "holder"));
    }

    @Test
    void apRolesAndSpeakers() {
        assertEquals("Q114", role(ap, "William Ruto").of().kbQid());
        assertEquals("Q1025", role(ap, "Mohamed Ould Ghazouani").of().kbQid());
        assertEquals("Q970", role(ap, "Azali Assoumani").of().kbQid());
        // Found by the apposition itself ("Moussa Faki Mahamat, the chairperson of the African Union Commission").
        RoleMention faki = role(ap, "Moussa Faki Mahamat");
        assertEquals("Chairperson", faki.title());
        assertEquals("African Union Commission", faki.of().name());
        assertEquals("Moussa Faki Mahamat", starting(ap, "Drought is no longer a disaster").speaker().name());
        RoleMention guterres = role(ap, "António Guterres");
        assertEquals("Secretary-General", guterres.title());
        assertEquals("Q1065", guterres.of().kbQid());
        assertEquals("António Guterres", starting(ap, "the United Nations would support").speaker().name(),
                "'Guterres, who attended the opening session, told the leaders that'");
        assertEquals("Mohamed Ould Ghazouani", starting(ap, "the Sahel region").speaker().name());
        assertTrue(by(ap, "Associated Press").isEmpty(), "the AP saw a document; it said nothing: " + speakers(ap));
    }

    // --- JSON Lines briefs -----------------------------------------------------------------------------------

    @Test
    void modiMacronPhoneCallAndModiPutinMeeting() {
        Event call = find(modi, "PhoneCall", e -> true);
        assertEquals(1, events(modi, "PhoneCall").size(), describe(modi));
        assertEquals(List.of("Emmanuel Macron", "Narendra Modi"), names(call));
        assertTrue(date(call).startsWith("2024-07-11"), date(call));
        assertTrue(call.evidence().size() >= 3, "'the call', 'after the call' and the conversation are one: " + call.evidence());
        Event met = find(modi, "Meeting", e -> names(e).contains("Vladimir Putin"));
        assertEquals(List.of("Narendra Modi", "Vladimir Putin"), names(met), "'where he met' refers to Modi");
    }

    @Test
    void modiBriefRolesAndSpeakers() {
        assertEquals("Prime Minister", role(modi, "Narendra Modi").title());
        RoleMention jaishankar = role(modi, "Subrahmanyam Jaishankar");
        assertEquals("External Affairs Minister", jaishankar.title());
        assertEquals("Q668", jaishankar.of().kbQid());
        assertEquals("Q142", role(modi, "Stephane Sejourne").of().kbQid());
        Statement quote = starting(modi, "Had a warm and productive conversation");
        assertEquals("Narendra Modi", quote.speaker().name());
        assertEquals("direct", quote.kind());
        Statement sipri = starting(modi, "France is one of India's closest defence partners");
        assertEquals("according-to", sipri.kind());
        assertEquals("Stockholm International Peace Research Institute", sipri.speaker().name());
        assertFalse(sipri.text().contains("The call came"), "the sentence before has nothing to do with the institute");
    }

    @Test
    void securityCouncilMeetingAndItsNextOne() {
        Event met = find(council, "Meeting", e -> names(e).contains("United Nations Security Council"));
        assertEquals("2024-08-22", date(met));
        assertEquals("New York City", met.place().name());
        assertTrue(met.evidence().size() >= 2, "'met' and 'The meeting in New York' are one");
        Event next = find(council, "Meeting", e -> "planned".equals(e.status()));
        assertEquals("2024-09-19", date(next));
        Event presidency = find(council, "Presidency", e -> true);
        assertEquals(List.of("Sierra Leone"), names(presidency, "holder"), "'Sierra Leone, which holds the council's ...'");
        assertEquals("2024-08", date(presidency));
        assertEquals("Timothy Kabba", starting(council, "the drought had become").speaker().name());
        assertEquals("Dmitry Polyanskiy", starting(council, "the council should avoid").speaker().name());
        assertEquals("Q159", role(council, "Dmitry Polyanskiy").of().kbQid());
        assertTrue(council.statements().stream().noneMatch(s -> s.text().startsWith("Harvests have failed")),
                "'he said' after a quote with no named person in reach stays unattributed: " + speakers(council));
    }

    // --- HTML: Hoshino Motor ---------------------------------------------------------------------------------

    @Test
    void hoshinoMeetingRolesAndQuotes() {
        assertTrue(events(hoshino, "Summit").isEmpty(), "a news conference is no summit: " + describe(hoshino));
        Event meeting = find(hoshino, "Meeting", e -> true);
        assertEquals(List.of("Kenji Watanabe", "Raquel Buenrostro"), names(meeting));
        assertEquals("Mexico City", meeting.place().name());
        assertEquals("2024-04", date(meeting));
        RoleMention minister = role(hoshino, "Raquel Buenrostro");
        assertEquals("Economy Minister", minister.title());
        assertEquals("Q96", minister.of().kbQid());
        assertEquals("Chief Executive", role(hoshino, "Kenji Watanabe").title());
        assertTrue(by(hoshino, "Kenji Watanabe").size() >= 3, speakers(hoshino));
        assertEquals(2, by(hoshino, "Hiroshi Mori").size(), speakers(hoshino));
        Statement governor = starting(hoshino, "the state government would provide land");
        assertEquals("Diego Sinhue Rodriguez Vallejo", governor.speaker().name());
        assertEquals("2024-05-21", governor.date().value(), "'said on Tuesday that'");
    }

    // --- Written for these tests -----------------------------------------------------------------------------

    @Test
    void aHostedBAndAAndBMetAndAPassiveSigningByTheTwoLeaders() {
        Event hosted = find(visit, "Visit", e -> e.host() != null);
        assertEquals("Cyril Ramaphosa", hosted.host().name());
        assertEquals(List.of("Justin Trudeau"), names(hosted, "target"), "the guest is the target actor of CAMEO 043");
        assertEquals("Pretoria", hosted.place().name());
        assertEquals("2024-06-11", date(hosted), "'on Tuesday', not the dateline's June 12");
        assertEquals("043", hosted.cameo());
        Event met = find(visit, "Meeting", e -> true);
        assertEquals(List.of("Cyril Ramaphosa", "Justin Trudeau"), names(met));
        Event mou = find(visit, "Agreement", e -> true);
        assertEquals(List.of("Cyril Ramaphosa", "Justin Trudeau"), names(mou), "'signed by the two leaders'");
        Event call = find(visit, "PhoneCall", e -> true);
        assertEquals(List.of("Cyril Ramaphosa", "Olaf Scholz"), names(call), "'Ramaphosa's phone call with Scholz'");
        assertEquals("2024-06-10", date(call));
    }

    @Test
    void aParagraphEndingWithTrudeauSaidIsOneStatementAndAmbiguousHeIsLeftOut() {
        Statement paragraph = starting(visit, "Canada will fund clean energy projects");
        assertEquals("Justin Trudeau", paragraph.speaker().name());
        assertTrue(paragraph.text().contains("share a commitment to open trade"), paragraph.text());
        assertTrue(paragraph.text().endsWith("are needed"), paragraph.text());
        Statement bank = starting(visit, "Canada is the fifth-largest");
        assertEquals("World Bank", bank.speaker().name());
        assertEquals("according-to", bank.kind());
        assertTrue(by(visit, "Olaf Scholz").isEmpty() && by(visit, "Cyril Ramaphosa").isEmpty(),
                "'He told reporters' after a sentence naming two men has no clear speaker: " + speakers(visit));
        assertEquals("Q258", role(visit, "Cyril Ramaphosa").of().kbQid());
        assertEquals("Prime Minister", role(visit, "Justin Trudeau").title());
    }

    @Test
    void aBusinessSigningWithChairmanOfAndAccordingToAPerson() {
        Event deal = find(lithium, "Agreement", e -> true);
        assertEquals(List.of("Andes Lithium Corp", "Nordwind Energy AG"), names(deal));
        assertEquals("2024-09-05", date(deal));
        assertEquals("Santiago", deal.place().name());
        Event trip = find(lithium, "Visit", e -> true);
        assertEquals("planned", trip.status());
        assertEquals(List.of("Gabriel Boric"), names(trip));
        assertEquals("Berlin", trip.place().name());
        RoleMention chairman = role(lithium, "Hans Becker");
        assertEquals("Chairman", chairman.title());
        assertNotNull(chairman.of());
        assertEquals("Nordwind Energy AG", chairman.of().name());
        assertEquals("Hans Becker", starting(lithium, "the agreement would secure lithium").speaker().name());
        assertEquals("Maria Lopez", starting(lithium, "Chile has the resources").speaker().name());
        Statement according = starting(lithium, "The first shipments will leave");
        assertEquals("Hans Becker", according.speaker().name());
        assertEquals("according-to", according.kind());
    }

    @Test
    void coordinatedVerbsGroupCallsAndTwoHosts() {
        Event deal = find(delhi, "Agreement", e -> true);
        assertEquals(List.of("Cyril Ramaphosa", "Narendra Modi"), names(deal), "'Modi and Ramaphosa met ... and signed'");
        Event call = find(delhi, "PhoneCall", e -> true);
        assertEquals(List.of("Cyril Ramaphosa", "Luiz Inácio Lula da Silva", "Narendra Modi"), names(call),
                "'The two leaders also spoke by phone with Lula'");
        assertEquals("2024-03-05", date(call));
        Event visit = find(delhi, "Visit", e -> true);
        assertEquals(1, events(delhi, "Visit").size(), "'ahead of the visit' is the visit told before: " + describe(delhi));
        assertEquals("2024-03-12", date(visit));
        Event forum = find(delhi, "Summit", e -> e.label().contains("forum"));
        assertEquals(List.of("India", "South Africa"), names(forum, "host"));
        assertEquals("planned", forum.status());
    }
}
