package org.newskg.extract.entity;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;
import org.newskg.kb.EntityType;

/**
 * The word lists that cue names, read once from {@code data/lexicon/*.tsv}: person titles, given
 * names (the lexicon's and those shared by the knowledge base's people, {@link PersonNameParts}), organization
 * heads, suffixes and descriptors, facility and place heads, place prepositions, name connectors, event names
 * and heads, and capitalized words that are never names.
 *
 * <pre>{@code
 * CueLexicon cues = CueLexicon.load(dataDir);
 * boolean t = cues.titles().longestAt(words, i) > 0;
 * }</pre>
 * Immutable and thread-safe.
 */
final class CueLexicon {

    private final PhraseSet titles;
    private final PhraseSet ranks;
    private final Set<String> hyphenSuffixes;
    private final PhraseSet givenNames;
    private final PhraseSet orgHeads;
    private final PhraseSet facilityHeads;
    private final PhraseSet leadHeads;
    private final PhraseSet placeHeads;
    private final PhraseSet eventNames;
    private final PhraseSet eventHeads;
    private final PhraseSet regionPrefixes;
    private final Set<String> orgDescriptors;
    private final Set<String> placeCues;
    private final Set<String> strongPlaceCues;
    private final Map<String, EntityType> placeKinds;
    private final Set<String> connectors;
    private final Set<String> innerConnectors;
    private final PhraseSet lawHeads;
    private final PhraseSet institutions;
    private final PhraseSet indexWords;
    private final Set<String> stopCapitals;
    private final Set<String> surnameStopCapitals;
    private final Set<String> leadStopCapitals;
    private final Set<String> priceVerbs;
    private final Set<String> priceUnits;
    private final Set<String> relativeUnits;
    private final Set<String> priceHedges;
    private final Set<String> priceCurrencies;
    private final Set<String> kinParticles;
    private final Set<String> languageCues;
    private final Set<String> commonAcronyms;
    private final Set<String> groupFollowers;
    private final Set<String> portfolioHeads;
    private final Set<String> forPortfolioHeads;
    private final Set<String> stateBodyHeads;
    private final Set<String> fixedPairs;

    private CueLexicon(Path dir, Collection<String> moreGivenNames) {
        this.titles = new PhraseSet(read(dir, "person-titles.tsv", "PERSON"));
        this.ranks = new PhraseSet(readOptional(dir, "name-ranks.tsv", "PERSON"));
        this.hyphenSuffixes = lowerSet(readOptional(dir, "hyphen-suffixes.tsv", ""));
        this.orgHeads = new PhraseSet(read(dir, "org-heads.tsv", null));
        this.facilityHeads = new PhraseSet(read(dir, "facility-heads.tsv", "FACILITY"));
        Map<String, String> leads = readOptional(dir, "lead-heads.tsv", null);
        leads.values().forEach(EntityType::parse);  // an unknown type stops loading, not the first article naming it
        this.leadHeads = new PhraseSet(leads);
        this.placeHeads = new PhraseSet(read(dir, "place-heads.tsv", null));
        this.eventNames = new PhraseSet(read(dir, "event-names.tsv", "EVENT"));
        this.eventHeads = new PhraseSet(read(dir, "event-heads.tsv", "EVENT"));
        this.regionPrefixes = new PhraseSet(readOptional(dir, "region-prefixes.tsv", "REGION"));
        this.lawHeads = new PhraseSet(readOptional(dir, "law-heads.tsv", "LAW"));
        Map<String, String> bodies = readOptional(dir, "institutions.tsv", null);
        bodies.values().forEach(EntityType::parse);  // an unknown type stops loading, not the first article naming it
        // Stock indices are found the same way, as a published product; a listed institution keeps its own type.
        readOptional(dir, "stock-indices.tsv", EntityType.WORK.localName()).forEach(bodies::putIfAbsent);
        // Companies named with no cue ("Levi Strauss", "Warner Music") are found the same way, as organizations.
        readOptional(dir, "companies.tsv", EntityType.ORGANIZATION.localName()).forEach(bodies::putIfAbsent);
        this.institutions = new PhraseSet(bodies);
        this.indexWords = new PhraseSet(readOptional(dir, "index-words.tsv", ""));
        this.orgDescriptors = lowerSet(read(dir, "org-descriptors.tsv", ""));
        Map<String, String> places = read(dir, "place-cues.tsv", "");
        this.placeCues = lowerSet(places);
        Map<String, EntityType> kinds = new LinkedHashMap<>();
        places.forEach((cue, v) -> {
            String[] words = v.split("\\s+");
            if (words.length > 1) {
                kinds.put(cue.toLowerCase(Locale.ROOT), EntityType.parse(words[1]));
            }
        });
        this.placeKinds = Map.copyOf(kinds);
        places.values().removeIf(v -> !v.split("\\s+")[0].equals("strong"));
        this.strongPlaceCues = lowerSet(places);
        Map<String, String> conn = read(dir, "name-connectors.tsv", null);
        this.connectors = lowerSet(conn);
        Map<String, String> inner = new LinkedHashMap<>(conn);
        inner.values().removeIf(v -> !v.equals("anywhere"));
        this.innerConnectors = lowerSet(inner);
        Map<String, String> stops = read(dir, "stop-capitals.tsv", "");
        this.stopCapitals = lowerSet(stops);
        Map<String, String> surnames = new LinkedHashMap<>(stops);
        surnames.values().removeIf(v -> !v.equals("surname"));
        this.surnameStopCapitals = lowerSet(surnames);
        Map<String, String> leadStops = new LinkedHashMap<>(stops);
        leadStops.values().removeIf(v -> !v.equals("lead"));
        this.leadStopCapitals = lowerSet(leadStops);
        Map<String, String> verbs = readOptional(dir, "price-moves.tsv", "");
        Map<String, String> units = new LinkedHashMap<>(verbs);
        Map<String, String> relative = new LinkedHashMap<>(verbs);
        Map<String, String> hedges = new LinkedHashMap<>(verbs);
        Map<String, String> currencies = new LinkedHashMap<>(verbs);
        verbs.values().removeIf(v -> !v.equals("verb"));
        units.values().removeIf(v -> !v.equals("unit"));
        relative.values().removeIf(v -> !v.equals("relative"));
        hedges.values().removeIf(v -> !v.equals("hedge"));
        currencies.values().removeIf(v -> !v.equals("currency"));
        this.priceVerbs = lowerSet(verbs);
        this.priceUnits = lowerSet(units);
        this.relativeUnits = lowerSet(relative);
        this.priceHedges = lowerSet(hedges);
        this.priceCurrencies = lowerSet(currencies);
        this.languageCues = lowerSet(readOptional(dir, "language-cues.tsv", ""));
        this.commonAcronyms = lowerSet(readOptional(dir, "common-acronyms.tsv", ""));
        this.groupFollowers = lowerSet(readOptional(dir, "group-followers.tsv", ""));
        this.fixedPairs = lowerSet(readOptional(dir, "fixed-pairs.tsv", ""));
        Map<String, String> portfolio = readOptional(dir, "portfolio-heads.tsv", "");
        this.portfolioHeads = lowerSet(portfolio);
        portfolio.values().removeIf(v -> !v.equals("for"));
        this.forPortfolioHeads = lowerSet(portfolio);
        this.stateBodyHeads = lowerSet(readOptional(dir, "state-body-heads.tsv", ""));
        Map<String, String> kin = readOptional(dir, "person-particles.tsv", "");
        kin.values().removeIf(v -> !v.equals("kin"));
        this.kinParticles = lowerSet(kin);
        Map<String, String> given = read(dir, "first-names.tsv", "PERSON");
        for (String g : moreGivenNames) {
            // A label's first word may be a month ("May Ng"), a title ("Lord Doe") or a particle: never a given name here.
            if (!stopCapitals.contains(g.toLowerCase(Locale.ROOT)) && !titles.contains(g)) {
                given.putIfAbsent(g, "PERSON");
            }
        }
        this.givenNames = new PhraseSet(given);
    }

    static CueLexicon load(Path dataDir) {
        return load(dataDir, List.of());
    }

    /** The lexicon's cues, with given names from elsewhere (the knowledge base's people) added to its own. */
    static CueLexicon load(Path dataDir, Collection<String> moreGivenNames) {
        return new CueLexicon(dataDir.resolve("lexicon"), moreGivenNames);
    }

    /** Cue files added after the first release: a data directory without them still loads. */
    private static Map<String, String> readOptional(Path dir, String name, String defaultValue) {
        return phrases(TsvTable.readIfExists(dir.resolve(name), "lexicon"), defaultValue);
    }

    private static Map<String, String> read(Path dir, String name, String defaultValue) {
        return phrases(TsvTable.read(dir.resolve(name), "lexicon"), defaultValue);
    }

    /** First column the phrase, second the value (or {@code defaultValue}; null when the value is required). */
    private static Map<String, String> phrases(TsvTable table, String defaultValue) {
        Map<String, String> out = new LinkedHashMap<>();
        for (TsvRow row : table.rows()) {
            String value = row.size() > 1 && !row.cell(1).isBlank() ? row.cell(1).strip() : defaultValue;
            if (row.cell(0).isBlank() || value == null || row.size() > 2) {
                throw row.error("expected 'phrase" + (defaultValue == null ? "<TAB>value" : "") + "', found '" + row.text() + "'");
            }
            out.put(row.cell(0).strip(), value);
        }
        return out;
    }

    private static Set<String> lowerSet(Map<String, String> m) {
        Set<String> s = new TreeSet<>();
        m.keySet().forEach(k -> s.add(k.toLowerCase(Locale.ROOT)));
        return Set.copyOf(s);
    }

    PhraseSet titles() {
        return titles;
    }

    /** "led", "based", "born": words glued by a hyphen after a name that make an adjective ("Saudi Arabia-led"). */
    boolean isHyphenSuffix(String word) {
        return hyphenSuffixes.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Ranks and honorifics a recognizer may keep at the head of an unknown person's name ("General", "Sheikh"). */
    PhraseSet ranks() {
        return ranks;
    }

    /** Whether {@code words[from, to)} is a military rank (value "military" in name-ranks.tsv: "General", "Colonel"). */
    boolean isMilitaryRank(String[] words, int from, int to) {
        return "military".equals(ranks.valueOf(words, from, to));
    }

    PhraseSet givenNames() {
        return givenNames;
    }

    /** Values "head" (may take "of ...") or "suffix" (closes a company name). */
    PhraseSet orgHeads() {
        return orgHeads;
    }

    PhraseSet facilityHeads() {
        return facilityHeads;
    }

    /** Head words that open a name ("Banco", "Plaza", "Jalan"), valued by the entity type they give it. */
    PhraseSet leadHeads() {
        return leadHeads;
    }

    /** Values "City" or "Region". */
    PhraseSet placeHeads() {
        return placeHeads;
    }

    PhraseSet eventNames() {
        return eventNames;
    }

    PhraseSet eventHeads() {
        return eventHeads;
    }

    /** "Latin" (America), "Horn of" (Africa): words that make a region of the known place after them. */
    PhraseSet lawHeads() {
        return lawHeads;
    }

    /** Institutions named by one word or a seat ("Bundesbank", "Kremlin", "Wall Street"), valued by entity type. */
    PhraseSet institutions() {
        return institutions;
    }

    /** Lower-case words after a stock index's name ("index", "average": "the Nikkei average"). */
    PhraseSet indexWords() {
        return indexWords;
    }

    PhraseSet regionPrefixes() {
        return regionPrefixes;
    }

    /** A common noun naming a kind of organization ("company", "carmaker"). */
    boolean isOrgDescriptor(String word) {
        return orgDescriptors.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isPlaceCue(String word) {
        return placeCues.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A place cue that hardly ever comes before a person ("near", "the village of"). */
    boolean isStrongPlaceCue(String word) {
        return strongPlaceCues.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The kind of place a cue names ("the city of", "the town of": a city), or {@link EntityType#PLACE}. */
    EntityType placeKind(String cue) {
        return placeKinds.getOrDefault(cue.toLowerCase(Locale.ROOT), EntityType.PLACE);
    }

    boolean isConnector(String word) {
        return connectors.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A connector that may also join two capitalized parts before the head ("Electoral and Boundaries"). */
    boolean isInnerConnector(String word) {
        return innerConnectors.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word after which a nationality noun names a language ("in", "speaks"). */
    boolean isLanguageCue(String word) {
        return languageCues.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isStopCapital(String word) {
        return stopCapitals.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Rival", "Champions": a word that, opening a sentence, is no part of the name after it ("Rival Volkswagen AG"). */
    boolean isLeadStopCapital(String word) {
        return leadStopCapitals.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "jumped", "eased": a verb of a market report's price move (price-moves.tsv). */
    boolean isPriceVerb(String word) {
        return priceVerbs.contains(word);
    }

    /** "pence", "guilders": a unit of a share price (price-moves.tsv). */
    boolean isPriceUnit(String word) {
        return priceUnits.contains(word);
    }

    /**
     * "percent", "pct": a unit of a relative move (price-moves.tsv, kind relative), which a share price and many other
     * quantities make ("sales rose 8 percent"), so it only says company of a word already read as a name.
     */
    boolean isRelativeUnit(String word) {
        return relativeUnits.contains(word);
    }

    /** "more than", "nearly": a word between a price verb and its number (price-moves.tsv, kind hedge). */
    boolean isPriceHedge(String word) {
        return priceHedges.contains(word);
    }

    /** "$", "US$": a currency sign written before a share price's move ("gained $ 1.50"; price-moves.tsv, currency). */
    boolean isPriceCurrency(String word) {
        return priceCurrencies.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** "bin", "ibn": a particle saying "son of" or "daughter of", which only people's names hold. */
    boolean isKinParticle(String word) {
        return kinParticles.contains(word);
    }

    /** A stop capital that is also a family name ("Read", "May"): it may end a person's name after a given name. */
    boolean isSurnameStopCapital(String word) {
        return surnameStopCapitals.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "CEO", "GDP", "MP": an acronym standing for a common noun, which names nothing after "the". */
    boolean isCommonAcronym(String word) {
        return commonAcronyms.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "insurgency", "militants": a noun after a name that makes it an armed or political group (group-followers.tsv). */
    boolean isGroupFollower(String word) {
        return groupFollowers.contains(word);
    }

    /**
     * "Ministry", "Department": a head whose "of" portfolio may join two parts with "and" (portfolio-heads.tsv); a head
     * marked {@code for} ("Organisation") only when "for" opens its purpose ("of American States and" joins two names).
     */
    boolean isPortfolioHead(String word, String connector) {
        String lower = word.toLowerCase(Locale.ROOT);
        return portfolioHeads.contains(lower) && (connector.equals("for") || !forPortfolioHeads.contains(lower));
    }

    /**
     * "Agency", "Commission": a head of a state's body, before which a country's name is the state's, no part of the
     * body's own name ("the Ruritanian Environmental Protection Agency" written with the country; state-body-heads.tsv).
     */
    boolean isStateBodyHead(String word) {
        return stateBodyHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Act": a law head that makes a law of the capitalized words it closes, whatever the model saw (law-heads.tsv, strong). */
    boolean isStrongLawHead(String word) {
        return "strong".equals(lawHeads.valueOf(new String[] {word}, 0, 1));
    }

    /** "Law" and "Order": two words English joins with "and" as one phrase (fixed-pairs.tsv), any case. */
    boolean isFixedPair(String before, String after) {
        return fixedPairs.contains((before + " and " + after).toLowerCase(Locale.ROOT));
    }
}
