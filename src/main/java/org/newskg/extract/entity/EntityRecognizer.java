package org.newskg.extract.entity;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.newskg.kb.NameHit;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Sentence;

/**
 * Finds entity mentions in an annotated article. With a statistical model ({@link #withModels}; the
 * pipeline loads the shipped {@code data/models/en-ner.bin}) the model proposes names everywhere and the
 * knowledge base names, demonyms and patterns (names cued by titles, role nouns in apposition, heads and
 * prepositions) correct it where they are reliable ({@link NameCombiner}); the article is then made
 * consistent ({@link DocumentConsistency}). Without a model the rule layers alone decide. Acronyms and
 * short forms that refer back to the names come last.
 *
 * <pre>{@code
 * EntityRecognizer recognizer = EntityRecognizer.load(dataDir, KnowledgeBase.load(dataDir));
 * List<EntityMention> mentions = recognizer.find(models.newAnnotator().annotate(article));
 * }</pre>
 * Immutable and thread-safe: the lexicon files are read once by {@link #load}. The finders are
 * OpenNLP {@link opennlp.tools.namefind.TokenNameFinder}s; {@link MentionMerger} resolves overlaps among rules.
 */
public final class EntityRecognizer {

    /** Word classes capitalized at the start of a sentence only: "The", "In", "It", "And", "Then". */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORDS_BY_SINGLE_SPACES = Pattern.compile("\\S+( \\S+)+");
    private static final Set<String> SENTENCE_OPENERS = Set.of("DET", "ADP", "PRON", "CCONJ", "SCONJ", "ADV", "AUX", "PART");

    private final List<WordFinder> finders;
    private final CueLexicon cues;
    private final StatisticalLayer statistical;
    private final LanguageUse languages;
    private final PhraseSet particles;
    private final NameShapes shapes;
    private final PhraseSet personParticles;
    private final Function<String, EntityType> articlePlace;
    private final SportsPages sports;
    static final String DEMONYM_EVENT_RULE = "pattern:demonym-event";
    static final String CONJUNCT_RULE = "pattern:org-conjunct";

    private EntityRecognizer(List<WordFinder> finders, CueLexicon cues, PhraseSet particles, PhraseSet personParticles,
                             StatisticalLayer statistical, Function<String, EntityType> articlePlace, SportsPages sports) {
        this.articlePlace = articlePlace;
        this.sports = sports;
        this.finders = List.copyOf(finders);
        this.cues = cues;
        this.particles = particles;
        this.personParticles = personParticles;
        this.shapes = new NameShapes(personParticles);
        this.statistical = statistical;
        this.languages = new LanguageUse(cues);
    }

    /**
     * This recognizer with statistical name finder models (the shipped default, or models from
     * {@code kg train-ner}) as its backbone, replacing any models it had.
     */
    public EntityRecognizer withModels(List<TokenNameFinderModel> models) {
        return new EntityRecognizer(finders, cues, particles, personParticles, new StatisticalLayer(models, new MiscTyper(cues)),
                articlePlace, sports);
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
                new PhraseSet(FirstColumnFile.readOptional(dataDir.resolve("lexicon/org-followers.tsv"), "ORGANIZATION")), particles);
        Map<String, String> roleNouns = new LinkedHashMap<>(FirstColumnFile.read(dataDir.resolve("roles/titles.tsv"), "ROLE"));
        roleNouns.putAll(FirstColumnFile.readOptional(dataDir.resolve("lexicon/role-nouns.tsv"), "ROLE"));
        return new EntityRecognizer(List.of(
                KbNameFinder.names(kb.names()),
                KbNameFinder.demonyms(kb.demonyms()),
                names,
                new PersonPatternFinder(cues, names),
                new AppositionPersonFinder(new PhraseSet(roleNouns), names),
                GroupWordFinder.load(dataDir),
                new InstitutionFinder(cues)), cues, particles, personParticles,
                new StatisticalLayer(List.of(), new MiscTyper(cues)), name -> kb.candidates(name).stream()
                        .filter(h -> h.fit().compareTo(NameHit.Fit.ALIAS) <= 0 && h.entry().type().root() == EntityType.PLACE)
                        .map(h -> h.entry().type()).findFirst().orElse(null), SportsPages.load(dataDir));
    }

    /**
     * "the Italian Grand Prix", "the British Open", "GERMAN MASTERS": a nationality word opening capitalized words that
     * end in an event head (event-heads.tsv) is part of the event's name, not a nationality of its own.
     */
    private List<NameMatch> withDemonymEvents(String[] words, List<NameMatch> matches) {
        List<NameMatch> events = new ArrayList<>();
        for (NameMatch m : matches) {
            if (!m.rule().equals("kb:demonym")) {
                continue;
            }
            int end = m.end();
            while (end < words.length && end - m.end() < 3 && Character.isUpperCase(words[end].codePointAt(0))
                    && !cues.isStopCapital(words[end])) {
                end++;
            }
            for (int e = end; e > m.end(); e--) {
                if (cues.eventHeads().longestEndingAt(words, e) > 0) {
                    events.add(new NameMatch(m.start(), e, EntityType.EVENT, ProperNounPatternFinder.join(words, m.start(), e), null,
                            DEMONYM_EVENT_RULE, 0.8));
                    break;
                }
            }
        }
        if (events.isEmpty()) {
            return matches;
        }
        List<NameMatch> out = new ArrayList<>(matches);
        out.removeIf(m -> events.stream().anyMatch(ev -> m.start() < ev.end() && ev.start() < m.end()));
        out.addAll(events);
        return out;
    }

    /**
     * "Commerzbank and Dresdner Bank reported": a head word ("Bank", "Party"; not a legal suffix such as "Plc", which
     * ends "Marks and Spencer Plc") closing words joined by "and" names one body when the words before the connector
     * are English ("Food and Drug Administration", "Justice and Development Party"), but two when the only word
     * before it is none (the model's vocabulary): a one-word name of its own, coordinated with the other body.
     */
    private List<NameMatch> withConjoinedCompanies(String[] words, List<NameMatch> matches) {
        WordClasses vocabulary = statistical.vocabulary();
        if (vocabulary.size() == 0) {
            return matches;
        }
        List<NameMatch> out = new ArrayList<>(matches.size() + 1);
        for (NameMatch m : matches) {
            int and = m.start() + 1;
            boolean split = m.rule().equals("pattern:org-suffix") && m.length() >= 4 && words[and].equals("and")
                    && !vocabulary.isCommon(words[m.start()]) && Character.isUpperCase(words[and + 1].codePointAt(0))
                    && "head".equals(cues.orgHeads().valueOf(words, m.end() - 1, m.end()));
            if (split) {
                out.add(new NameMatch(m.start(), and, EntityType.ORGANIZATION, words[m.start()], null, CONJUNCT_RULE, 0.6));
                out.add(new NameMatch(and + 1, m.end(), EntityType.ORGANIZATION, ProperNounPatternFinder.join(words, and + 1, m.end()),
                        null, m.rule(), m.confidence()));
            } else {
                out.add(m);
            }
        }
        return out;
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
            List<NameMatch> matches = new ArrayList<>();
            for (WordFinder f : finders) {
                matches.addAll(withoutLeadingTitles(w, f.match(w.words(), w.tags())));
            }
            matches.removeIf(m -> !isWrittenAsName(w, m));
            // "the Bali resort of Nusa Dua, Indonesia's foreign minister said": after a strong place cue the comma
            // and role noun are no apposition of a person.
            List<NameMatch> cuedPlaces = matches.stream().filter(m -> m.rule().equals("pattern:place-phrase")).toList();
            matches.removeIf(m -> m.rule().equals("pattern:apposition-person")
                    && cuedPlaces.stream().anyMatch(p -> p.start() == m.start()));
            // "the BEST photographer": a shouted English word after "the" is no acronym of a name.
            matches.removeIf(m -> m.rule().equals("pattern:the-acronym") && statistical.vocabulary().isCommon(w.words()[m.start()]));
            // "Group chief executive ...": a first word the tagger took for a common noun, and that is one, names nothing.
            matches.removeIf(m -> m.start() == 0 && (m.rule().equals("pattern:org-follower") || m.rule().equals("pattern:org-its"))
                    && !"PROPN".equals(w.tags()[0])
                    && (statistical.vocabulary().size() == 0 || statistical.vocabulary().isCommon(w.words()[0])));
            matches = withConjoinedCompanies(w.words(), matches);
            matches.addAll(regions(w.words(), matches));
            matches = withParticleNames(w.words(), matches);
            matches.removeIf(m -> m.rule().equals("kb:demonym") && languages.isLanguage(w.words(), w.tags(), m.start(), m.end()));
            matches = withDemonymEvents(w.words(), matches);
            for (NameMatch m : matches) {
                NameMatch whole = models != null && m.qid() == null && m.type() == EntityType.PERSON ? shapes.complete(w, m) : m;
                candidates.add(new MentionMerger.Candidate(toMention(article, w, whole), whole.length()));
            }
            if (models != null) {
                for (NameMatch found : models.finders().match(w.words(), w.tags())) {
                    NameMatch cut = beforeStopCapital(w.words(), found);
                    for (NameMatch m : headlinePieces(w.words(), withArticle(w.words(), withKin(w.words(), cut)))) {
                        if (!isWrittenAsName(w, m)) {
                            continue;
                        }
                        NameMatch typed = m.type() == EntityType.PERSON ? m : shapes.hyphenatedPerson(w, m, cues::isHyphenSuffix);
                        modelled.add(toMention(article, w, typed.type() == EntityType.PERSON ? personOrFacility(w, typed) : priceMoved(w, typed)));
                    }
                }
            }
        }
        List<MentionMerger.Candidate> rules = titleBeatsKbType(candidates);
        List<EntityMention> merged = models == null ? MentionMerger.merge(rules)
                : DocumentConsistency.apply(article, sentences, NameCombiner.combine(rules, modelled, sentenceStarts::contains,
                        t -> isOnlyTitles(t)));
        merged = merged.stream().map(m -> withoutRank(article, m)).toList();
        List<EntityMention> withAcronyms = AcronymResolver.resolve(article, sentences, merged);
        List<EntityMention> all = new ArrayList<>(ShortFormResolver.resolve(article, sentences, withAcronyms,
                word -> "suffix".equals(cues.orgHeads().valueOf(new String[] {word}, 0, 1))));
        all.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end));
        return sports.apply(article, sentences, List.copyOf(all));
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

    /**
     * English writes a name with a capital or a digit somewhere ("Paris", "eBay", "G20"): "the republic" or
     * "The world" (a capital only because it opens the sentence) is no name, whatever a list or the model says.
     */
    private static boolean isWrittenAsName(SentenceWords w, NameMatch m) {
        for (int i = m.start(); i < m.end(); i++) {
            String word = w.words()[i];
            boolean capital = false;
            boolean titleCase = true;
            for (int k = 0; k < word.length(); ) {
                int c = word.codePointAt(k);
                capital |= Character.isUpperCase(c) || Character.isDigit(c);
                titleCase &= k == 0 || !Character.isUpperCase(c);
                k += Character.charCount(c);
            }
            boolean openerOnly = i == 0 && titleCase && SENTENCE_OPENERS.contains(w.tags()[i]);
            if (capital && !openerOnly) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Sharm el-Sheikh on Monday", "Nusa Dua Sunday": a model name ends before a word that is never a name by itself
     * (stop-capitals.tsv: weekdays, months, "Photo") and before the lower-case word leading to it ("on", "in"); a
     * family-name stop capital ("Theresa May") only ends it after a lower-case word ("the summit in Sochi on May 3").
     */
    private NameMatch beforeStopCapital(String[] words, NameMatch m) {
        if (m.length() > 1 && cues.isLeadStopCapital(words[m.start()])) {
            // "Rival Volkswagen AG said": the opening word is no part of the company's name
            m = new NameMatch(m.start() + 1, m.end(), m.type(), ProperNounPatternFinder.join(words, m.start() + 1, m.end()), m.qid(),
                    m.rule(), m.confidence());
        }
        for (int i = m.start() + 1; i < m.end(); i++) {
            boolean afterLower = Character.isLowerCase(words[i - 1].codePointAt(0));
            // Not an initial or a regnal number ("Thomas A. Edison", "Norton I"): one-letter stop capitals.
            boolean stop = cues.isStopCapital(words[i]) && Character.isUpperCase(words[i].codePointAt(0))
                    && (afterLower || !cues.isSurnameStopCapital(words[i]) && words[i].length() >= 3);
            if (stop) {
                int end = afterLower && i - 1 > m.start() ? i - 1 : i;
                return new NameMatch(m.start(), end, m.type(), ProperNounPatternFinder.join(words, m.start(), end), m.qid(),
                        m.rule(), m.confidence());
            }
        }
        return m;
    }

    /**
     * "The Hague said": a model name after a capitalized "The" that the knowledge base gives a place with it (a label
     * or alias, whether or not the recognizer may find it alone) is that place, article included, whatever type the
     * model gave the rest.
     */
    private NameMatch withArticle(String[] words, NameMatch m) {
        if (m.start() == 0 || !words[m.start() - 1].equals("The")) {
            return m;
        }
        EntityType place = articlePlace.apply("The " + m.name());
        return place == null ? m : new NameMatch(m.start() - 1, m.end(), place, "The " + m.name(), m.qid(), m.rule(), m.confidence());
    }

    /**
     * "Hamza bin Laden": a model name with a kinship particle inside ("bin", "ibn"; person-particles.tsv) names a
     * person, whatever the model's context made of it.
     */
    private NameMatch withKin(String[] words, NameMatch m) {
        if (m.type() == EntityType.PERSON) {
            return m;
        }
        for (int i = m.start() + 1; i < m.end() - 1; i++) {
            if (Character.isLowerCase(words[i].codePointAt(0)) && cues.isKinParticle(words[i])) {
                return new NameMatch(m.start(), m.end(), EntityType.PERSON, m.name(), m.qid(), m.rule(), m.confidence());
            }
        }
        return m;
    }

    /**
     * "ZELENSKIY MEET ERDOGAN IN ISTANBUL": in an all-caps line the model, seeing every word capitalized, runs a person
     * on through the verb. A word there that is common English and no proper noun anywhere (the model's vocabulary:
     * "MEET", not "BROWN" or "MAY") nor a known given name is no part of a person's name: the name is cut into the
     * pieces around it ("HAMZA BIN LADEN" keeps its particle). Other names and other lines are returned whole.
     */
    private List<NameMatch> headlinePieces(String[] words, NameMatch m) {
        if (m.type() != EntityType.PERSON || m.qid() != null || m.length() < 2 || !ProperNounPatternFinder.isAllCapsLine(words)) {
            return List.of(m);
        }
        WordClasses vocabulary = statistical.vocabulary();
        List<NameMatch> pieces = new ArrayList<>();
        int from = m.start();
        for (int i = m.start(); i <= m.end(); i++) {
            boolean cut = i < m.end() && vocabulary.isCommon(words[i]) && !vocabulary.isProper(words[i])
                    && !cues.givenNames().contains(titleCase(words[i]))
                    && !personParticles.contains(words[i].toLowerCase(java.util.Locale.ROOT));
            if (i == m.end() || cut) {
                if (i > from) {
                    pieces.add(new NameMatch(from, i, m.type(), ProperNounPatternFinder.join(words, from, i), null, m.rule(),
                            m.confidence()));
                }
                from = i + 1;
            }
        }
        return pieces;
    }

    private static String titleCase(String word) {
        return word.length() < 2 ? word : word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A model person completed to the whole name; a span that is nothing but a facility head ("the Kremlin's
     * hall") names a building, whatever the model's context made of it.
     */
    private NameMatch personOrFacility(SentenceWords w, NameMatch m) {
        if (cues.facilityHeads().valueOf(w.words(), m.start(), m.end()) != null) {
            return new NameMatch(m.start(), m.end(), EntityType.FACILITY, m.name(), m.qid(), m.rule(), m.confidence());
        }
        // "Velkor said it would close two plants": a person says what "he" or "she" will do; only a name whose first
        // word is no known given name is taken for a company on this cue ("John Smith said it was late" stays a person).
        if (m.qid() == null && (ProperNounPatternFinder.isSubjectOfIts(w.words(), w.tags(), m.end())
                || ProperNounPatternFinder.isSubjectOfSaidIt(w.words(), w.tags(), m.end())
                        && !cues.givenNames().contains(titleCase(w.words()[m.start()])))) {
            return new NameMatch(m.start(), m.end(), EntityType.ORGANIZATION, m.name(), m.qid(), "pattern:org-its", m.confidence());
        }
        NameMatch company = priceMoved(w, m);
        return company != m ? company : shapes.complete(w, m);
    }


    /**
     * "Lloyds TSB jumped 14 pence", "Glaxo Wellcome eased four pence": a model name whose share price moves is a company,
     * whatever else the model read it as (the tagger's tags may keep the pattern layer from reading the name there).
     */
    private NameMatch priceMoved(SentenceWords w, NameMatch m) {
        if (m.qid() != null || m.type() == EntityType.ORGANIZATION
                || !ProperNounPatternFinder.isPriceMove(cues, w.words(), w.tags(), m.end())) {
            return m;
        }
        return new NameMatch(m.start(), m.end(), EntityType.ORGANIZATION, m.name(), m.qid(), "pattern:org-follower", m.confidence());
    }

    /** "Director", "Prime Minister": words that are all title, no name. */
    private boolean isOnlyTitles(String text) {
        String[] words = SPACES.split(text);
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

    /** "Latin America", "Horn of Africa": a region prefix before a known place makes one larger, unlinked region. */
    private List<NameMatch> regions(String[] words, List<NameMatch> matches) {
        List<NameMatch> out = new ArrayList<>();
        for (NameMatch m : matches) {
            if (m.qid() == null || m.type().root() != EntityType.PLACE || m.rule().equals("kb:demonym")) {
                continue;
            }
            int n = cues.regionPrefixes().longestEndingAt(words, m.start());
            // "South China Sea": a capitalized word after the place continues a longer name, not a region.
            boolean continues = m.end() < words.length && Character.isUpperCase(words[m.end()].codePointAt(0));
            if (n > 0 && !continues) {
                int start = m.start() - n;
                out.add(new NameMatch(start, m.end(), EntityType.REGION, ProperNounPatternFinder.join(words, start, m.end()), null,
                        "pattern:region-prefix", 0.75));
            }
        }
        return out;
    }

    /**
     * "Santiago del Estero": a known name ("Santiago") continued by capitalized words and a name particle
     * (data/lexicon/name-particles.tsv) is only the start of a longer name. A place becomes one unlinked
     * place of the whole span; a person keeps its link, the particle adding a surname ("da Costa").
     */
    private List<NameMatch> withParticleNames(String[] w, List<NameMatch> matches) {
        List<NameMatch> out = new ArrayList<>();
        for (NameMatch m : matches) {
            int end = ProperNounPatternFinder.particleNameEnd(particles, w, m.end());
            if (m.qid() == null || m.rule().equals("kb:demonym") || end == m.end()) {
                out.add(m);
            } else if (m.type().root() == EntityType.PERSON) {
                out.add(new NameMatch(m.start(), end, m.type(), m.name(), m.qid(), m.rule(), m.confidence()));
            } else {
                out.add(new NameMatch(m.start(), end, m.type().root(), ProperNounPatternFinder.join(w, m.start(), end), null,
                        "pattern:particle-name", 0.7));
            }
        }
        return out;
    }

    /**
     * KB aliases such as "President Biden" would swallow the title; when the same entry also matches
     * the words after the title, keep that shorter match so the title stays outside the mention.
     */
    private List<NameMatch> withoutLeadingTitles(SentenceWords w, List<NameMatch> matches) {
        List<NameMatch> out = new ArrayList<>(matches.size());
        for (NameMatch m : matches) {
            int t = m.qid() == null ? 0 : cues.titles().longestAt(w.words(), m.start());
            if (t == 0 || t >= m.length() || !hasShorterSameEntry(matches, m)) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean hasShorterSameEntry(List<NameMatch> matches, NameMatch m) {
        for (NameMatch o : matches) {
            if (o.qid() != null && o.qid().equals(m.qid()) && o.start() > m.start() && o.end() == m.end()) {
                return true;
            }
        }
        return false;
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
        // "Pope") does not, so one capitalized word after it is the name.
        int rest = n > 0 ? 2 : 1;
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
