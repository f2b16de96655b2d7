package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.newskg.kb.EntityType;

/**
 * Corrects the names the statistical model found in a sentence where the words say more than the model's context:
 * a name cut before a weekday or a month, "The Hague" with its article, "Hamza bin Laden" a person, an all-caps
 * headline's person cut at common words and its place or body at the headline's verb, a share price's mover a company, a
 * lone facility head a building.
 *
 * <pre>{@code
 * List<NameMatch> names = corrections.correct(words, finders.match(words.words(), words.tags()));
 * }</pre>
 * Immutable and thread-safe.
 */
final class ModelCorrections {

    private final CueLexicon cues;
    private final NameShapes shapes;
    private final PhraseSet personParticles;
    private final Function<String, EntityType> articlePlace;
    private final WordClasses vocabulary;
    private final NonPersonReadings nonPersons;

    /**
     * @param articlePlace the knowledge base's place type of a name with its article ("The Hague"), or null
     * @param vocabulary   the model's English vocabulary (common words, proper nouns)
     */
    ModelCorrections(CueLexicon cues, NameShapes shapes, PhraseSet personParticles, Function<String, EntityType> articlePlace,
                     WordClasses vocabulary) {
        this.cues = cues;
        this.shapes = shapes;
        this.personParticles = personParticles;
        this.articlePlace = articlePlace;
        this.vocabulary = vocabulary;
        this.nonPersons = new NonPersonReadings(cues);
    }

    /** The model's names of sentence {@code w}, corrected, in the model's order; names that are not written as names dropped. */
    List<NameMatch> correct(SentenceWords w, List<NameMatch> found) {
        List<NameMatch> out = new ArrayList<>();
        for (NameMatch f : found) {
            NameMatch cut = withHyphenedHead(w, beforeStopCapital(w.words(), withoutLowerHead(w.words(),
                    withoutLowerArticle(w.words(), withoutOpeningThe(w.words(), withoutTrailingLower(w.words(), f))))), found);
            for (NameMatch m : headlinePieces(w.words(), withArticle(w.words(), withKin(w.words(), cut)))) {
                if (!NameWords.isWrittenAsName(w, m, vocabulary)) {
                    continue;
                }
                NameMatch typed = m.type() == EntityType.PERSON ? nonPersons.retype(w, m) : shapes.hyphenatedPerson(w, m, cues::isHyphenSuffix);
                out.add(typed.type() == EntityType.PERSON ? personOrFacility(w, typed) : priceMoved(w, typed));
            }
        }
        return out;
    }

    /**
     * "Sharm el-Sheikh on Monday", "Nusa Dua Sunday": a model name ends before a word that is never a name by itself
     * (stop-capitals.tsv: weekdays, months, "Photo") and before the lower-case word leading to it ("on", "in"); a
     * family-name stop capital ("Theresa May") only ends it after a lower-case word ("the summit in Sochi on May 3").
     */
    private NameMatch beforeStopCapital(String[] words, NameMatch m) {
        if (m.length() > 1 && cues.isLeadStopCapital(words[m.start()])) {
            // "Rival Volkswagen AG said": the opening word is no part of the company's name
            m = new NameMatch(m.start() + 1, m.end(), m.type(), NameWords.join(words, m.start() + 1, m.end()), m.qid(),
                    m.rule(), m.confidence());
        }
        for (int i = m.start() + 1; i < m.end(); i++) {
            boolean afterLower = Character.isLowerCase(words[i - 1].codePointAt(0));
            // Not an initial or a regnal number ("Thomas A. Edison", "Norton I"): one-letter stop capitals.
            boolean stop = cues.isStopCapital(words[i]) && Character.isUpperCase(words[i].codePointAt(0))
                    && (afterLower || !cues.isSurnameStopCapital(words[i]) && words[i].length() >= 3);
            if (stop) {
                int end = afterLower && i - 1 > m.start() ? i - 1 : i;
                return new NameMatch(m.start(), end, m.type(), NameWords.join(words, m.start(), end), m.qid(),
                        m.rule(), m.confidence());
            }
        }
        return m;
    }

    /** Lower-case words that join a name to what follows it, never its last word. */
    private static final Set<String> TRAILING = Set.of("of", "and", "the", "for", "in", "on", "to");

    /**
     * "Nordvik-" + "Kessel said": the model began a name after a hyphen glued to a capitalized word it did not take;
     * that word is the first half of one hyphenated name ("Nordvik-Kessel"), unless it is a common English word
     * ("Anti-", "Post-"), a stop capital, or another name the model found ("Strelsau-Zenda": two names).
     */
    private NameMatch withHyphenedHead(SentenceWords w, NameMatch m, List<NameMatch> found) {
        String[] words = w.words();
        int s = m.start();
        // the tokenizer gives "Nordvik" "-" "Kessel" or "Nordvik-" "Kessel"
        boolean apart = s >= 2 && words[s - 1].equals("-") && w.ends()[s - 2] == w.begins()[s - 1];
        boolean kept = !apart && s >= 1 && words[s - 1].length() > 2 && words[s - 1].endsWith("-");
        int from = apart ? s - 2 : s - 1;
        if (!apart && !kept || w.ends()[s - 1] != w.begins()[s] || from > 0 && w.ends()[from - 1] == w.begins()[from]) {
            return m;
        }
        String head = kept ? words[from].substring(0, words[from].length() - 1) : words[from];
        if (head.length() < 2 || !Character.isUpperCase(head.codePointAt(0)) || !head.chars().allMatch(Character::isLetter)
                || vocabulary.isCommon(head) || cues.isStopCapital(head)
                || found.stream().anyMatch(o -> o.start() <= from && from < o.end())) {
            return m;
        }
        return new NameMatch(from, m.end(), m.type(), NameWords.join(words, from, m.end()), m.qid(), m.rule(), m.confidence());
    }

    /**
     * "accused Ottawa of \"an act of piracy\"", "accusing Uganda of arresting": a name never ends with a lower-case
     * word joining it to what follows ("of", "and", "the"); the model's name ends before it.
     */
    private static NameMatch withoutTrailingLower(String[] words, NameMatch m) {
        int end = m.end();
        while (end - m.start() > 1 && TRAILING.contains(words[end - 1])) {
            end--;
        }
        return end == m.end() ? m
                : new NameMatch(m.start(), end, m.type(), NameWords.join(words, m.start(), end), m.qid(), m.rule(), m.confidence());
    }

    /**
     * "observers from the Netherlands", "a united Germany": a lower-case article or adjective is no part of a name (the
     * knowledge base may hold it in an alias, "the Netherlands", for finding the name, and the model may have learnt it
     * from there); the name starts after it. A particle ("de Gaulle", "al-Assad") or a word with a capital inside
     * ("eBay") opens names.
     */
    private NameMatch withoutLowerArticle(String[] words, NameMatch m) {
        int start = m.start();
        while (m.end() - start >= 2 && isLowerWord(words[start]) && personParticles.longestAt(words, start) == 0) {
            start++;
        }
        return start == m.start() ? m
                : new NameMatch(start, m.end(), m.type(), NameWords.join(words, start, m.end()), m.qid(), m.rule(), m.confidence());
    }

    /**
     * "The Ruritanian Liberation Front had threatened...": the capital of a sentence's first "The" says nothing about
     * the name after it, which running text writes "the Ruritanian Liberation Front"; the name starts after it (a
     * place the knowledge base knows with its article, "The Hague", gets it back in {@link #withArticle}). Inside a
     * sentence a capital "The" may belong to the name ("at The Oval").
     */
    private static NameMatch withoutOpeningThe(String[] words, NameMatch m) {
        int start = m.start();
        boolean opening = start == 0 || NameWords.isOpeningPunctuation(words[start - 1]);
        if (m.length() < 2 || !opening || !words[start].equals("The")) {
            return m;
        }
        return new NameMatch(start + 1, m.end(), m.type(), NameWords.join(words, start + 1, m.end()), m.qid(), m.rule(), m.confidence());
    }

    private static boolean isLowerWord(String w) {
        return !w.isEmpty() && w.chars().allMatch(Character::isLowerCase);
    }

    /**
     * "the Yangtze river", "the Sinai peninsula", "Hyogo prefecture": a lower-case place head (place-heads.tsv) after
     * a name is no part of it, but says the name is a place, whatever the model made of the whole.
     */
    private NameMatch withoutLowerHead(String[] words, NameMatch m) {
        int last = m.end() - 1;
        if (m.length() < 2 || !Character.isLowerCase(words[last].codePointAt(0))) {
            return m;
        }
        String head = cues.placeHeads().valueOf(words, last, m.end());
        if (head == null) {
            return m;
        }
        EntityType type = m.type().root() == EntityType.PLACE ? m.type() : EntityType.parse(head);
        return new NameMatch(m.start(), last, type, NameWords.join(words, m.start(), last), m.qid(), m.rule(), m.confidence());
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
     * pieces around it ("HAMZA BIN LADEN" keeps its particle). A place or body of two or more such words and nothing
     * else, no name head among them ("BLOODLESS COUP"), names nothing. Other names and other lines are returned whole.
     */
    private List<NameMatch> headlinePieces(String[] words, NameMatch m) {
        if (m.qid() != null || m.length() < 2 || !NameWords.isAllCapsLine(words)) {
            return List.of(m);
        }
        if (m.type() != EntityType.PERSON && allPlainCommon(words, m)) {
            // "FIJI ARMY OFFICER SEIZES POWER IN BLOODLESS COUP": common words and nothing else name nothing
            return List.of();
        }
        if (m.type() != EntityType.PERSON) {
            return List.of(beforeHeadlineVerb(words, m));
        }
        List<NameMatch> pieces = new ArrayList<>();
        int from = m.start();
        for (int i = m.start(); i <= m.end(); i++) {
            boolean cut = i < m.end() && vocabulary.isCommon(words[i]) && !vocabulary.isProper(words[i])
                    && !cues.givenNames().contains(titleCase(words[i]))
                    && !personParticles.contains(words[i].toLowerCase(Locale.ROOT));
            if (i == m.end() || cut) {
                if (i > from) {
                    pieces.add(new NameMatch(from, i, m.type(), NameWords.join(words, from, i), null, m.rule(),
                            m.confidence()));
                }
                from = i + 1;
            }
        }
        return pieces;
    }

    /**
     * "GHANA OPPOSITION CLAIMS VICTORY", "KOREA DEVELOPMENT BANK RAISES LOAN": in an all-caps headline the model runs a
     * place or a body on through the headline's verb. A headline verb is in the present ("CLAIMS", "RAISES"): a common
     * English word ending in -s whose stem is common too, no proper noun and no name head ("ELECTRONICS", "AIRWAYS"
     * close company names). The name ends before it, and common words left before it that are no name head
     * ("OPPOSITION", "FLOOD TOLL") are the headline's subject noun, not the name's ("KOREA DEVELOPMENT BANK" keeps its
     * head). A name with no such verb is returned whole.
     */
    private NameMatch beforeHeadlineVerb(String[] words, NameMatch m) {
        int verb = -1;
        for (int i = m.start() + 1; i < m.end() && verb < 0; i++) {
            if (isHeadlineVerb(words[i])) {
                verb = i;
            }
        }
        if (verb < 0) {
            return m;
        }
        int end = verb;
        while (end > m.start() + 1 && isPlainCommon(words[end - 1])) {
            end--;
        }
        return new NameMatch(m.start(), end, m.type(), NameWords.join(words, m.start(), end), null, m.rule(), m.confidence());
    }

    private boolean allPlainCommon(String[] words, NameMatch m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (!isPlainCommon(words[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean isHeadlineVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 4 || !lower.endsWith("s") || lower.endsWith("ss") || !isPlainCommon(word)) {
            return false;
        }
        String stem = lower.substring(0, lower.length() - 1);
        return vocabulary.isCommon(stem) || stem.endsWith("e") && vocabulary.isCommon(stem.substring(0, stem.length() - 1));
    }

    /** A common English word that is no proper noun, no given name and no head of a name ("BANK", "CUP", "AIRWAYS"). */
    private boolean isPlainCommon(String word) {
        String[] one = {word};
        return vocabulary.isCommon(word) && !vocabulary.isProper(word) && !cues.givenNames().contains(titleCase(word))
                && cues.orgHeads().valueOf(one, 0, 1) == null && cues.facilityHeads().valueOf(one, 0, 1) == null
                && cues.placeHeads().valueOf(one, 0, 1) == null && cues.eventHeads().valueOf(one, 0, 1) == null
                && cues.lawHeads().valueOf(one, 0, 1) == null && cues.institutions().valueOf(one, 0, 1) == null;
    }

    private static String titleCase(String word) {
        return word.length() < 2 ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * A model person completed to the whole name; a span that is nothing but a facility head ("the Kremlin's
     * hall") names a building, whatever the model's context made of it.
     */
    private NameMatch personOrFacility(SentenceWords w, NameMatch m) {
        if (cues.facilityHeads().valueOf(w.words(), m.start(), m.end()) != null || isHeadedSite(w.words(), m)) {
            return new NameMatch(m.start(), m.end(), EntityType.FACILITY, m.name(), m.qid(), m.rule(), m.confidence());
        }
        // "Velkor said it would close two plants": a person says what "he" or "she" will do; only a name whose first
        // word is no known given name is taken for a company on this cue ("John Smith said it was late" stays a person).
        if (m.qid() == null && (CompanyCues.isSubjectOfIts(w.words(), w.tags(), m.end())
                || CompanyCues.isSubjectOfSaidIt(w.words(), w.tags(), m.end())
                        && !cues.givenNames().contains(titleCase(w.words()[m.start()])))) {
            return new NameMatch(m.start(), m.end(), EntityType.ORGANIZATION, m.name(), m.qid(), "pattern:org-its", m.confidence());
        }
        NameMatch company = priceMoved(w, m);
        if (company != m) {
            return company;
        }
        // "Hollins-Vane fell 7/8": the share price moves after the whole name, not after the given name the model saw.
        NameMatch whole = shapes.complete(w, m);
        return whole.end() > m.end() ? priceMoved(w, whole) : whole;
    }

    /**
     * "Groote Schuur Hospital", "Sevilla Biltmore Hotel": a model person ending in a facility head, with more words
     * before the head and no known given name first, names the site; a head that is also a surname stays a person when
     * a given name opens the name ("Jerry Hall", "Shirley Temple"). A KB person is left alone.
     */
    private boolean isHeadedSite(String[] words, NameMatch m) {
        int head = cues.facilityHeads().longestEndingAt(words, m.end());
        return m.qid() == null && head > 0 && m.end() - m.start() > head
                && !cues.givenNames().contains(titleCase(words[m.start()]));
    }

    /**
     * "Lloyds TSB jumped 14 pence", "Glaxo Wellcome eased four pence", "Hollis Brandt rose 2 percent": a model person or
     * place whose share price moves is a company, whatever else the model read it as (the tagger's tags may keep the
     * pattern layer from reading the name there). An index or another work ("the Nikkei fell 5 percent") is left alone.
     */
    private NameMatch priceMoved(SentenceWords w, NameMatch m) {
        if (m.qid() != null || m.type().root() != EntityType.PERSON && m.type().root() != EntityType.PLACE
                || !CompanyCues.isRelativePriceMove(cues, w.words(), w.tags(), m.end())) {
            return m;
        }
        return new NameMatch(m.start(), m.end(), EntityType.ORGANIZATION, m.name(), m.qid(), "pattern:org-follower", m.confidence());
    }
}
