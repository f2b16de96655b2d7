package org.newskg.kb.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.kb.EntityType;
import org.newskg.kb.PositionKind;
import org.newskg.kb.PositionKinds;
import org.newskg.kb.SourceFile;
import org.newskg.kb.SourceFile.PositionRow;

/**
 * People and their offices from every-politician's {@code officeholders.tsv} and {@code legislators.tsv}
 * (Wikidata query output). A person's prior and country come from the highest-ranked office they held
 * (see {@link PositionKind}); the jurisdictions the offices belong to are kept as countries when no other
 * source defines them. An office the source gives no country ("Secretary-General of the United Nations") belongs
 * to the international organization its name ends with, when {@link OfficeOwners} knows that organization: the
 * holder is then dated in that office like any minister, though the organization is not their country.
 */
final class Politicians {

    static final String OFFICEHOLDERS = "every-politician-scrapers/officeholders.tsv";
    static final String LEGISLATORS = "every-politician-scrapers/legislators.tsv";
    private static final String[] COLUMNS = {"person_qid", "name", "position", "start", "end", "country_qid",
            "country_name", "enwiki"};

    final Map<String, Draft> people = new LinkedHashMap<>();
    final Map<String, Draft> jurisdictions = new LinkedHashMap<>();
    final List<PositionRow> positions = new ArrayList<>();
    private final Map<String, PositionKind> best = new LinkedHashMap<>();

    private final OfficeOwners owners;

    private Politicians(OfficeOwners owners) {
        this.owners = owners;
    }

    static Politicians read(Path sources, PositionKinds kinds, OfficeOwners owners) {
        Politicians p = new Politicians(owners);
        p.add(SourceTable.read(sources.resolve(OFFICEHOLDERS), COLUMNS), kinds, false);
        p.add(SourceTable.read(sources.resolve(LEGISLATORS), COLUMNS), kinds, true);
        return p;
    }

    private void add(List<Map<String, String>> rows, PositionKinds kinds, boolean legislators) {
        for (Map<String, String> r : rows) {
            String qid = SourceTable.qid(r.get("person_qid"));
            if (qid == null || r.get("name").isBlank()) {
                continue;
            }
            PositionKind kind = legislators ? PositionKind.LEGISLATOR : kinds.kind(r.get("position"));
            String country = SourceTable.qid(r.get("country_qid"));
            Draft d = people.computeIfAbsent(qid, q -> new Draft(q, r.get("name"), EntityType.PERSON, kind.prior()));
            String wiki = r.get("enwiki");
            if (wiki != null && !wiki.isBlank()) {
                d.alias(wiki);
            }
            PositionKind before = best.get(qid);
            if (before == null || kind.prior() > before.prior()) {
                best.put(qid, kind);
                d.prior = kind.prior();
                if (country != null) {
                    d.countryQid = country;
                }
            } else if (d.countryQid == null) {
                d.countryQid = country;
            }
            if (country != null) {
                jurisdictions.computeIfAbsent(country, c -> new Draft(c, r.get("country_name").replaceFirst("^the ", ""),
                        EntityType.COUNTRY, 0.5));
            }
            String owner = country != null ? country : owners.owner(r.get("position")).orElse(null);
            if (owner != null && !r.get("position").isBlank()) {
                String start = SourceFile.isDate(r.get("start")) ? r.get("start") : "";
                String end = SourceFile.isDate(r.get("end")) ? r.get("end") : "";
                if (!start.isEmpty() && !end.isEmpty() && SourceFile.latest(end).isBefore(SourceFile.earliest(start))) {
                    end = "";
                }
                positions.add(new PositionRow(qid, r.get("position"), owner, start, end));
            }
        }
    }

    /** The highest kind of office the person held. */
    PositionKind bestKind(String qid) {
        return best.getOrDefault(qid, PositionKind.OTHER);
    }
}
