package org.newskg.link;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Extraction;
import org.newskg.extract.HolderReference;
import org.newskg.extract.RoleMention;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.KnowledgeBase;
import org.newskg.kb.PositionKind;

/**
 * Resolves every entity mention of an extraction to an entity: a knowledge base entry (Wikidata QID)
 * when the evidence is strong enough, else a local entity keyed by type and name ({@code person/jane-doe}).
 *
 * <pre>{@code
 * Linker linker = new Linker(KnowledgeBase.load(dataDir));
 * LinkedExtraction linked = linker.link(extraction);
 * }</pre>
 * Three steps: {@link CandidateFinder} lists the entries each mention may name (type-compatible ones
 * only); the mentions with a single, confident candidate give the article's context (their QIDs and
 * countries); {@link LinkScorer} then weighs every mention's candidates against that context. A link
 * whose confidence is below {@link #THRESHOLD} is not made: the mention gets a local entity, never a
 * doubtful QID. Short forms and acronyms follow the decision taken for their full name. A mention the
 * extraction made the holder of a role ("President Washington") only competes among people, and the role's
 * kind of office and the article's date choose among them (see {@link OfficeEvidence}). Last, the people of
 * one article are merged by name: a one-word mention ("Doe") that is the last word of exactly one longer
 * person mention ("Jane Doe", "President Jane Doe") takes that mention's entity, linked or local. Then the
 * people named only by office ("his Ruritanian counterpart") get the KB's holder of that office on the
 * article's date, or no entity at all ({@link HolderLinker}); and each role whose person is linked is checked
 * against the KB's offices ({@link OfficeCheck}), and given the KB's owner when the text names none
 * ({@link OfficeHolders#ownerOf}). Immutable and thread-safe.
 */
public final class Linker {

    /** Links below this confidence are not made. */
    public static final double THRESHOLD = 0.5;

    private final KnowledgeBase kb;
    private final CandidateFinder finder;
    private final LinkScorer scorer;
    private final OfficeHolders offices;
    private final HolderLinker holders;
    private final PlaceQualifiers qualifiers;

    public Linker(KnowledgeBase kb) {
        this.kb = kb;
        this.finder = new CandidateFinder(kb);
        this.scorer = new LinkScorer(kb);
        this.offices = new OfficeHolders(kb);
        this.holders = new HolderLinker(offices);
        this.qualifiers = new PlaceQualifiers(kb);
    }

    public LinkedExtraction link(Extraction extraction) {
        // Office words ("his Ruritanian counterpart") name nobody by themselves: linked last, from the others.
        List<EntityMention> mentions = extraction.entities().stream().filter(m -> !HolderReference.isHolderMention(m)).toList();
        // A person given a title or office by the text ("President Washington") is a person, whatever else the name means.
        Set<String> rolePeople = new HashSet<>();
        extraction.roles().forEach(r -> rolePeople.add(r.person().begin() + "-" + r.person().end()));
        Map<EntityMention, List<Candidate>> found = new LinkedHashMap<>();
        String text = extraction.text().text();
        Set<Integer> begins = new HashSet<>();
        mentions.forEach(m -> begins.add(m.begin()));
        for (EntityMention m : mentions) {
            boolean role = rolePeople.contains(m.begin() + "-" + m.end());
            found.put(m, finder.candidates(m, new CandidateFinder.Clues(role, beforeCapitalized(text, m.end(), begins))));
        }
        Map<EntityMention, List<Candidate>> narrowed = qualifiers.narrow(text, found);
        Map<EntityMention, List<Candidate>> candidates = new LinkedHashMap<>();
        mentions.forEach(m -> candidates.put(m, narrowed.get(m)));
        LocalDate date = extraction.text().article().published() == null ? null
                : extraction.text().article().published().date();
        Map<String, RoleClue> roles = withSurnameRoles(mentions, roleClues(extraction.roles()));
        LinkContext context = context(candidates, roles, date);
        Map<String, Link> fullNames = new HashMap<>();
        List<Link> links = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            if (!isCoref(m)) {
                Link l = resolve(m, candidates.get(m), context, roles.get(span(m)));
                fullNames.putIfAbsent(m.name() + "\t" + m.kbQid(), l);
                links.add(l);
            } else {
                links.add(null);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (links.get(i) == null) {
                Link full = fullNames.get(m.name() + "\t" + m.kbQid());
                links.set(i, full == null ? resolve(m, candidates.get(m), context, roles.get(span(m)))
                        : new Link(m, full.entity(), Math.min(m.confidence(), full.confidence())));
            }
        }
        List<Link> named = PersonMerger.merge(sameNameSameEntity(links, candidates));
        LocalDate day = date;
        Map<String, Link> bySpan = new HashMap<>();
        named.forEach(l -> bySpan.putIfAbsent(span(l.mention()), l));
        List<Link> all = new ArrayList<>(named);
        for (HolderReference h : extraction.holders()) {
            holders.link(h, bySpan, day).ifPresent(all::add);
        }
        all.sort(Comparator.comparingInt((Link l) -> l.mention().begin()).thenComparingInt(l -> l.mention().end()));
        Map<String, Link> allBySpan = new HashMap<>();
        all.forEach(l -> allBySpan.putIfAbsent(span(l.mention()), l));
        return new LinkedExtraction(extraction, all, checks(extraction.roles(), allBySpan, date),
                owners(extraction.roles(), allBySpan, date));
    }

    /**
     * One article, one referent for a name: a mention left local only because it was found with less confidence ("that
     * Bonn had promised", where "in Bonn" was linked) takes the entity another mention of the same name and type was
     * linked to, when that entity is among its own candidates. A name linked to two entities in the article is left alone.
     */
    private static List<Link> sameNameSameEntity(List<Link> links, Map<EntityMention, List<Candidate>> candidates) {
        Map<String, Link> linkedByName = new HashMap<>();
        Set<String> twice = new HashSet<>();
        for (Link l : links) {
            if (l.entity().isLinked()) {
                String key = nameKey(l.mention());
                Link first = linkedByName.putIfAbsent(key, l);
                if (first != null && !first.entity().qid().equals(l.entity().qid())) {
                    twice.add(key);
                }
            }
        }
        List<Link> out = new ArrayList<>(links.size());
        for (Link l : links) {
            Link other = l.entity().isLinked() || twice.contains(nameKey(l.mention())) ? null : linkedByName.get(nameKey(l.mention()));
            boolean candidate = other != null && candidates.getOrDefault(l.mention(), List.of()).stream()
                    .anyMatch(c -> c.entry().qid().equals(other.entity().qid()));
            out.add(candidate ? new Link(l.mention(), other.entity(), Math.min(l.mention().confidence(), other.confidence())) : l);
        }
        return out;
    }

    private static String nameKey(EntityMention m) {
        return m.type().root() + "\t" + m.name();
    }

    /** The KB's owner of each role the text gives a linked person without a country or organization ("President Doe"). */
    private Map<RoleMention, Entity> owners(List<RoleMention> roles, Map<String, Link> bySpan, LocalDate date) {
        Map<RoleMention, Entity> out = new HashMap<>();
        for (RoleMention r : roles) {
            Link person = bySpan.get(span(r.person()));
            if (r.of() == null && !r.former() && person != null && person.entity().isLinked()) {
                offices.ownerOf(person.entity().qid(), r.title(), date).ifPresent(o -> out.put(r, o));
            }
        }
        return out;
    }

    /** What the KB says of each role whose person is linked, on the article's date (see {@link OfficeCheck}). */
    private Map<RoleMention, OfficeCheck> checks(List<RoleMention> roles, Map<String, Link> bySpan, LocalDate date) {
        Map<RoleMention, OfficeCheck> out = new HashMap<>();
        for (RoleMention r : roles) {
            Link person = bySpan.get(span(r.person()));
            Link of = r.of() == null ? null : bySpan.get(span(r.of()));
            if (person != null && person.entity().isLinked() && (r.of() == null || of != null && of.entity().isLinked())) {
                offices.check(person.entity().qid(), r.title(), of == null ? null : of.entity().qid(), date)
                        .ifPresent(c -> out.put(r, c));
            }
        }
        return out;
    }

    /** The key of a mention's span, which copies of a mention made by later rules share. */
    static String span(EntityMention m) {
        return m.begin() + "-" + m.end();
    }

    /** The offices the text gives person mentions, by mention span; titles data/kb/position-kinds.tsv does not know are left out. */
    private Map<String, RoleClue> roleClues(List<RoleMention> roles) {
        Map<String, RoleClue> out = new HashMap<>();
        for (RoleMention r : roles) {
            String of = r.of() == null ? null : r.of().kbQid();
            Optional<PositionKind> kind = kb.titleKind(r.title(), of);
            // A title of no kind the KB knows ("envoy") still says whose office it is.
            RoleClue clue = new RoleClue(kind.orElse(null), of, r.former());
            if (kind.isPresent()) {
                out.merge(span(r.person()), clue, (first, next) -> first.kind() == null ? next : first);
            } else if (of != null) {
                out.putIfAbsent(span(r.person()), clue);
            }
        }
        return out;
    }

    /**
     * "President Doe said ... Doe told reporters": a one-word person mention without an office of its own
     * takes the office the text gives the article's other mentions of that name, when they all give the same
     * one; the date then chooses the same holder for both.
     */
    private static Map<String, RoleClue> withSurnameRoles(List<EntityMention> mentions, Map<String, RoleClue> roles) {
        Map<String, Set<RoleClue>> byLastWord = new HashMap<>();
        for (EntityMention m : mentions) {
            RoleClue clue = roles.get(span(m));
            List<String> words = PersonMerger.nameWords(m);
            if (clue != null && !words.isEmpty()) {
                byLastWord.computeIfAbsent(words.get(words.size() - 1), k -> new HashSet<>()).add(clue);
            }
        }
        Map<String, RoleClue> out = new HashMap<>(roles);
        for (EntityMention m : mentions) {
            List<String> words = PersonMerger.nameWords(m);
            Set<RoleClue> clues = words.size() == 1 ? byLastWord.get(words.get(0)) : null;
            if (clues != null && clues.size() == 1) {
                out.putIfAbsent(span(m), clues.iterator().next());
            }
        }
        return out;
    }

    /** Whether one space and then a capitalized word that starts no mention follow {@code end}. */
    static boolean beforeCapitalized(String text, int end, Set<Integer> mentionBegins) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
                && !mentionBegins.contains(end + 1);
    }

    private static boolean isCoref(EntityMention m) {
        return m.rule().startsWith("coref:");
    }

    /**
     * The QIDs and countries of mentions whose reading is clear before any context is looked at: one that
     * would be linked with the date and titles alone.
     */
    private LinkContext context(Map<EntityMention, List<Candidate>> candidates, Map<String, RoleClue> roles, LocalDate date) {
        Set<String> countries = new TreeSet<>();
        Set<String> qids = new TreeSet<>();
        LinkContext none = LinkContext.empty(date);
        candidates.forEach((m, c) -> {
            if (!isCoref(m) && !c.isEmpty()) {
                LinkScorer.Decision d = scorer.decide(m, c, none, roles.get(span(m)));
                if (d.best() != null && d.confidence() >= THRESHOLD) {
                    KbEntry e = d.best().entry();
                    qids.add(e.qid());
                    countries.addAll(kb.countriesOf(e));
                }
            }
        });
        return new LinkContext(countries, qids, date);
    }

    private Link resolve(EntityMention m, List<Candidate> candidates, LinkContext context, RoleClue role) {
        LinkScorer.Decision d = scorer.decide(m, candidates, context, role);
        if (d.best() != null && d.confidence() >= THRESHOLD) {
            return new Link(m, Entity.of(d.best().entry()), d.confidence());
        }
        return new Link(m, local(m, candidates), d.confidence());
    }

    /** A PERSON never links to a place; places link among themselves (a "PLACE" found by a cue may be a city). */
    static boolean compatible(EntityType mention, EntityType entry) {
        if (mention == entry) {
            return true;
        }
        return mention.root() == EntityType.PLACE && entry.root() == EntityType.PLACE;
    }

    /**
     * The local entity of a mention left unlinked. When its candidates disagree on the type ("Georgia" the
     * country or the state) the mention's own type is a guess, so the broadest type they share is used.
     */
    private static Entity local(EntityMention m, List<Candidate> candidates) {
        EntityType type = m.type();
        String name = m.name();
        if (candidates.size() > 1 && m.rule().startsWith("kb:")) {
            // The recognizer's name is one reading's label; the text is what the article really says.
            name = m.text().replaceAll("['’][sS]$", "").strip();
            Set<EntityType> types = new TreeSet<>();
            Set<EntityType> roots = new TreeSet<>();
            candidates.forEach(c -> {
                types.add(c.entry().type());
                roots.add(c.entry().type().root());
            });
            type = types.size() == 1 ? types.iterator().next() : roots.size() == 1 ? roots.iterator().next() : type;
        }
        return new Entity(type.name().toLowerCase(Locale.ROOT) + "/" + slug(name), name, type, null);
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
