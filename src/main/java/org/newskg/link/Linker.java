package org.newskg.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Extraction;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.KnowledgeBase;

/**
 * Resolves every entity mention of an extraction to an entity: a knowledge base entry (Wikidata QID)
 * when one of a compatible type fits, else a local entity keyed by type and name ({@code person/jane-doe}).
 *
 * <pre>{@code
 * Linker linker = new Linker(KnowledgeBase.load(dataDir));
 * LinkedExtraction linked = linker.link(extraction);
 * }</pre>
 * Immutable and thread-safe. When a name fits several entries, the one whose country is mentioned in
 * the article wins (with lowered confidence); a tie stays local with confidence below 0.5.
 */
public final class Linker {

    private static final double AMBIGUOUS = 0.4;

    private final KnowledgeBase kb;

    public Linker(KnowledgeBase kb) {
        this.kb = kb;
    }

    public LinkedExtraction link(Extraction extraction) {
        List<EntityMention> mentions = extraction.entities();
        Map<EntityMention, List<KbEntry>> candidates = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            candidates.put(m, candidates(m));
        }
        Set<String> context = countries(candidates);
        List<Link> links = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            links.add(resolve(m, candidates.get(m), context));
        }
        return new LinkedExtraction(extraction, links);
    }

    /** Type-compatible KB entries the mention may refer to, sorted by QID. */
    private List<KbEntry> candidates(EntityMention m) {
        Map<String, KbEntry> out = new LinkedHashMap<>();
        if (m.kbQid() != null) {
            kb.byQid(m.kbQid()).ifPresent(e -> out.put(e.qid(), e));
        }
        // Demonyms and short forms are not names of the entry: only the QID the finder chose counts.
        boolean byName = !m.rule().equals("kb:demonym") && !m.rule().startsWith("coref:");
        if (byName) {
            kb.lookup(m.text()).forEach(e -> out.putIfAbsent(e.qid(), e));
            if (m.kbQid() == null) {
                kb.lookup(m.name()).forEach(e -> out.putIfAbsent(e.qid(), e));
            }
        }
        return out.values().stream().filter(e -> compatible(m.type(), e.type()))
                .sorted(Comparator.comparing(KbEntry::qid)).toList();
    }

    /** Countries the article certainly mentions: unambiguous country mentions and the countries of unambiguous entities. */
    private static Set<String> countries(Map<EntityMention, List<KbEntry>> candidates) {
        Set<String> out = new TreeSet<>();
        for (List<KbEntry> c : candidates.values()) {
            if (c.size() == 1) {
                KbEntry e = c.get(0);
                String country = e.type() == EntityType.COUNTRY ? e.qid() : e.countryQid();
                if (country != null) {
                    out.add(country);
                }
            }
        }
        return out;
    }

    private Link resolve(EntityMention m, List<KbEntry> candidates, Set<String> context) {
        if (candidates.size() == 1) {
            KbEntry e = candidates.get(0);
            double conf = m.kbQid() != null ? m.confidence() : Math.min(m.confidence(), 0.7);
            return new Link(m, linked(e), conf);
        }
        if (candidates.size() > 1) {
            List<KbEntry> inContext = candidates.stream()
                    .filter(e -> context.contains(e.qid()) || context.contains(e.countryQid())).toList();
            if (inContext.size() == 1) {
                return new Link(m, linked(inContext.get(0)), Math.min(m.confidence(), 0.6));
            }
            return new Link(m, local(m), Math.min(m.confidence(), AMBIGUOUS));
        }
        return new Link(m, local(m), m.confidence());
    }

    /** A PERSON never links to a place; places link among themselves (a "PLACE" found by a cue may be a city). */
    static boolean compatible(EntityType mention, EntityType entry) {
        if (mention == entry) {
            return true;
        }
        return mention.root() == EntityType.PLACE && entry.root() == EntityType.PLACE;
    }

    private static Entity linked(KbEntry e) {
        return new Entity(e.qid(), e.label(), e.type(), e.qid());
    }

    private static Entity local(EntityMention m) {
        return new Entity(m.type().name().toLowerCase(Locale.ROOT) + "/" + slug(m.name()), m.name(), m.type(), null);
    }

    /**
     * ASCII slug: accents stripped, anything else than letters and digits becomes '-'. The one slug function of
     * newskg: local entity keys and position IRIs ({@code org.newskg.rdf.Iris#position}) both use it.
     */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        // A name without Latin letters or digits still needs a stable, IRI-safe key.
        return ascii.isEmpty() ? "u" + name.codePoints().mapToObj(Integer::toHexString).collect(java.util.stream.Collectors.joining("-")) : ascii;
    }
}
