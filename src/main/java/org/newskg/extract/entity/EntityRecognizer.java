package org.newskg.extract.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.extract.EntityMention;
import org.newskg.kb.KnowledgeBase;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Sentence;

/**
 * Finds entity mentions in an annotated article: knowledge base names and demonyms, names cued by
 * titles, heads and prepositions, then acronyms and short forms that refer back to them.
 *
 * <pre>{@code
 * EntityRecognizer recognizer = EntityRecognizer.load(dataDir, KnowledgeBase.load(dataDir));
 * List<EntityMention> mentions = recognizer.find(models.newAnnotator().annotate(article));
 * }</pre>
 * Immutable and thread-safe: the lexicon files are read once by {@link #load}. The finders are
 * OpenNLP {@link opennlp.tools.namefind.TokenNameFinder}s; {@link MentionMerger} resolves overlaps.
 */
public final class EntityRecognizer {

    private final List<WordFinder> finders;
    private final CueLexicon cues;

    private EntityRecognizer(List<WordFinder> finders, CueLexicon cues) {
        this.finders = List.copyOf(finders);
        this.cues = cues;
    }

    /** Reads {@code dataDir/lexicon/*.tsv}; the knowledge base is shared, not copied. */
    public static EntityRecognizer load(Path dataDir, KnowledgeBase kb) {
        CueLexicon cues = CueLexicon.load(dataDir);
        ProperNounPatternFinder names = new ProperNounPatternFinder(cues);
        return new EntityRecognizer(List.of(
                KbNameFinder.names(kb.names()),
                KbNameFinder.demonyms(kb.demonyms()),
                names,
                new PersonPatternFinder(cues, names)), cues);
    }

    /** Mentions sorted by offset, never overlapping. */
    public List<EntityMention> find(AnnotatedText text) {
        String article = text.text();
        List<SentenceWords> sentences = new ArrayList<>();
        List<MentionMerger.Candidate> candidates = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            SentenceWords w = SentenceWords.of(s);
            sentences.add(w);
            for (WordFinder f : finders) {
                for (NameMatch m : withoutLeadingTitles(w, f.match(w.words(), w.tags()))) {
                    candidates.add(new MentionMerger.Candidate(toMention(article, w, m), m.length()));
                }
            }
        }
        List<EntityMention> merged = MentionMerger.merge(titleBeatsKbType(candidates));
        List<EntityMention> withAcronyms = AcronymResolver.resolve(article, sentences, merged);
        List<EntityMention> all = new ArrayList<>(ShortFormResolver.resolve(article, sentences, withAcronyms));
        all.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end));
        return List.copyOf(all);
    }

    /**
     * KB aliases such as "President Biden" would swallow the title; when the same entry also matches
     * the words after the title, keep that shorter match so the title stays outside the mention.
     */
    private List<NameMatch> withoutLeadingTitles(SentenceWords w, List<NameMatch> matches) {
        return matches.stream().filter(m -> {
            int t = m.qid() == null ? 0 : cues.titles().longestAt(w.words(), m.start());
            return t == 0 || t >= m.length() || matches.stream().noneMatch(o -> o.qid() != null && o.qid().equals(m.qid())
                    && o.start() > m.start() && o.end() == m.end());
        }).toList();
    }

    /** "Mr. Chad": a title before a name says PERSON, whatever else the KB calls that word. */
    private static List<MentionMerger.Candidate> titleBeatsKbType(List<MentionMerger.Candidate> candidates) {
        List<EntityMention> titled = candidates.stream().map(MentionMerger.Candidate::mention)
                .filter(m -> m.rule().equals("pattern:title-person")).toList();
        return candidates.stream().filter(c -> {
            EntityMention m = c.mention();
            return m.kbQid() == null || m.type() == org.newskg.kb.EntityType.PERSON || titled.stream()
                    .noneMatch(t -> t.begin() == m.begin() && t.end() == m.end());
        }).toList();
    }

    private static EntityMention toMention(String article, SentenceWords w, NameMatch m) {
        int b = w.begins()[m.start()];
        int e = w.ends()[m.end() - 1];
        String name = m.qid() != null ? m.name() : article.substring(b, e).replaceAll("\\s+", " ");
        return new EntityMention(b, e, article.substring(b, e), w.sentence().index(), m.type(), name, m.qid(),
                m.rule(), m.confidence());
    }
}
