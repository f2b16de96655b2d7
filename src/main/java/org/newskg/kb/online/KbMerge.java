package org.newskg.kb.online;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.KbFile;
import org.newskg.kb.KbRow;
import org.newskg.kb.NameKey;

/**
 * Merges what the endpoint returned into the existing knowledge base rows and reports the differences.
 *
 * <pre>{@code
 * KbMerge.Result r = KbMerge.merge(KbFile.read(file), fetched, false);
 * KbFile.writeAtomically(file, r.rows());
 * }</pre>
 * Hand-made knowledge wins where the two disagree: an existing row keeps its type, country and evidence,
 * and gains the endpoint's new aliases and demonyms; its label follows Wikidata (the old label stays as an
 * alias, so matching never loses a name). New rows get the class's type. Without {@code replace}, rows the
 * endpoint did not return are kept (extend); with it, they are removed (rebuild). Stateless.
 */
public final class KbMerge {

    static final String EVIDENCE = "kg kb refresh from a Wikidata SPARQL endpoint (class: %s)";

    /** The merged rows (in {@link KbFile#ORDER}) and what changed. */
    public record Result(List<KbRow> rows, RefreshReport report) {
    }

    private KbMerge() {
    }

    public static Result merge(List<KbRow> existing, Map<String, FetchedEntity> fetched, boolean replace) {
        Map<String, KbRow> old = new LinkedHashMap<>();
        existing.forEach(r -> old.put(r.entry().qid(), r));
        List<KbRow> rows = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int unchanged = 0;
        for (KbRow r : old.values()) {
            FetchedEntity f = fetched.get(r.entry().qid());
            if (f == null) {
                if (replace) {
                    removed.add(r.entry().qid() + " " + r.entry().label());
                } else {
                    rows.add(r);
                    unchanged++;
                }
                continue;
            }
            KbRow merged = update(r, f);
            rows.add(merged);
            String diff = diff(r.entry(), merged.entry());
            if (diff.isEmpty()) {
                unchanged++;
            } else {
                changed.add(r.entry().qid() + " " + r.entry().label() + ": " + diff);
            }
        }
        for (FetchedEntity f : fetched.values()) {
            if (!old.containsKey(f.qid())) {
                KbRow r = create(f);
                rows.add(r);
                added.add(f.qid() + " " + f.label() + " (" + f.type().localName() + ", " + f.className() + ")");
            }
        }
        rows.sort(KbFile.ORDER);
        return new Result(List.copyOf(rows), new RefreshReport(sorted(added), sorted(removed), sorted(changed), unchanged));
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted(java.util.Comparator.comparingLong(
                (String l) -> KbFile.qidNumber(l.substring(0, l.indexOf(' '))))).toList();
    }

    private static KbRow create(FetchedEntity f) {
        List<String> aliases = newNames(f.label(), List.of(), f.aliases());
        List<String> demonyms = f.type() == EntityType.COUNTRY ? newNames(null, List.of(), f.demonyms()) : List.of();
        String country = f.type() == EntityType.COUNTRY || f.countries().size() != 1 ? null : f.countries().get(0);
        return new KbRow(new KbEntry(f.qid(), f.label(), f.type(), aliases, country, demonyms),
                EVIDENCE.formatted(f.className()));
    }

    private static KbRow update(KbRow r, FetchedEntity f) {
        KbEntry e = r.entry();
        List<String> oldNames = new ArrayList<>(e.aliases());
        if (!e.label().equals(f.label()) && !oldNames.contains(e.label())) {
            oldNames.add(0, e.label());
        }
        oldNames.remove(f.label());
        List<String> aliases = newNames(f.label(), oldNames, f.aliases());
        List<String> demonyms = e.type() == EntityType.COUNTRY ? newNames(null, e.demonyms(), f.demonyms()) : e.demonyms();
        String country = e.countryQid() != null || e.type() == EntityType.COUNTRY || f.countries().size() != 1
                ? e.countryQid() : f.countries().get(0);
        return new KbRow(new KbEntry(e.qid(), f.label(), e.type(), aliases, country, demonyms), r.evidence());
    }

    /**
     * The kept names followed by the usable new ones in alphabetical order. A new name is usable when it
     * is capitalized (names are), has at least three characters (two-letter codes are mostly noise), and
     * differs from the label and the kept names once normalized.
     */
    static List<String> newNames(String label, List<String> kept, List<String> candidates) {
        Set<String> keys = new LinkedHashSet<>();
        if (label != null) {
            keys.add(NameKey.key(NameKey.split(label)));
        }
        List<String> out = new ArrayList<>();
        for (String k : kept) {
            out.add(k);
            keys.add(NameKey.key(NameKey.split(k)));
        }
        for (String c : new TreeSet<>(candidates)) {
            String s = c.replaceAll("[\\t\\r\\n|]+", " ").strip();
            String key = NameKey.key(NameKey.split(s));
            if (s.length() >= 3 && !key.isEmpty() && Character.isUpperCase(s.codePointAt(0)) && keys.add(key)) {
                out.add(s);
            }
        }
        return out;
    }

    private static String diff(KbEntry a, KbEntry b) {
        List<String> parts = new ArrayList<>();
        if (!a.label().equals(b.label())) {
            parts.add("label '" + a.label() + "' -> '" + b.label() + "'");
        }
        listDiff("aliases", a.aliases(), b.aliases(), parts);
        listDiff("demonyms", a.demonyms(), b.demonyms(), parts);
        if (!Objects.equals(a.countryQid(), b.countryQid())) {
            parts.add("country " + a.countryQid() + " -> " + b.countryQid());
        }
        return String.join("; ", parts);
    }

    private static void listDiff(String what, List<String> before, List<String> after, List<String> parts) {
        List<String> plus = after.stream().filter(x -> !before.contains(x)).toList();
        if (!plus.isEmpty()) {
            parts.add(what + " +" + plus);
        }
    }
}
