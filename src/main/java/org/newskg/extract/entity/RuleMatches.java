package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.newskg.kb.EntityType;

/**
 * The rule layer of recognition for one sentence: runs the knowledge-base and pattern finders, then settles what their
 * matches say together (a title kept out of a KB alias, a place cue beating an apposition, "Commerzbank and Dresdner
 * Bank" as two bodies, "Latin America" as one region, a nationality word inside an event's name).
 *
 * <pre>{@code
 * List<NameMatch> matches = new RuleMatches(finders, cues, particles, vocabulary).match(SentenceWords.of(sentence));
 * }</pre>
 * Immutable and thread-safe.
 */
final class RuleMatches {

    static final String DEMONYM_EVENT_RULE = "pattern:demonym-event";
    static final String CONJUNCT_RULE = "pattern:org-conjunct";

    private final List<WordFinder> finders;
    private final CueLexicon cues;
    private final PhraseSet particles;
    private final LanguageUse languages;
    private final WordClasses vocabulary;

    /**
     * @param particles  lower-case particles inside names ("del" in "Santiago del Estero"), from name-particles.tsv
     * @param vocabulary the statistical model's English vocabulary; empty without a model
     */
    RuleMatches(List<WordFinder> finders, CueLexicon cues, PhraseSet particles, WordClasses vocabulary) {
        this.finders = List.copyOf(finders);
        this.cues = cues;
        this.particles = particles;
        this.languages = new LanguageUse(cues);
        this.vocabulary = vocabulary;
    }

    /** The rule matches of one sentence; they may overlap (the mention merger or the name combiner settles them). */
    List<NameMatch> match(SentenceWords w) {
        List<NameMatch> matches = new ArrayList<>();
        for (WordFinder f : finders) {
            matches.addAll(withoutLeadingTitles(w, f.match(w.words(), w.tags())));
        }
        matches.removeIf(m -> !NameWords.isWrittenAsName(w, m, vocabulary));
        // "the Bali resort of Nusa Dua, Indonesia's foreign minister said": after a strong place cue the comma
        // and role noun are no apposition of a person.
        List<NameMatch> cuedPlaces = matches.stream().filter(m -> m.rule().equals("pattern:place-phrase")).toList();
        matches.removeIf(m -> m.rule().equals("pattern:apposition-person")
                && cuedPlaces.stream().anyMatch(p -> p.start() == m.start()));
        // "the BEST photographer": a shouted English word after "the" is no acronym of a name.
        matches.removeIf(m -> m.rule().equals("pattern:the-acronym") && vocabulary.isCommon(w.words()[m.start()]));
        // "Group chief executive ...": a first word the tagger took for a common noun, and that is one, names nothing.
        matches.removeIf(m -> m.start() == 0 && (m.rule().equals("pattern:org-follower") || m.rule().equals("pattern:org-its"))
                && !"PROPN".equals(w.tags()[0])
                && (vocabulary.size() == 0 || vocabulary.isCommon(w.words()[0])));
        matches.removeIf(m -> isMembersWithoutCause(w.words(), m));
        matches = withPurposeInEnglish(w.words(), matches);
        matches = withConjoinedCompanies(w.words(), matches);
        matches.addAll(regions(w.words(), matches));
        matches = withParticleNames(w.words(), matches);
        matches.removeIf(m -> m.rule().equals("kb:demonym") && languages.isLanguage(w.words(), w.tags(), m.start(), m.end()));
        // "the Supreme Soviet": a nationality word inside a listed institution's name is part of that name.
        List<NameMatch> bodies = matches.stream().filter(m -> m.rule().equals(InstitutionFinder.RULE)).toList();
        // So is a KB name inside one ("Radio Free Europe", "Bank Central Asia"): the listed name is the longer reading.
        matches.removeIf(m -> m.rule().startsWith("kb:")
                && bodies.stream().anyMatch(b -> b.start() <= m.start() && m.end() <= b.end() && b.length() > m.length()));
        matches = withDemonymEvents(w.words(), matches);
        return matches;
    }

    /**
     * "Committee to Protect Journalists": a body's name goes on across "to" only to an English verb; "the Ministry to
     * Strelsau Station" ends before "to" (and a bare head before it names nothing).
     */
    private List<NameMatch> withPurposeInEnglish(String[] w, List<NameMatch> matches) {
        if (vocabulary.size() == 0) {
            return matches;
        }
        List<NameMatch> out = new ArrayList<>(matches.size());
        for (NameMatch m : matches) {
            int to = m.start() + 1;
            while (to < m.end() - 1 && !w[to].equals("to")) {
                to++;
            }
            if (to >= m.end() - 1 || vocabulary.isCommon(w[to + 1]) && !vocabulary.isProper(w[to + 1])) {
                out.add(m);
            } else if (to - m.start() >= 2) {
                out.add(new NameMatch(m.start(), to, m.type(), NameWords.join(w, m.start(), to), null, m.rule(), m.confidence()));
            }
        }
        return out;
    }

    /**
     * "Physicians for Human Rights", "Lawyers for Microsoft": a lead head that is an English plural (lead-heads.tsv,
     * "Physicians") names a body only with "for" and a cause in common English words; "for" and a name say whom the
     * people work for, and no other connector after it makes a body ("Physicians of Strelsau").
     */
    private boolean isMembersWithoutCause(String[] w, NameMatch m) {
        String head = w[m.start()];
        if (!m.rule().equals(ProperNounPatternFinder.LEAD_HEAD_RULE) || vocabulary.size() == 0 || !head.endsWith("s")
                || !vocabulary.isCommon(head)) {
            return false;
        }
        if (!w[m.start() + 1].equals("for")) {
            return true;
        }
        for (int k = m.start() + 2; k < m.end(); k++) {
            if (!vocabulary.isCommon(w[k]) || vocabulary.isProper(w[k])) {
                return true;
            }
        }
        return false;
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
                    events.add(new NameMatch(m.start(), e, EntityType.EVENT, NameWords.join(words, m.start(), e), null,
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
                out.add(new NameMatch(and + 1, m.end(), EntityType.ORGANIZATION, NameWords.join(words, and + 1, m.end()),
                        null, m.rule(), m.confidence()));
            } else {
                out.add(m);
            }
        }
        return out;
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
                out.add(new NameMatch(start, m.end(), EntityType.REGION, NameWords.join(words, start, m.end()), null,
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
            int end = NameWords.particleNameEnd(particles, w, m.end());
            if (m.qid() == null || m.rule().equals("kb:demonym") || end == m.end()) {
                out.add(m);
            } else if (m.type().root() == EntityType.PERSON) {
                out.add(new NameMatch(m.start(), end, m.type(), m.name(), m.qid(), m.rule(), m.confidence()));
            } else {
                out.add(new NameMatch(m.start(), end, m.type().root(), NameWords.join(w, m.start(), end), null,
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
}
