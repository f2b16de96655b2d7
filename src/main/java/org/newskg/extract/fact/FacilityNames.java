package org.newskg.extract.fact;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.data.TsvTable;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Extraction;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * "was received at the Sandor palace", "was met at Fornebu airport": wire copy often writes a building's head word
 * in lower case, and the recognizer then finds only the name before it ("Sandor") and takes it for a place. A place
 * mention the knowledge base does not know, followed by a head word of {@value #FILE} in lower case, is the
 * building: the mention is widened over the head and becomes a facility ("Sandor palace"). A known city keeps its
 * mention ("Kabul airport" stays Kabul: the city is what the reader is told). Immutable.
 */
final class FacilityNames {

    static final String FILE = "lexicon/facility-heads.tsv";
    static final String RULE = "pattern:facility-head";

    private final Set<String> heads;

    private FacilityNames(Set<String> heads) {
        this.heads = Set.copyOf(heads);
    }

    static FacilityNames load(Path dataDir) {
        return new FacilityNames(TsvTable.readIfExists(dataDir.resolve(FILE), "facility head words").rows().stream()
                .map(r -> r.cell(0).strip().toLowerCase(Locale.ROOT)).filter(w -> !w.contains(" ")).collect(Collectors.toSet()));
    }

    /** The mentions with each unknown place widened over a lower-case building head after it; the same extraction when none. */
    Extraction widened(Extraction mentions) {
        ArticleView view = new ArticleView(mentions);
        List<EntityMention> out = new ArrayList<>(mentions.entities().size());
        boolean changed = false;
        for (EntityMention m : mentions.entities()) {
            Token head = m.kbQid() == null && ArticleView.isPlace(m) && m.type() != EntityType.FACILITY ? headAfter(view, m) : null;
            if (head == null) {
                out.add(m);
                continue;
            }
            String text = view.text().substring(m.begin(), head.end());
            out.add(new EntityMention(m.begin(), head.end(), text, m.sentence(), EntityType.FACILITY, text, null, RULE,
                    m.confidence()));
            changed = true;
        }
        return changed ? new Extraction(mentions.text(), out, mentions.times(), mentions.events(), mentions.roles(),
                mentions.statements(), mentions.holders()) : mentions;
    }

    /** The lower-case head word right after the mention, ending its noun phrase, or null. */
    private Token headAfter(ArticleView view, EntityMention m) {
        Sentence s = view.sentence(m.sentence());
        List<Token> tokens = s.tokens();
        int k = ArticleView.tokenAt(s, m.end() - 1) + 1;
        if (k >= tokens.size() || tokens.get(k).begin() != m.end() + 1 && tokens.get(k).begin() != m.end()) {
            return null;
        }
        Token t = tokens.get(k);
        boolean phraseEnds = k + 1 >= tokens.size() || !tokens.get(k + 1).pos().equals("NOUN") && !tokens.get(k + 1).pos().equals("PROPN");
        return !t.isCapitalized() && heads.contains(t.text().toLowerCase(Locale.ROOT)) && view.entityAt(t) == null && phraseEnds
                ? t : null;
    }
}
