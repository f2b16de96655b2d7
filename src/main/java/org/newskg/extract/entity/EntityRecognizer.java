package org.newskg.extract.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newskg.Cancellation;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.kb.KnowledgeBase;
import org.newskg.kb.NameKey;
import org.newskg.kb.NameHit;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Sentence;

/**
 * Finds entity mentions in an annotated article. With a statistical model ({@link #withModels}; the
 * pipeline loads the shipped {@code data/models/en-ner.bin}) the model proposes names everywhere and the
 * knowledge base names, demonyms and patterns (names cued by titles, role nouns in apposition, heads and
 * prepositions) correct it where they are reliable ({@link NameCombiner}); the article is then made
 * consistent ({@link DocumentConsistency}). Without a model the rule layers alone decide. Acronyms and
 * short forms that refer back to the names come last, then the teams of a sports page
 * ({@link SportsPages}), then the names of an all-caps headline from the story below it ({@link HeadlineNames}).
 * Each sentence's rule matches come from {@link RuleMatches}, the model's names through {@link ModelCorrections}.
 *
 * <pre>{@code
 * EntityRecognizer recognizer = EntityRecognizer.load(dataDir, KnowledgeBase.load(dataDir));
 * List<EntityMention> mentions = recognizer.find(models.newAnnotator().annotate(article));
 * }</pre>
 * Immutable and thread-safe: the lexicon files are read once by {@link #load}. The finders are
 * OpenNLP {@link opennlp.tools.namefind.TokenNameFinder}s; {@link MentionMerger} resolves overlaps among rules.
 */
public final class EntityRecognizer {

    /** A city of about 100,000 people and more has at least this prior (see the knowledge base build's Places). */
    private static final double NOTABLE_PLACE_PRIOR = 0.3;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The rule of a country split off a state body's name ({@link #statesBeforeBodies}). */
    static final String STATE_RULE = "pattern:state-of-body";

    /** "Velkor of Ruritania": the country a body or person found with it is from. */
    static final String COUNTRY_OF_RULE = "pattern:country-of";
    /** The rule of a company's arm in a country or region ({@link #companiesOfRegions}). */
    static final String REGIONAL_ARM_RULE = "pattern:regional-arm";
    private static final Pattern WORDS_BY_SINGLE_SPACES = Pattern.compile("\\S+( \\S+)+");

    private final List<WordFinder> finders;
    private final CueLexicon cues;
    private final StatisticalLayer statistical;
    private final PhraseSet particles;
    private final NameShapes shapes;
    private final PhraseSet personParticles;
    private final Function<String, EntityType> articlePlace;
    private final Function<String, EntityType> notablePlace;
    private final SportsPages sports;
    private final RuleMatches ruleMatches;
    private final ModelCorrections corrections;
    private final PlacesNotPeople placesNotPeople;
    private final NumberedProducts products;
    private final RankedGivenNames rankedGivenNames;

    private EntityRecognizer(List<WordFinder> finders, CueLexicon cues, PhraseSet particles, PhraseSet personParticles,
                             StatisticalLayer statistical, Function<String, EntityType> articlePlace,
                             Function<String, EntityType> notablePlace, SportsPages sports, NumberedProducts products) {
        this.products = products;
        this.articlePlace = articlePlace;
        this.notablePlace = notablePlace;
        this.sports = sports;
        this.finders = List.copyOf(finders);
        this.cues = cues;
        this.rankedGivenNames = new RankedGivenNames(cues);
        this.particles = particles;
        this.personParticles = personParticles;
        this.shapes = new NameShapes(personParticles, cues::isKinParticle);
        this.statistical = statistical;
        this.ruleMatches = new RuleMatches(this.finders, cues, particles, statistical.vocabulary());
        this.corrections = new ModelCorrections(cues, shapes, personParticles, articlePlace, statistical.vocabulary());
        this.placesNotPeople = new PlacesNotPeople(notablePlace, cues.givenNames()::contains, w -> cues.orgHeads().contains(w)
                || cues.placeHeads().contains(w) || cues.facilityHeads().contains(w));
    }

    /**
     * This recognizer with statistical name finder models (the shipped default, or models from
     * {@code kg train-ner}) as its backbone, replacing any models it had.
     */
    public EntityRecognizer withModels(List<TokenNameFinderModel> models) {
        return new EntityRecognizer(finders, cues, particles, personParticles, new StatisticalLayer(models, new MiscTyper(cues)),
                articlePlace, notablePlace, sports, products);
    }

    /**
     * Reads {@code dataDir/lexicon/*.tsv} and the titles of {@code dataDir/roles/titles.tsv} (role nouns for
     * names in apposition); the knowledge base is shared, not copied.
     */
    public static EntityRecognizer load(Path dataDir, KnowledgeBase kb) {
        PhraseSet personParticles = personParticles(dataDir);
        CueLexicon cues = CueLexicon.load(dataDir, PersonNameParts.givenNames(kb.personLabels()).stream()
                .filter(g -> !personParticles.contains(g)).toList());
        PhraseSet particles = new PhraseSet(FirstColumnFile.readOptional(dataDir.resolve("lexicon/name-particles.tsv"), "PARTICLE"));
        ProperNounPatternFinder names = new ProperNounPatternFinder(cues,
                new PhraseSet(FirstColumnFile.readOptional(dataDir.resolve("lexicon/org-followers.tsv"), "ORGANIZATION")), particles,
                personParticles);
        Map<String, String> roleNouns = new LinkedHashMap<>(FirstColumnFile.read(dataDir.resolve("roles/titles.tsv"), "ROLE"));
        roleNouns.putAll(FirstColumnFile.readOptional(dataDir.resolve("lexicon/role-nouns.tsv"), "ROLE"));
        return new EntityRecognizer(List.of(
                KbNameFinder.names(kb.names()),
                KbNameFinder.demonyms(kb.demonyms()),
                names,
                new PersonPatternFinder(cues, names),
                new AppositionPersonFinder(new PhraseSet(roleNouns), names, personParticles),
                GroupWordFinder.load(dataDir),
                CreditLineFinder.load(dataDir),
                new InstitutionFinder(cues),
                WorkTitleFinder.load(dataDir)), cues, particles, personParticles,
                new StatisticalLayer(List.of(), new MiscTyper(cues)), name -> kb.candidates(name).stream()
                        .filter(h -> h.fit().compareTo(NameHit.Fit.ALIAS) <= 0 && h.entry().type().root() == EntityType.PLACE)
                        .map(h -> h.entry().type()).findFirst().orElse(null), name -> notablePlace(kb, name), SportsPages.load(dataDir),
                NumberedProducts.load(dataDir, cues::isStopCapital));
    }

    /**
     * The type of the most notable place the knowledge base names {@code name} (label or alias), when that place is
     * notable and no person of the knowledge base bears the name in any form; null otherwise.
     */
    private static EntityType notablePlace(KnowledgeBase kb, String name) {
        List<NameHit> hits = kb.candidates(name);
        if (hits.stream().anyMatch(h -> h.entry().type().root() == EntityType.PERSON)) {
            return null;
        }
        return hits.stream().filter(h -> h.fit().compareTo(NameHit.Fit.ALIAS) <= 0 && h.entry().type().root() == EntityType.PLACE
                        && h.entry().prior() >= NOTABLE_PLACE_PRIOR)
                .max(Comparator.comparingDouble(h -> h.entry().prior())).map(h -> h.entry().type()).orElse(null);
    }

    /** The particles of people's names: those of place names plus data/lexicon/person-particles.tsv. */
    private static PhraseSet personParticles(Path dataDir) {
        Map<String, String> all = new LinkedHashMap<>(FirstColumnFile.readOptional(dataDir.resolve("lexicon/name-particles.tsv"), "PARTICLE"));
        all.putAll(FirstColumnFile.readOptional(dataDir.resolve("lexicon/person-particles.tsv"), "PARTICLE"));
        return new PhraseSet(all);
    }

    /** Mentions sorted by offset, never overlapping. */
    public List<EntityMention> find(AnnotatedText text) {
        return find(text, newFinders());
    }

    /**
     * Like {@link #find(AnnotatedText)}, reusing a thread's name finders ({@link #newFinders()}): making them
     * parses the model's features, which costs more than reading a short article.
     */
    public List<EntityMention> find(AnnotatedText text, ModelFinders models) {
        String article = text.text();
        List<SentenceWords> sentences = new ArrayList<>();
        List<MentionMerger.Candidate> candidates = new ArrayList<>();
        List<EntityMention> modelled = new ArrayList<>();
        Set<Integer> sentenceStarts = new HashSet<>();
        if (models != null) {
            models.finders().startDocument();
        }
        for (Sentence s : text.sentences()) {
            Cancellation.checkpoint();
            SentenceWords w = SentenceWords.of(s);
            sentences.add(w);
            // A first word the tagger calls a proper noun ("Paris is calm") is not a capitalized common word.
            if (w.size() > 0 && !"PROPN".equals(w.tags()[0])) {
                sentenceStarts.add(w.begins()[0]);
            }
            List<NameMatch> matches = ruleMatches.match(w);
            for (NameMatch m : matches) {
                NameMatch whole = models != null && m.qid() == null && m.type() == EntityType.PERSON ? shapes.complete(w, m) : m;
                candidates.add(new MentionMerger.Candidate(toMention(article, w, whole), whole.length()));
            }
            if (models != null) {
                for (NameMatch m : corrections.correct(w, models.finders().match(w.words(), w.tags()))) {
                    modelled.add(toMention(article, w, m));
                }
            }
        }
        List<MentionMerger.Candidate> rules = acronymsOfWireCopy(titleBeatsKbType(candidates));
        List<EntityMention> merged = models == null ? MentionMerger.merge(rules)
                : DocumentConsistency.apply(article, sentences, NameCombiner.combine(rules, modelled, sentenceStarts::contains,
                        t -> isOnlyTitles(t)));
        if (models != null) {
            merged = placesNotPeople.apply(merged);
        }
        merged = companiesBeforeCompanies(article, hyphenedPairs(article, merged));
        merged = companiesBeforeCompanies(article, joinedDemonyms(article, merged.stream().map(m -> withoutRank(article, m)).toList()));
        merged = rankedGivenNames.apply(article, merged);
        merged = withLegalSuffixes(article, companiesOfRegions(article, bodiesOfCountries(article, statesBeforeBodies(article, merged))));
        merged = IzafeNames.join(article, merged);
        merged = products.apply(article, sentences, merged);
        List<EntityMention> withAcronyms = AcronymResolver.resolve(article, sentences, merged);
        List<EntityMention> all = new ArrayList<>(ShortFormResolver.resolve(article, sentences, withAcronyms,
                this::isLegalSuffix));
        all.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end));
        List<EntityMention> sorted = sports.apply(article, sentences, List.copyOf(all));
        return models == null ? sorted : HeadlineNames.apply(article, sentences, sorted, this::isLegalSuffix,
                statistical.vocabulary()::isCommon);
    }

    /** One thread's name finders for {@link #find(AnnotatedText, ModelFinders)}; null when there is no model. */
    public ModelFinders newFinders() {
        return statistical.isEmpty() ? null : new ModelFinders(statistical.newFinders());
    }

    /** A thread's statistical name finders; not thread-safe. */
    public static final class ModelFinders {

        private final StatisticalLayer.Finders finders;

        private ModelFinders(StatisticalLayer.Finders finders) {
            this.finders = finders;
        }

        StatisticalLayer.Finders finders() {
            return finders;
        }
    }

    /** "Director", "Prime Minister": words that are all title, no name. */
    private boolean isOnlyTitles(String text) {
        String[] words = Spaces.split(text);
        int i = 0;
        while (i < words.length) {
            int n = cues.titles().longestAt(words, i);
            if (n == 0) {
                return false;
            }
            i += n;
        }
        return true;
    }

    /**
     * "General Abdourahamane Tiani", "Sheikh Salem bin Rashid": a rank the model or a pattern kept at the head of a
     * person it does not know is no part of the name when at least two capitalized words follow it (the knowledge
     * base's own names, "King Salman", are left alone), so that later mentions ("Tiani") and the knowledge base
     * meet the name itself. A title the model kept ("Emperor Akihito") leaves the name as soon as one word follows.
     */
    private EntityMention withoutRank(String article, EntityMention m) {
        if (m.type().root() != EntityType.PERSON || m.kbQid() != null) {
            return m;
        }
        if (!WORDS_BY_SINGLE_SPACES.matcher(m.text()).matches()) {
            return m; // offsets below count single spaces
        }
        String[] words = m.text().split(" ");
        int n = cues.ranks().longestAt(words, 0);
        // A rank may begin a name ("General" of "General Motors" read as a person); a title ("Emperor",
        // "Pope") does not, so one capitalized word after it is the name; after a military rank ("General
        // Wiranto") so is one that ends no company.
        boolean military = n > 0 && cues.isMilitaryRank(words, 0, n) && words.length == n + 1
                && cues.orgHeads().valueOf(words, n, n + 1) == null;
        int rest = n > 0 && !military ? 2 : 1;
        n = n > 0 ? n : cues.titles().longestAt(words, 0);
        if (n == 0 || words.length - n < rest || cues.titles().longestAt(words, n) > 0
                || !Character.isUpperCase(words[n].codePointAt(0))) {
            return m;
        }
        int cut = 0;
        for (int i = 0; i < n; i++) {
            cut += words[i].length() + 1;
        }
        int begin = m.begin() + cut;
        String text = article.substring(begin, m.end());
        String name = m.name().equals(m.text()) ? text : m.name();
        return new EntityMention(begin, m.end(), text, m.sentence(), m.type(), name, null, m.rule(), m.confidence());
    }

    /**
     * An unknown acronym alone names a body in wire copy ("ANC secretary-general", "LME warehouses"); in mail, forums
     * and papers it is as often a term ("RFP", "DUI", "BC"). A story with a dateline is wire copy; elsewhere the
     * acronym rule's guesses are dropped.
     */
    private static List<MentionMerger.Candidate> acronymsOfWireCopy(List<MentionMerger.Candidate> candidates) {
        boolean dated = candidates.stream().anyMatch(c -> c.mention().rule().equals("pattern:dateline-place"));
        return dated ? candidates : candidates.stream().filter(c -> !c.mention().rule().equals(CuedNames.ACRONYM_RULE)).toList();
    }

    /**
     * "a Bosnian Serb", "Greek Cypriot leaders": two nationality words side by side name one group (a Serb of Bosnia), not
     * two countries' people; they become one nationality mention linked to neither country, found as a listed people
     * is (rule pattern:group-word), so group-words.tsv need not list such pairs.
     */
    private static List<EntityMention> joinedDemonyms(String article, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            EntityMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (next != null && isNationalityWord(m) && isNationalityWord(next) && next.begin() == m.end() + 1
                    && article.charAt(m.end()) == ' ') {
                String text = article.substring(m.begin(), next.end());
                out.add(new EntityMention(m.begin(), next.end(), text, m.sentence(), EntityType.NATIONALITY, text, null,
                        GroupWordFinder.RULE, Math.min(m.confidence(), next.confidence())));
                i++;
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * "Samsung Electronics Co Ltd said": the legal suffixes right after a company name (org-heads.tsv, kind suffix) are
     * part of it, also when the name was found without them (a knowledge-base alias ending in "Co", the model).
     */
    private List<EntityMention> withLegalSuffixes(String article, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            int nextBegin = i + 1 < mentions.size() ? mentions.get(i + 1).begin() : article.length();
            int end = m.end();
            while (m.type().root() == EntityType.ORGANIZATION && end < nextBegin && article.charAt(end) == ' ') {
                int wordEnd = end + 1;
                while (wordEnd < nextBegin && !Character.isWhitespace(article.charAt(wordEnd))) {
                    wordEnd++;
                }
                String word = article.substring(end + 1, wordEnd);
                if (wordEnd == end + 1 || !isLegalSuffix(word)) {
                    break;
                }
                end = wordEnd;
            }
            out.add(end == m.end() ? m : new EntityMention(m.begin(), end, article.substring(m.begin(), end), m.sentence(),
                    m.type(), m.name(), m.kbQid(), m.rule(), m.confidence()));
        }
        return out;
    }

    /**
     * "the Ruritania Environmental Protection Agency", "the Ruritania Ministry of Foreign Affairs": an organization
     * found as one name whose first word or two the knowledge base calls a notable country, followed by at least three
     * words with a state body's head among them (state-body-heads.tsv), is that country (a place) and its body (an
     * organization): the country names the state the body belongs to, as "Ruritania 's Environmental Protection Agency"
     * would. Company names keep their country ("Ruritania Development Bank": no state body head); so does a body's
     * two-word short name, which wire copy writes with its country as one name ("the Ruritania State Department").
     */
    private List<EntityMention> statesBeforeBodies(String article, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            if (m.type().root() != EntityType.ORGANIZATION || m.kbQid() != null
                    || !WORDS_BY_SINGLE_SPACES.matcher(m.text()).matches()) {
                out.add(m);   // no country words (n = 0 below), so no body: the words are not split
                continue;
            }
            String[] words = Spaces.split(m.text());
            int n = countryWords(words);
            boolean body = false;
            for (int i = n; n > 0 && i < words.length; i++) {
                body |= cues.isStateBodyHead(words[i]);
            }
            if (!body || words.length - n < 3 || !Character.isUpperCase(words[n].codePointAt(0))) {
                out.add(m);
                continue;
            }
            int placeEnd = m.begin() + String.join(" ", Arrays.copyOfRange(words, 0, n)).length();
            int bodyBegin = placeEnd + 1;
            String place = article.substring(m.begin(), placeEnd);
            String rest = article.substring(bodyBegin, m.end());
            out.add(new EntityMention(m.begin(), placeEnd, place, m.sentence(), EntityType.COUNTRY, place, null, STATE_RULE,
                    m.confidence()));
            out.add(new EntityMention(bodyBegin, m.end(), rest, m.sentence(), EntityType.ORGANIZATION, rest, null, m.rule(),
                    m.confidence()));
        }
        return out;
    }

    /**
     * "Velkor of Ruritania", "Jane Doe of Ruritania": a name the model or a pattern found whole (no knowledge-base
     * entry), one to three words, "of" and a notable country, is the body or person and the country it is from, when
     * no head word closes the first part ("Bank of Ruritania", "Republic of Ruritania", "Sea of Ruritania" stay one
     * name) and its last word is no common English word ("Kingdom"). The first part is a person when it opens with a
     * known given name and has two words or three, else an organization.
     */
    private List<EntityMention> bodiesOfCountries(String article, List<EntityMention> mentions) {
        WordClasses vocabulary = statistical.vocabulary();
        if (vocabulary.size() == 0) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            int of = m.text().lastIndexOf(" of ");
            String[] first = of > 0 && m.kbQid() == null && WORDS_BY_SINGLE_SPACES.matcher(m.text()).matches()
                    ? Spaces.split(m.text().substring(0, of)) : new String[0];
            String country = of > 0 ? m.text().substring(of + 4) : "";
            if (first.length == 0 || first.length > 3 || notablePlace.apply(country) != EntityType.COUNTRY
                    || !Character.isUpperCase(first[0].codePointAt(0)) || vocabulary.isCommon(first[first.length - 1])
                    || cues.orgHeads().longestEndingAt(first, first.length) > 0
                    || cues.facilityHeads().longestEndingAt(first, first.length) > 0
                    || cues.placeHeads().longestEndingAt(first, first.length) > 0 || cues.titles().longestAt(first, 0) > 0) {
                out.add(m);
                continue;
            }
            boolean person = first.length >= 2 && cues.givenNames().contains(first[0]);
            int countryBegin = m.begin() + of + 4;
            String part = article.substring(m.begin(), m.begin() + of);
            out.add(new EntityMention(m.begin(), m.begin() + of, part, m.sentence(),
                    person ? EntityType.PERSON : EntityType.ORGANIZATION, part, null, m.rule(), m.confidence()));
            out.add(new EntityMention(countryBegin, m.end(), country, m.sentence(), EntityType.COUNTRY, country, null,
                    COUNTRY_OF_RULE, m.confidence()));
        }
        return out;
    }

    /** How many opening words (one or two) the knowledge base calls a notable country; 0 when none do. */
    private int countryWords(String[] words) {
        for (int n = Math.min(2, words.length - 1); n >= 1; n--) {
            if (notablePlace.apply(String.join(" ", Arrays.copyOfRange(words, 0, n))) == EntityType.COUNTRY) {
                return n;
            }
        }
        return 0;
    }

    /**
     * "Velkor America said", "Velkor Europe": an organization written right before a country, a region or a continent
     * the knowledge base knows (no city), one word with nothing between them, is one body, the company's arm there; the place is no mention of
     * its own. An all-caps organization (an acronym, "EU Ruritania talks") and a body closed by a head word ("the State
     * Department Ruritania desk") are left apart.
     */
    /** Whether the text's last word is an organization head of the kind "head" ("Party", "Ministry"). */
    private boolean endsOnHeadWord(String text) {
        String[] words = Spaces.split(text);
        return "head".equals(cues.orgHeads().valueOf(words, words.length - 1, words.length));
    }

    private List<EntityMention> companiesOfRegions(String article, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            EntityMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            boolean arm = next != null && m.type() == EntityType.ORGANIZATION && !NameKey.isAllCaps(m.text())
                    && !endsOnHeadWord(m.text())
                    && (next.type() == EntityType.COUNTRY || next.type() == EntityType.REGION || next.type() == EntityType.PLACE) && next.kbQid() != null
                    && !next.text().contains(" ") && next.begin() == m.end() + 1 && article.charAt(m.end()) == ' ';
            if (arm) {
                String text = article.substring(m.begin(), next.end());
                out.add(new EntityMention(m.begin(), next.end(), text, m.sentence(), EntityType.ORGANIZATION, text, null,
                        REGIONAL_ARM_RULE, Math.min(m.confidence(), next.confidence())));
                i++;
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * "Nordvik-Kessel said", "Nordvik-Kessel 's chairman": two names the knowledge base does not know, glued by a hyphen,
     * are one name (English writes no hyphen between two names). Two people make one person's double-barrelled name
     * ("Jane Doe-Smith"); any other pair followed by a verb's subject cue or a possessive is a company (two places
     * would be a region the knowledge base knows or a "Nordvik-Kessel border"), and so is a pair of names of people,
     * bodies or places that are not two known places ({@link #isPlacePair}); otherwise the first part's type stays.
     */
    private List<EntityMention> hyphenedPairs(String article, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            EntityMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (next == null || m.kbQid() != null || next.kbQid() != null || next.begin() != m.end() + 1
                    || article.charAt(m.end()) != '-' || m.sentence() != next.sentence()) {
                out.add(isHyphenedCompany(article, m, mentions) ? new EntityMention(m.begin(), m.end(), m.text(), m.sentence(),
                        EntityType.ORGANIZATION, m.name(), null, m.rule(), m.confidence()) : m);
                continue;
            }
            // "Jane Doe-Zenda": a person's whole name goes on with a second surname, whatever the model read it as
            boolean people = m.type() == EntityType.PERSON && (next.type() == EntityType.PERSON || m.text().contains(" "));
            EntityType type = people ? EntityType.PERSON
                    : SUBJECT_AFTER.matcher(article.substring(next.end(), Math.min(article.length(), next.end() + 12))).lookingAt()
                    || !isPlacePair(article, m, next) ? EntityType.ORGANIZATION : m.type();
            String text = article.substring(m.begin(), next.end());
            out.add(new EntityMention(m.begin(), next.end(), text, m.sentence(), type, text, null, m.rule(),
                    Math.min(m.confidence(), next.confidence())));
            i++;
        }
        return out;
    }

    /**
     * "Strelsau-Zenda": two places the knowledge base knows (a route, a border, a region); a pair with a people's, an
     * event's or a work's name keeps its first part's type too ("Ruritanian-Borduvian"). A pair of people, bodies or
     * places of which one part is no known place ("Strelsau-Doe Kessel": the model read both halves of a company as
     * places) names no place.
     */
    private boolean isPlacePair(String article, EntityMention m, EntityMention next) {
        if (!NAMED_BODY_ROOTS.contains(m.type().root()) || !NAMED_BODY_ROOTS.contains(next.type().root())) {
            return true;
        }
        return m.type().root() == EntityType.PLACE && next.type().root() == EntityType.PLACE
                && articlePlace.apply(m.text()) != null && articlePlace.apply(next.text()) != null;
    }

    /**
     * "Nordvik-Kessel 's chairman": one hyphenated word of two capitalized parts the model took for a person, with no
     * given name opening it, followed by a verb's subject cue or a possessive, is a company, unless the story names a
     * person whose name ends in it ("Jan Nordvik-Kessel ... Nordvik-Kessel said").
     */
    private boolean isHyphenedCompany(String article, EntityMention m, List<EntityMention> mentions) {
        if (m.type() != EntityType.PERSON || m.kbQid() != null || !HYPHENED_WORD.matcher(m.text()).matches()
                || cues.givenNames().contains(m.text().substring(0, m.text().indexOf('-')))
                || !SUBJECT_AFTER.matcher(article.substring(m.end(), Math.min(article.length(), m.end() + 12))).lookingAt()) {
            return false;
        }
        return mentions.stream().noneMatch(o -> o.type() == EntityType.PERSON && o.length() > m.length()
                && o.text().endsWith(" " + m.text()));
    }

    private static final Set<EntityType> NAMED_BODY_ROOTS = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);

    private static final Pattern HYPHENED_WORD = Pattern.compile("\\p{Lu}\\p{L}+-\\p{Lu}\\p{L}+");

    /** A word's beginning after a company's name that makes it the subject of a verb or a possessor. */
    private static final Pattern SUBJECT_AFTER = Pattern.compile(
            "\\s*(?:'s|\u2019s|said|says|has|had|will|would|is|was|shares|rose|fell|gained|lost|agreed|plans|announced)\\b");

    /** A word that closes a company's name ("Corp.", "Ltd": org-heads.tsv, kind suffix). */
    private boolean isLegalSuffix(String word) {
        return "suffix".equals(cues.orgHeads().valueOf(new String[] {word}, 0, 1));
    }

    /**
     * "Ayala Land and San Miguel Corp led the decline": a name the model read as a person, coordinated with a company
     * its suffix names, is a company too, unless it opens with a known given name or a title ("John Smith and Acme Corp",
     * "Lord Diplock and ... Ltd").
     */
    private List<EntityMention> companiesBeforeCompanies(String article, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < out.size(); i++) {
            EntityMention m = out.get(i);
            EntityMention next = out.get(i + 1);
            // the cheap tests first: the text between and the words are made for the few pairs that pass them
            if (m.type() != EntityType.PERSON || m.kbQid() != null || next.type() != EntityType.ORGANIZATION
                    || !next.rule().equals("pattern:org-suffix")) {
                continue;
            }
            String between = article.substring(m.end(), Math.max(m.end(), next.begin()));
            String[] words = Spaces.split(m.text());
            if ((between.equals(" and ") || between.equals(" & "))
                    && !cues.givenNames().contains(words[0]) && cues.titles().longestAt(words, 0) == 0) {
                out.set(i, new EntityMention(m.begin(), m.end(), m.text(), m.sentence(), EntityType.ORGANIZATION, m.name(), null,
                        RuleMatches.CONJUNCT_RULE, m.confidence()));
            }
        }
        return out;
    }

    /** One word naming a people: a country's demonym ("Bosnian"), a listed group word ("Serb") or the model's ("Asian"). */
    private static boolean isNationalityWord(EntityMention m) {
        return !m.text().contains(" ") && (m.rule().equals("kb:demonym") || m.type() == EntityType.NATIONALITY);
    }

    /** "Mr. Chad": a title before a name says PERSON, whatever else the KB calls that word. */
    private static List<MentionMerger.Candidate> titleBeatsKbType(List<MentionMerger.Candidate> candidates) {
        Set<List<Integer>> titled = new HashSet<>();
        candidates.stream().map(MentionMerger.Candidate::mention).filter(m -> m.rule().equals("pattern:title-person"))
                .forEach(m -> titled.add(List.of(m.begin(), m.end())));
        return candidates.stream().filter(c -> {
            EntityMention m = c.mention();
            return m.kbQid() == null || m.type() == EntityType.PERSON || !titled.contains(List.of(m.begin(), m.end()));
        }).toList();
    }

    private static EntityMention toMention(String article, SentenceWords w, NameMatch m) {
        int last = m.end() - 1;
        // A name never ends on a hyphen ("N'Dour-"): a finder that stopped there missed the word after it.
        while (last > m.start() && w.words()[last].equals("-")) {
            last--;
        }
        // "Sony Corp ." in spaced copy: a dot standing apart from the word before it is a full stop, no abbreviation's.
        while (last > m.start() && w.words()[last].equals(".") && w.begins()[last] > w.ends()[last - 1]) {
            last--;
        }
        int b = w.begins()[m.start()];
        int e = w.ends()[last];
        String text = article.substring(b, e);
        String name = m.qid() != null ? m.name() : singleSpaced(text);
        if (m.qid() == null && m.rule().equals("pattern:dateline-place")) {
            name = NameWords.titled(name); // "TOYAKO, Japan (AFP) -": the town is Toyako
        }
        return new EntityMention(b, e, text, w.sentence().index(), m.type(), name, m.qid(), m.rule(), m.confidence());
    }

    /** {@code text.replaceAll("\\s+", " ")}, or the text itself when its only white space is single spaces (most names). */
    private static String singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || i + 1 < text.length() && isRegexSpace(text.charAt(i + 1)))) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    /** A character of the regular expression class {@code \s} (ASCII white space: no UNICODE_CHARACTER_CLASS here). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
