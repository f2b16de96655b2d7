package org.newskg.kb.build;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newskg.kb.EntityType;
import org.newskg.kb.NameKey;
import org.newskg.kb.Subclass;

/**
 * International organizations (supraverden) and political parties (partyfacts). An organization's full
 * English name and an abbreviation of three or more capitals are proposed for recognition. A party's label of two
 * words or more is proposed too ("Ruritanian Alliance for Progress"); a label that several parties share ("Labour
 * Party" in many countries) is blocked by the {@link Lexicon} and stays for lookup only, as do one-word labels
 * ("Solidarity") and short names.
 */
final class Organizations {

    static final String IGOS = "supraverden-igo/igo.tsv";
    static final String PARTIES = "partyfacts-wikidata/wikidata.csv";

    private Organizations() {
    }

    static Map<String, Draft> igos(Path sources) {
        Map<String, Draft> out = new LinkedHashMap<>();
        for (Map<String, String> r : SourceTable.read(sources.resolve(IGOS), "qid", "name_en", "abbreviation_en",
                "other_names_en")) {
            String qid = SourceTable.qid(r.get("qid"));
            if (qid == null || r.get("name_en").isBlank()) {
                continue;
            }
            Draft d = new Draft(qid, r.get("name_en"), EntityType.ORGANIZATION, 0.6);
            d.recognize(d.label);
            String abbr = r.get("abbreviation_en");
            if (abbr.matches("[A-Z][A-Z&-]{2,}")) {
                d.recognize(abbr);
            } else {
                d.alias(abbr);
            }
            for (String other : r.get("other_names_en").split("\\|")) {
                d.alias(other);
            }
            out.putIfAbsent(qid, d);
        }
        return out;
    }

    static Map<String, Draft> parties(Path sources, Territories t) {
        Map<String, Draft> out = new LinkedHashMap<>();
        for (Map<String, String> r : SourceTable.read(sources.resolve(PARTIES), "country", "wikidata_id", "name",
                "name_short")) {
            String qid = SourceTable.qid(r.get("wikidata_id"));
            if (qid == null || r.get("name").isBlank()) {
                continue;
            }
            Draft d = new Draft(qid, r.get("name"), EntityType.ORGANIZATION, 0.4);
            d.subclass = Subclass.POLITICAL_PARTY;
            if (NameKey.words(d.label).size() >= 2) {
                d.recognize(d.label);
            }
            d.countryQid = t.byAlpha3.get(r.get("country"));
            d.alias(r.get("name_short"));
            out.putIfAbsent(qid, d);
        }
        return out;
    }
}
