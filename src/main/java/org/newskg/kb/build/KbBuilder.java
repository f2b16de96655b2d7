package org.newskg.kb.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.newskg.NewsKgException;
import org.newskg.kb.AtomicFile;
import org.newskg.kb.Capitals;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.KbFile;
import org.newskg.kb.KbRow;
import org.newskg.kb.KnowledgeBase;
import org.newskg.kb.PositionKinds;
import org.newskg.kb.SourceFile;
import org.newskg.kb.SourceFile.PositionRow;

/**
 * {@code kg kb build}: regenerates the knowledge base's source folders under {@code data/kb/} from the open
 * extracts in a sources directory and the hand-curated gaps file, one folder per source (and so per
 * license), listed in precedence order in {@code data/kb/sources.tsv}.
 *
 * <pre>{@code
 * KbBuilder.Summary s = KbBuilder.build(Path.of("../shared/kb-sources"), Path.of("data"));
 * }</pre>
 * The hand-curated {@code entities.tsv} and {@code positions.tsv} are read, never written: they come first
 * when the KB is loaded, so they win on conflict; so do the curated gaps over the open sources. Output is
 * sorted, so the same inputs give byte-identical files. Stateless.
 */
public final class KbBuilder {

    /** The generated folders in precedence order (earlier wins on label, type and country), with their license. */
    public static final String MANIFEST = KnowledgeBase.MANIFEST;
    private static final String MANIFEST_HEADER = "# newskg knowledge base: generated source folders in precedence order "
            + "(written by kg kb build; see data/kb/README.md).\n# Columns: folder\tlicense\n";
    private static final String GAPS = "curated-gaps";
    private static final String GAPS_LICENSE = "hand-curated by newskg (CC0)";
    private static final String GAPS_CREDIT = "data/kb/curated/gaps.tsv";

    /** What was written: entities and positions per folder, entities per type (over all folders, QIDs counted once). */
    public record Summary(Map<String, Integer> entitiesByFolder, Map<String, Integer> positionsByFolder,
                          Map<EntityType, Integer> byType, int entities) {
    }

    private record Output(String folder, String license, String credit, Map<String, Draft> drafts, List<PositionRow> positions) {
    }

    private KbBuilder() {
    }

    /**
     * Regenerates only the {@code curated-gaps} folder from {@code dataDir/kb/curated/gaps.tsv}, for curators
     * without the open sources at hand ({@code kg kb build --gaps-only}); offices whose owner the KB does not
     * define are left out with a warning. Returns the number of entities written.
     */
    public static int buildGaps(Path dataDir) {
        CuratedGaps gaps = CuratedGaps.read(dataDir.resolve(CuratedGaps.FILE));
        KnowledgeBase kb = KnowledgeBase.load(dataDir);
        Set<String> known = new java.util.HashSet<>();
        gaps.drafts.keySet().forEach(known::add);
        gaps.positions.forEach(p -> kb.byQid(p.ofQid()).ifPresent(e -> known.add(e.qid())));
        List<KbEntry> curated = Files.exists(dataDir.resolve(KnowledgeBase.FILE))
                ? KbFile.read(dataDir.resolve(KnowledgeBase.FILE)).stream().map(KbRow::entry).toList() : List.of();
        Lexicon lexicon = new Lexicon(curated, gaps.drafts.values());
        writeGaps(dataDir, gaps, known, lexicon);
        List<String> folders = KnowledgeBase.folders(dataDir);
        if (!folders.contains(GAPS)) {
            // The gaps come first: hand-curated rows win over the generated ones.
            StringBuilder m = new StringBuilder(MANIFEST_HEADER).append(GAPS).append('\t').append(GAPS_LICENSE).append('\n');
            if (Files.exists(dataDir.resolve(MANIFEST))) {
                read(dataDir.resolve(MANIFEST)).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .forEach(l -> m.append(l).append('\n'));
            }
            AtomicFile.write(dataDir.resolve(MANIFEST), m.toString(), "knowledge base manifest");
        }
        return gaps.drafts.size();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new NewsKgException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<PositionRow> writeGaps(Path dataDir, CuratedGaps gaps, Set<String> known, Lexicon lexicon) {
        List<PositionRow> kept = gaps.positions.stream().filter(p -> known.contains(p.ofQid())).toList();
        gaps.positions.stream().filter(p -> !known.contains(p.ofQid())).forEach(p -> System.err.println(
                "kb build: " + CuratedGaps.FILE + ": office of " + p.holderQid() + " belongs to " + p.ofQid()
                        + ", which no source defines; left out"));
        Path dir = dataDir.resolve("kb").resolve(GAPS);
        List<String> header = header(GAPS_CREDIT, GAPS_LICENSE);
        SourceFile.writeEntities(dir.resolve(SourceFile.ENTITIES), header,
                gaps.drafts.values().stream().map(d -> d.toRow(lexicon.recognized(d))).toList());
        SourceFile.writePositions(dir.resolve(SourceFile.POSITIONS), header, kept);
        return kept;
    }

    /** Each country's capital, one line each, in the order given (sorted: the same sources give the same file). */
    private static void writeCapitals(Path file, List<String> header, Map<String, String> capitals) {
        StringBuilder sb = new StringBuilder();
        header.forEach(h -> sb.append("# ").append(h).append('\n'));
        sb.append("# Columns: country_qid\tcapital_qid\n");
        capitals.forEach((country, city) -> sb.append(country).append('\t').append(city).append('\n'));
        AtomicFile.write(file, sb.toString(), "knowledge base capitals file");
    }

    private static List<String> header(String credit, String license) {
        return List.of("newskg knowledge base, generated by `kg kb build` from: " + credit + ".",
                "License of this folder's data: " + license + " (see ATTRIBUTION.md here). Do not edit: rebuild.");
    }

    public static Summary build(Path sources, Path dataDir) {
        if (!Files.isDirectory(sources)) {
            throw new NewsKgException("sources directory " + sources + " does not exist");
        }
        Path curatedFile = dataDir.resolve(KnowledgeBase.FILE);
        List<KbEntry> curated = Files.exists(curatedFile) ? KbFile.read(curatedFile).stream().map(KbRow::entry).toList()
                : List.of();
        PositionKinds kinds = PositionKinds.load(dataDir);
        CuratedGaps gaps = CuratedGaps.read(dataDir.resolve(CuratedGaps.FILE));
        Territories territories = Territories.read(sources);
        Map<String, String> byAlpha2 = new TreeMap<>(territories.byAlpha2);
        Map<String, Draft> countries = Places.countries(sources, byAlpha2);
        Map<String, Draft> igos = Organizations.igos(sources);
        Politicians politicians = Politicians.read(sources, kinds, new OfficeOwners(igos.values()));
        politicians.people.values().forEach(d -> {
            if (politicians.bestKind(d.qid).isExecutive() && d.label.contains(" ")) {
                d.recognize(d.label);
            }
        });
        Map<String, Draft> dr5hn = new LinkedHashMap<>(countries);
        Places.states(sources, byAlpha2).forEach(dr5hn::putIfAbsent);
        Places.cities(sources, byAlpha2).forEach(dr5hn::putIfAbsent);
        Map<String, Draft> people = new LinkedHashMap<>(politicians.people);

        List<Output> outputs = new ArrayList<>();
        outputs.add(new Output("rigour", "MIT", "OpenSanctions rigour territories", territories.drafts, List.of()));
        outputs.add(new Output("supraverden", "CC-BY-SA-4.0", "supraverden international organizations",
                igos, List.of()));
        outputs.add(new Output("every-politician", "CC0-1.0", "every-politician-scrapers (Wikidata query output)", people,
                politicians.positions));
        outputs.add(new Output("partyfacts", "MIT", "Party Facts Wikidata links", Organizations.parties(sources, territories),
                List.of()));
        outputs.add(new Output("natural-earth", "CC0-1.0", "Natural Earth populated places",
                Places.naturalEarth(sources, territories), List.of()));
        outputs.add(new Output("dr5hn", "ODbL-1.0", "dr5hn countries-states-cities-database", dr5hn, List.of()));

        // Offices belong to jurisdictions; those no source defines are kept as countries from the office rows.
        Set<String> defined = new java.util.HashSet<>();
        curated.forEach(e -> defined.add(e.qid()));
        outputs.forEach(o -> defined.addAll(o.drafts().keySet()));
        politicians.jurisdictions.forEach((q, d) -> {
            if (defined.add(q)) {
                people.put(q, d);
            }
        });
        gaps.drafts.keySet().forEach(defined::add);

        List<Collection<Draft>> all = new ArrayList<>();
        all.add(gaps.drafts.values());
        outputs.forEach(o -> all.add(o.drafts().values()));
        Lexicon lexicon = new Lexicon(curated, all);
        Map<String, Integer> entities = new LinkedHashMap<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        StringBuilder manifest = new StringBuilder(MANIFEST_HEADER);
        Map<String, EntityType> types = new TreeMap<>();
        curated.forEach(e -> types.put(e.qid(), e.type()));
        List<PositionRow> gapPositions = writeGaps(dataDir, gaps, defined, lexicon);
        gaps.drafts.values().forEach(d -> types.putIfAbsent(d.qid, d.type));
        entities.put(GAPS, gaps.drafts.size());
        positions.put(GAPS, gapPositions.size());
        manifest.append(GAPS).append('\t').append(GAPS_LICENSE).append('\n');
        for (Output o : outputs) {
            Path dir = dataDir.resolve("kb").resolve(o.folder());
            List<String> header = header(o.credit(), o.license());
            List<SourceFile.EntityRow> rows = o.drafts().values().stream().map(d -> d.toRow(lexicon.recognized(d))).toList();
            SourceFile.writeEntities(dir.resolve(SourceFile.ENTITIES), header, rows);
            List<PositionRow> ps = o.positions();
            if (!ps.isEmpty()) {
                SourceFile.writePositions(dir.resolve(SourceFile.POSITIONS), header, ps);
            }
            rows.forEach(r -> types.putIfAbsent(r.entry().qid(), r.entry().type()));
            entities.put(o.folder(), rows.size());
            positions.put(o.folder(), ps.size());
            manifest.append(o.folder()).append('\t').append(o.license()).append('\n');
        }
        writeCapitals(dataDir.resolve("kb").resolve("natural-earth").resolve(Capitals.FILE_NAME),
                header("Natural Earth populated places", "CC0-1.0"), Places.capitals(sources, territories));
        AtomicFile.write(dataDir.resolve(MANIFEST), manifest.toString(), "knowledge base manifest");
        Map<EntityType, Integer> byType = new TreeMap<>(types.values().stream()
                .collect(Collectors.groupingBy(t -> t, Collectors.summingInt(t -> 1))));
        return new Summary(entities, positions, byType, types.size());
    }
}
