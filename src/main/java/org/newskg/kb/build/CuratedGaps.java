package org.newskg.kb.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;
import org.newskg.kb.EntityType;
import org.newskg.kb.Lifespan;
import org.newskg.kb.Subclass;
import org.newskg.kb.SourceFile;
import org.newskg.kb.SourceFile.PositionRow;

/**
 * The hand-curated gaps file ({@code data/kb/curated/gaps.tsv}): entities the open sources miss, one row per
 * (entity, office held), each QID confirmed by two public sources (the evidence columns). Its rows win over
 * generated ones; all their names are recognized. A missing file means no gaps.
 */
final class CuratedGaps {

    static final String FILE = "kb/curated/gaps.tsv";
    static final List<String> HEADER = List.of("qid", "label", "type", "aliases", "country_qid", "position", "of_qid",
            "start", "end", "evidence_1", "evidence_2");

    final Map<String, Draft> drafts = new LinkedHashMap<>();
    final List<PositionRow> positions = new ArrayList<>();

    static CuratedGaps read(Path file) {
        CuratedGaps g = new CuratedGaps();
        List<TsvRow> rows = TsvTable.readIfExists(file, "curated gaps").rows();
        boolean header = true;
        for (TsvRow row : rows) {
            List<String> c = row.requireColumns(HEADER.size(), String.join(" ", HEADER)).cells().stream()
                    .map(String::strip).toList();
            if (header) {
                if (!c.equals(HEADER)) {
                    throw row.error("expected the header line '" + String.join("\\t", HEADER) + "'");
                }
                header = false;
                continue;
            }
            try {
                g.add(c);
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage(), e);
            }
        }
        return g;
    }

    private void add(List<String> c) {
        String qid = SourceTable.qid(c.get(0));
        if (qid == null || c.get(1).isEmpty()) {
            throw new IllegalArgumentException("qid '" + c.get(0) + "' is not a Wikidata item id, or the label is empty");
        }
        if (c.get(9).isEmpty() || c.get(10).isEmpty()) {
            throw new IllegalArgumentException(qid + " needs two pieces of evidence");
        }
        Draft d = drafts.get(qid);
        if (d == null) {
            d = new Draft(qid, c.get(1), type(c.get(2)), 1.0);
            d.subclass = Subclass.parse(c.get(2)).orElse(null);
            d.historical = c.get(2).equals(HISTORICAL_COUNTRY);
            d.countryQid = c.get(4).isEmpty() ? null : checked(c.get(4), "country_qid");
            d.recognize(d.label);
            drafts.put(qid, d);
        }
        for (String a : c.get(3).split("\\|")) {
            if (!a.isBlank()) {
                d.recognize(a);
            }
        }
        for (String date : List.of(c.get(7), c.get(8))) {
            if (!date.isEmpty() && !SourceFile.isDate(date)) {
                throw new IllegalArgumentException("date '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }
        if (!c.get(5).isEmpty()) {
            positions.add(new PositionRow(qid, c.get(5), checked(c.get(6), "of_qid"), c.get(7), c.get(8)));
        } else if (!c.get(7).isEmpty() || !c.get(8).isEmpty()) {
            // A row without an office dates the entity itself: when a state existed.
            d.existed = new Lifespan(c.get(7).isEmpty() ? null : SourceFile.earliest(c.get(7)),
                    c.get(8).isEmpty() ? null : SourceFile.latest(c.get(8)));
        }
    }

    private static String checked(String qid, String column) {
        if (SourceTable.qid(qid) == null) {
            throw new IllegalArgumentException(column + " '" + qid + "' is not a Wikidata item id");
        }
        return qid;
    }

    /** A state that no longer exists: a Country, flagged historical. */
    static final String HISTORICAL_COUNTRY = "HistoricalCountry";

    /**
     * The file's types: the KB's own, plus kinds of organization that the KB types as Organization (with their
     * {@link Subclass}) and historical countries.
     */
    static EntityType type(String t) {
        if (t.equals(HISTORICAL_COUNTRY)) {
            return EntityType.COUNTRY;
        }
        return Subclass.parse(t).map(c -> c == Subclass.SUBDIVISION ? EntityType.REGION : EntityType.ORGANIZATION)
                .orElseGet(() -> EntityType.parse(t));
    }
}
