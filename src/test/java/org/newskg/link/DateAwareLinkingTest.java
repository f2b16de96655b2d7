package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.link.ArticleLinks.links;
import static org.newskg.link.ArticleLinks.qid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.validate.ArticleValidator;
import org.newskg.validate.ValidationResult;
import org.newskg.extract.HolderReference;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.kb.KnowledgeBase;
import org.newskg.kb.build.KbBuilder;
import org.newskg.pipeline.Resources;
import org.newskg.testutil.TestDirs;

/**
 * Linking against the whole generated knowledge base (160,000+ entities) plus a curated-gaps fixture that adds
 * George H. W. Bush's presidency, on short articles written for this test, from 1990 to 2010: the article's
 * date and the titles in the text choose among people of one name; ambiguous short names stay local when the
 * text does not decide; historical states are countries; a transliteration variant still finds its person.
 */
class DateAwareLinkingTest {

    private static final Path HOME = Path.of(System.getProperty("newskg.home", "."));
    private static final Path ARTICLES = HOME.resolve("src/test/resources/link/dated");
    private static Path data;
    private static ArticleLinks articles;

    @BeforeAll
    static void load() throws IOException {
        data = Files.createTempDirectory("newskg-dated");
        TestDirs.copy(HOME.resolve("data"), data);
        Files.createDirectories(data.resolve("kb/curated"));
        // The fixture stands in for the curated gaps, whatever the shipped file holds.
        Files.copy(ARTICLES.resolve("gaps.tsv"), data.resolve("kb/curated/gaps.tsv"), StandardCopyOption.REPLACE_EXISTING);
        KbBuilder.buildGaps(data);
        articles = new ArticleLinks(data, ARTICLES);
    }

    @AfterAll
    static void clean() throws IOException {
        TestDirs.delete(data);
    }

    private static LinkedExtraction run(String file) {
        return articles.run(file);
    }

    @Test
    void aMemberOfACollectivePresidencyIsItsPresident() {
        // The sources record Izetbegovic as "Bosniak Member of the Presidency" from 1990 and as its chairman only in
        // 2000: the news of 1995 calls him Bosnia's president, which a member of its presidency was.
        LinkedExtraction sarajevo = run("ap-1995-11-21-bosnia-presidency.txt");
        assertEquals("Q183848", qid(sarajevo, "Alija Izetbegovic"));
    }

    @Test
    void presidentBushIsTheFatherIn1990AndTheSonIn2005() {
        LinkedExtraction gulf = run("ap-1990-08-15-gulf.txt");
        assertEquals("Q23505", qid(gulf, "Bush"), "President Bush in August 1990");
        LinkedExtraction asia = run("afp-2005-11-11-bush-asia.txt");
        assertEquals("Q207", qid(asia, "George W. Bush"));
        assertEquals("Q207", qid(asia, "Bush"), "Bush and President Bush are the full name's node");
        assertEquals("Q15029", qid(asia, "Hu Jintao"));
    }

    @Test
    void presidentBushWithoutAFullNameIsTheSittingOneAndFormerPresidentBushIsNot() {
        // No full name in the article: the title and the date alone decide; a past holder of the same office
        // is the less likely reading while someone holds it, and "former" turns this round.
        LinkedExtraction sitting = run("ap-2006-10-10-bush-only-title.txt");
        assertEquals("Q207", qid(sitting, "Bush"), "President Bush in October 2006");
        LinkedExtraction former = run("ap-2005-01-04-former-president-bush.txt");
        assertEquals("Q23505", qid(former, "Bush"), "former President Bush in January 2005");
    }

    @Test
    void withoutTheCuratedPresidencyPresidentBushIn1990StaysLocal() throws IOException {
        // The generated KB alone knows only the son's presidency (2001-2009): he is no 1990 president.
        Path noGaps = TestDirs.copy(data, Files.createTempDirectory("newskg-nogaps"));
        try {
            Files.writeString(noGaps.resolve("kb/curated/gaps.tsv"), String.join("\t", List.of("qid", "label", "type",
                    "aliases", "country_qid", "position", "of_qid", "start", "end", "evidence_1", "evidence_2")) + "\n");
            KbBuilder.buildGaps(noGaps);
            LinkedExtraction gulf = articles.run(Resources.load(noGaps).newPipeline(), "ap-1990-08-15-gulf.txt");
            links(gulf, "Bush").forEach(l -> assertFalse(l.entity().isLinked(), l.toString()));
        } finally {
            TestDirs.delete(noGaps);
        }
    }

    @Test
    void officialsOfInternationalOrganizationsAndOfficesTheKbHasNoHolderForLink() {
        LinkedExtraction geneva = run("geneva-2005-11-16-un-officials.txt");
        // Offices of an organization (the source gives them no country) date their holders like ministers.
        assertEquals("Q1254", qid(geneva, "Kofi Annan"), "the UN's secretary-general in 2005");
        assertEquals("Q1254", qid(geneva, "Annan"));
        assertEquals("Q277183", qid(geneva, "Pascal Lamy"), "the WTO's director-general in 2005");
        // The KB knows other offices of his and nobody as China's foreign minister that day: no evidence against.
        assertEquals("Q463697", qid(geneva, "Li Zhaoxing"));
    }

    @Test
    void aFormerTitleOfAnOrganizationNamedBeforeItIsTheOfficeOfThatOrganization() {
        // "former UN secretary general": the title alone is no kind of office; of the United Nations it is the one
        // the KB has him in until 2006, so "former" in 2008 points at him.
        LinkedExtraction nairobi = run("nairobi-2008-01-24-former-un-chief.txt");
        assertEquals("Q1254", qid(nairobi, "Kofi Annan"), "the UN's secretary-general of 1997-2006, in 2008");
        assertEquals("Q1254", qid(nairobi, "Annan"));
    }

    @Test
    void aSharedDemonymAndASplitSaintsCityLinkNowhereWrong() {
        LinkedExtraction caribbean = run("santo-domingo-2008-05-20-dominican.txt");
        Set<String> qids = caribbean.links().stream().map(l -> l.entity().qid()).filter(q -> q != null)
                .collect(Collectors.toSet());
        // "Dominican" is the Dominican Republic's word as much as Dominica's: neither, rather than the wrong one.
        assertFalse(qids.contains("Q784"), qids.toString());
        // "St. Petersburg" is one name, not "Petersburg" (a US town) after a sentence ending at "St.".
        assertEquals("Q656", qid(caribbean, "St. Petersburg"));
        assertFalse(qids.contains("Q511964"), qids.toString());
        assertEquals("Q790", qid(caribbean, "Haitian"));
    }

    @Test
    void aMiddleNameAndAnotherSpellingStillFindTheOfficeHolder() {
        LinkedExtraction moscow = run("moscow-2010-03-18-middle-name-and-spelling.txt");
        // "Hillary Rodham Clinton": the KB knows her without the middle name; in office that day for a country named.
        assertEquals("Q6294", qid(moscow, "Hillary Rodham Clinton"));
        assertEquals("Q6294", qid(moscow, "Clinton"), "the surname is the full name's node");
        // "Sergei" for the KB's "Sergey": a loose spelling, confirmed by his office on the article's date.
        assertEquals("Q58217", qid(moscow, "Sergei Lavrov"));
    }

    @Test
    void aTitleOfTheirOwnCountryTheSourcesMissLinksThePoliticiansTheKbHasAsLegislators() {
        // The open sources know these men as legislators (or ministers) only, and nobody in these offices in 1995.
        LinkedExtraction tokyo = run("tokyo-1995-06-10-unrecorded-offices.txt");
        assertEquals("Q310126", qid(tokyo, "Tomiichi Murayama"));
        assertEquals("Q310126", qid(tokyo, "Murayama"));
        assertEquals("Q185107", qid(tokyo, "Carlos Menem"));
        assertEquals("Q502746", qid(tokyo, "Andrei Kozyrev"));
    }

    @Test
    void demonymsOfHistoricalStatesGiveTheirOfficesTheirCountry() {
        LinkedExtraction helsinki = run("helsinki-1990-09-09-soviet-czechoslovak.txt");
        assertEquals("Q15180", qid(helsinki, "Soviet"));
        assertEquals("Q33946", qid(helsinki, "Czechoslovak"));
        // President of Czechoslovakia in 1990: not the later Czech presidency the sources record, so no "not yet".
        assertEquals("Q36233", qid(helsinki, "Vaclav Havel"));
        assertEquals("Q23505", qid(helsinki, "Bush"));
    }

    @Test
    void jordansKingAbdullahIsAbdullahTheSecondAndAKingWithoutCountryStaysLocal() {
        assertEquals("Q57464", qid(run("jordan-2006-03-02-king.txt"), "Abdullah"));
        // Two kings named Abdullah reigned in 2006 (Jordan, Saudi Arabia): nothing in this text decides.
        links(run("king-alone-2006-03-02.txt"), "Abdullah").forEach(l -> assertFalse(l.entity().isLinked(), l.toString()));
    }

    @Test
    void howardAndLeeLinkOnlyAsThePrimeMinisters() {
        LinkedExtraction au = run("australia-2001-11-10-howard.txt");
        assertEquals("Q51330", qid(au, "John Howard"));
        assertEquals("Q51330", qid(au, "Howard"));
        LinkedExtraction football = run("football-2001-11-10-howard.txt");
        football.links().forEach(l -> assertNotEquals("Q51330", l.entity().qid(), l.toString()));
        assertNull(qid(football, "Howard"), "a footballer named Howard stays local");

        LinkedExtraction sg = run("singapore-2010-01-12-lee.txt");
        assertEquals("Q57643", qid(sg, "Lee Hsien Loong"));
        assertEquals("Q57643", qid(sg, "Lee"));
        LinkedExtraction seoul = run("seoul-2010-01-12-lee.txt");
        seoul.links().forEach(l -> assertNotEquals("Q57643", l.entity().qid(), l.toString()));
        assertEquals(links(seoul, "Jason Lee").get(0).entity().key(), links(seoul, "Lee").get(0).entity().key(),
                "the spokesman's surname is the spokesman's (local) node");
    }

    @Test
    void historicalStatesAreCountries() {
        LinkedExtraction europe = run("europe-1991-02-15-visegrad.txt");
        assertEquals("Q33946", qid(europe, "Czechoslovakia"));
        assertEquals("Q15180", qid(europe, "Soviet Union"));
        assertEquals("Q16957", qid(europe, "East Germany"));
        // Two curated Yugoslavias share the name: the socialist federation existed in 1991, the federal republic
        // only from 1992 (their lifespans in the curated gaps), and in 1995 the other way round.
        assertEquals("Q83286", qid(europe, "Yugoslavia"));
        assertEquals("Q838261", qid(run("belgrade-1995-11-22-yugoslavia.txt"), "Yugoslavia"));
        // In 2008 neither existed: the date cannot choose, the name stays local; a state with no namesake stays linked.
        LinkedExtraction hague = run("hague-2008-07-22-tribunal.txt");
        assertNull(qid(hague, "Yugoslavia"), "neither Yugoslavia existed in 2008");
        assertEquals("Q15180", qid(hague, "Soviet Union"), "no successor of the same name: the date does not matter");
        assertEquals("Q183", qid(europe, "Germany"));
        KnowledgeBase kb = KnowledgeBase.load(data);
        assertTrue(kb.byQid("Q15180").orElseThrow().historical());
        assertTrue(kb.byQid("Q83286").orElseThrow().historical());
        assertEquals("COUNTRY", kb.byQid("Q33946").orElseThrow().type().name());

        Graph g = new ArticleGraphWriter("test").toGraph(europe);
        assertTrue(g.contains(Iris.entity("Q15180"), RDF.type.asNode(), NKG.HistoricalCountry));
        assertTrue(g.contains(Iris.entity("Q15180"), RDF.type.asNode(), NKG.Country));
        assertFalse(g.contains(Iris.entity("Q183"), RDF.type.asNode(), NKG.HistoricalCountry), "Germany still exists");
        assertTrue(g.contains(Iris.entity("Q83286"), NKG.dissolutionDate, Node.ANY), "the curated lifespan is in the graph");
        assertEquals("1992-04-27", g.find(Iris.entity("Q83286"), NKG.dissolutionDate, Node.ANY).next().getObject().getLiteralLexicalForm());

        LinkedExtraction zaire = run("zaire-1995-06-20-mobutu.txt");
        assertEquals("Q6500954", qid(zaire, "Zaire"));
        assertNull(qid(zaire, "Mobutu Sese Seko"), "not in the KB: a local node");
    }

    @Test
    void partiesSubdivisionsAndNewsAgenciesGetTheirClassFromTheKb() {
        LinkedExtraction jo = run("johannesburg-1999-06-03-anc.txt");
        Graph g = new ArticleGraphWriter("test").toGraph(jo);
        assertEquals("Q83162", qid(jo, "African National Congress"));
        assertTrue(g.contains(Iris.entity("Q83162"), RDF.type.asNode(), NKG.PoliticalParty));
        assertTrue(g.contains(Iris.entity("Q83162"), RDF.type.asNode(), NKG.Organization));
        assertEquals("Q133083", qid(jo, "Gauteng"));
        assertTrue(g.contains(Iris.entity("Q133083"), RDF.type.asNode(), NKG.Subdivision));
        assertEquals("Q130879", qid(jo, "Reuters"));
        assertTrue(g.contains(Iris.entity("Q130879"), RDF.type.asNode(), NKG.NewsAgency));
        assertFalse(g.contains(Iris.entity("Q130879"), RDF.type.asNode(), NKG.Company));
        ValidationResult shapes = ArticleValidator.load().validate(g, "urn:test");
        assertTrue(shapes.conforms(), "the shapes accept the KB's classes: " + shapes.violations());
    }

    @Test
    void transliterationVariantsFindThePersonInContext() {
        assertEquals("Q34105", qid(run("egypt-2005-09-07-mubarak.txt"), "Husni Mubarak"), "the KB writes Hosni Mubarak");
        assertEquals("Q713715", qid(run("syria-2004-10-05-shareh.txt"), "Farouk Shareh"), "the KB writes Farouk al-Sharaa");
    }

    @Test
    void theHolderOfAnOfficeOnADayAnswersCounterpartsAndChecksRoles() {
        OfficeHolders offices = new OfficeHolders(KnowledgeBase.load(data));
        java.time.LocalDate march2006 = java.time.LocalDate.of(2006, 3, 1);
        // "... and his Russian counterpart": the foreign minister of Russia in March 2006.
        assertEquals("Q58217", offices.holder("Foreign Minister", "Q159", march2006).orElseThrow().qid());
        assertEquals("Q23505", offices.holder("President", "Q30", java.time.LocalDate.of(1990, 8, 15)).orElseThrow().qid());
        assertEquals("Q207", offices.holder("President", "Q30", march2006).orElseThrow().qid());
        assertTrue(offices.holder("Prime Minister", "Q30", march2006).isEmpty(), "no such office: no guess");
        assertTrue(offices.holder("Grand Vizier", "Q159", march2006).isEmpty(), "an unknown title: no guess");
        // A role read in a text, checked against the KB's offices.
        assertTrue(offices.confirms("Q207", "President", "Q30", march2006));
        assertFalse(offices.confirms("Q207", "President", "Q30", java.time.LocalDate.of(1990, 8, 15)));
        assertFalse(offices.confirms("Q207", "Prime Minister", null, march2006));
    }

    /** The link of the office words in the article ("Russian counterpart"), or null when the KB named nobody. */
    private static Link holder(LinkedExtraction le, String words) {
        assertTrue(le.extraction().holders().stream().anyMatch(h -> h.mention().text().equals(words)),
                "no holder reference '" + words + "' in " + le.extraction().holders());
        return le.links().stream().filter(l -> HolderReference.isHolderMention(l.mention()) && l.mention().text().equals(words))
                .findFirst().orElse(null);
    }

    /** The graph of an article whose office words must name {@code qid}. */
    private static Graph holderGraph(String file, String words, String qid) {
        LinkedExtraction le = run(file);
        assertEquals(qid, holder(le, words).entity().qid(), words + " in " + file);
        return new ArticleGraphWriter("test").toGraph(le);
    }

    @Test
    void anUnnamedCounterpartIsTheHolderOfTheSameOfficeOnTheArticlesDate() {
        // "Japanese Foreign Minister X ... his Russian counterpart" in March 2006: Russia's foreign minister then.
        Graph tokyo = holderGraph("tokyo-2006-03-14-counterpart.txt", "Russian counterpart", "Q58217");
        assertTrue(tokyo.contains(Node.ANY, NKG.participant, Iris.entity("Q58217")), "the counterpart takes part in the talks");
        assertTrue(tokyo.contains(Node.ANY, NKG.holder, Iris.entity("Q58217")), "and holds Russia's foreign ministry by these words");
        // No title in the text: Lula's own office that day (a president) says which Argentine office is meant.
        LinkedExtraction brasilia = run("brasilia-2005-06-20-counterpart.txt");
        assertEquals("Q37181", qid(brasilia, "Luiz Inacio Lula da Silva"));
        assertEquals("Q170899", holder(brasilia, "Argentine counterpart").entity().qid());
    }

    @Test
    void theFrenchPresidentUnnamedIsTheKbsPresidentOfThatDay() {
        Graph beirut = holderGraph("beirut-1998-03-09-french-president.txt", "French president", "Q2105");
        assertTrue(beirut.contains(Node.ANY, NKG.speaker, Iris.entity("Q2105")), "the French president said ...");
        assertTrue(beirut.contains(Node.ANY, NKG.participant, Iris.entity("Q2105")), "talks with the French president");
    }

    @Test
    void theCountrysForeignMinisterIsTheOneCountryNamedBefore() {
        LinkedExtraction abuja = run("abuja-2016-03-08-country-minister.txt");
        List<HolderReference> refs = abuja.extraction().holders();
        assertEquals(1, refs.size(), "the second 'the country' follows two countries: no reference " + refs);
        assertEquals("Nigeria", refs.get(0).of().text());
        assertEquals("Q21467394", holder(abuja, "the country's foreign minister").entity().qid(), "Nigeria's in March 2016");
    }

    @Test
    void anOfficeWithTwoHoldersOrNoneThatDayNamesNobody() {
        // The day one Italian prime minister handed over to the next, the KB has both in office: no guess.
        LinkedExtraction rome = run("rome-1998-10-21-handover.txt");
        assertNull(holder(rome, "Italian prime minister"), "two prime ministers on the handover day");
        Graph g = new ArticleGraphWriter("test").toGraph(rome);
        assertFalse(g.contains(Node.ANY, NKG.participant, Node.ANY), "an unresolved office names no participant");
        // In June 2004 the KB's outgoing Russian foreign minister (known to the year) and the incoming one overlap.
        assertNull(holder(run("kabul-2004-06-16-counterpart.txt"), "Russian counterpart"));
    }

    @Test
    void aRoleInTheGraphIsCheckedAgainstTheKbsOffices() {
        LinkedExtraction london = run("london-1995-05-04-thatcher.txt");
        Graph g = new ArticleGraphWriter("test").toGraph(london);
        assertEquals(Set.of("no-longer-held"), checks(g, "Q7416"), "a former prime minister in 1995");
        assertEquals(Set.of("held"), checks(g, qid(london, "John Major")), "the prime minister of 1995");
        Graph gulf = new ArticleGraphWriter("test").toGraph(run("ap-1990-08-15-gulf.txt"));
        assertEquals(Set.of("held"), checks(gulf, "Q23505"));
    }

    @Test
    void theWireServiceOfADatelineIsTheNewsAgency() {
        // "WASHINGTON (AP) --": not any other entity the two letters name
        assertEquals("Q40469", qid(run("ap-1990-08-15-gulf.txt"), "AP"));
    }

    @Test
    void aFormerHoldingEndedByTheArticlesDateAndHasNoRoleDate() {
        Graph g = new ArticleGraphWriter("test").toGraph(run("london-1995-05-04-thatcher.txt"));
        List<Node> former = g.find(Node.ANY, NKG.holder, Iris.entity("Q7416")).mapWith(Triple::getSubject).toList();
        assertFalse(former.isEmpty(), "a holding of the former prime minister");
        for (Node h : former) {
            assertEquals("1995-05-04", g.find(h, NKG.endedBy, Node.ANY).next().getObject().getLiteralLexicalForm());
            assertFalse(g.contains(h, NKG.roleDate, Node.ANY), "no date on which she held it");
        }
        Node major = Iris.entity(qid(run("london-1995-05-04-thatcher.txt"), "John Major"));
        g.find(Node.ANY, NKG.holder, major).forEachRemaining(t -> {
            assertTrue(g.contains(t.getSubject(), NKG.roleDate, Node.ANY), "the sitting prime minister holds it that day");
            assertFalse(g.contains(t.getSubject(), NKG.endedBy, Node.ANY));
        });
        assertTrue(ArticleValidator.load().validate(g, "urn:test").conforms(), "the shapes accept both holdings");
    }

    @Test
    void aTitleWithoutACountryTakesTheOwnerOfTheHoldersOfficeThatDay() {
        // "President Jacques Chirac", "Prime Minister Tony Blair": the text names no country; the KB has each in
        // exactly one office of the title's kind on 10 February 2003 (France's presidency, Britain's premiership).
        LinkedExtraction paris = run("paris-2003-02-10-titles-alone.txt");
        Graph g = new ArticleGraphWriter("test").toGraph(paris);
        assertEquals(Set.of("Q142"), owners(g, qid(paris, "Jacques Chirac")));
        assertEquals(Set.of("Q145"), owners(g, qid(paris, "Tony Blair")));
        assertEquals(Set.of("Q142"), owners(g, qid(paris, "Dominique de Villepin")), "his foreign ministry that day");
        assertEquals(Set.of("Q142"), owners(g, qid(paris, "Jean-Pierre Raffarin")));
        assertTrue(kbOwned(g, qid(paris, "Tony Blair")), "marked as the KB's, not the text's");
        assertFalse(kbOwned(g, qid(paris, "Jack Straw")), "\"British Foreign Secretary\": the text's own owner");
        // A former holder's title says nothing of that day's offices; a person the KB does not know has none.
        assertEquals(Set.of(), owners(g, ArticleLinks.key(paris, "Valery Giscard d'Estaing")));
        assertEquals(Set.of(), owners(g, ArticleLinks.key(paris, "Pascal Ornevaux")));
        Node france = Iris.entity("Q142");
        assertTrue(g.contains(france, RDF.type.asNode(), Node.ANY), "the owner is described in the article's graph");
        assertTrue(ArticleValidator.load().validate(g, "urn:test").conforms(), "the shapes accept the KB's owners");
    }

    @Test
    void aNamedCounterpartHoldsTheOfficeOfThePersonHeIsTheCounterpartOf() {
        // "Prime Minister Narendra Modi spoke ... with his Japanese counterpart Shinzo Abe": Abe is Prime Minister of
        // Japan, by the text (the title of the one "his" refers to, the owner before "counterpart"), and the KB agrees.
        LinkedExtraction delhi = run("new-delhi-2015-09-01-named-counterpart.txt");
        Graph g = new ArticleGraphWriter("test").toGraph(delhi);
        assertEquals(Set.of("Q17"), owners(g, qid(delhi, "Shinzo Abe")));
        assertFalse(kbOwned(g, "Q132345"), "Japan is the text's owner, not the KB's");
        assertEquals(Set.of("held"), checks(g, "Q132345"));
        assertTrue(delhi.extraction().roles().stream().anyMatch(r -> r.person().text().equals("Shinzo Abe")
                && r.title().equals("Prime Minister") && r.rule().equals("role:counterpart")), delhi.extraction().roles().toString());
        // "his counterpart Hiroshi Tanabe": no owner written, no office read.
        assertTrue(g.find(Node.ANY, NKG.holder, Iris.entity(ArticleLinks.key(delhi, "Hiroshi Tanabe"))).toList().isEmpty());
        // "External Affairs Minister Sushma Swaraj": the Indian wording of a foreign minister, no country written;
        // the KB's foreign ministry of that day gives the owner.
        assertEquals(Set.of("Q668"), owners(g, qid(delhi, "Sushma Swaraj")));
        assertTrue(kbOwned(g, qid(delhi, "Sushma Swaraj")));
        assertTrue(ArticleValidator.load().validate(g, "urn:test").conforms(), "the shapes accept a counterpart's holding");
    }

    private static Set<String> owners(Graph g, String personKey) {
        List<Triple> holdings = g.find(Node.ANY, NKG.holder, Iris.entity(personKey)).toList();
        assertFalse(holdings.isEmpty(), "a holding of " + personKey);
        return holdings.stream()
                .map(t -> g.find(t.getSubject(), NKG.position, Node.ANY).next().getObject())
                .flatMap(p -> g.find(p, NKG.positionOf, Node.ANY).toList().stream())
                .map(t -> t.getObject().getURI().replaceAll(".*/", "")).collect(Collectors.toSet());
    }

    private static boolean kbOwned(Graph g, String personQid) {
        return g.find(Node.ANY, NKG.holder, Iris.entity(personQid)).toList().stream()
                .anyMatch(t -> g.contains(t.getSubject(), NKG.ownerFromKnowledgeBase, Node.ANY));
    }

    private static Set<String> checks(Graph g, String qid) {
        Node person = Iris.entity(qid);
        return g.find(Node.ANY, NKG.holder, person).toList().stream()
                .flatMap(t -> g.find(t.getSubject(), NKG.officeCheck, Node.ANY).toList().stream())
                .map(t -> t.getObject().getLiteralLexicalForm()).collect(Collectors.toSet());
    }
}
