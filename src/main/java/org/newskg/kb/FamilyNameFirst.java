package org.newskg.kb;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;

/**
 * The countries whose people English-language news names family name first ("Kim Dae-jung", "Wen Jiabao", "Lee
 * Kuan Yew"), from {@code data/kb/family-name-first.tsv}: for their people the first word of the name is a short
 * name too, so "President Kim" and "Premier Wen" find them like "President Clinton" finds Bill Clinton. A missing
 * file means no such country. Immutable.
 */
public final class FamilyNameFirst {

    public static final String FILE = "kb/family-name-first.tsv";

    private FamilyNameFirst() {
    }

    /** The country QIDs listed in {@code dataDir}'s file (first column; the second names the country for the reader). */
    public static Set<String> load(Path dataDir) {
        Set<String> out = new TreeSet<>();
        for (TsvRow row : TsvTable.readIfExists(dataDir.resolve(FILE), "family-name-first countries").rows()) {
            String qid = row.requireColumns(2, "country_qid country").cells().get(0).strip();
            if (!qid.matches("Q[1-9][0-9]*")) {
                throw row.error("'" + qid + "' is not a Wikidata item id");
            }
            out.add(qid);
        }
        return Set.copyOf(out);
    }
}
