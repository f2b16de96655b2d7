package org.newskg.kb.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.kb.EntityType;

/**
 * Countries and territories from rigour's {@code territories.tsv}, historical states included (flagged).
 * Also the code tables other sources need to name a country by QID: ISO alpha-2 and alpha-3 codes.
 */
final class Territories {

    static final String FILE = "rigour-territories/territories.tsv";

    final Map<String, Draft> drafts = new LinkedHashMap<>();
    final Map<String, String> byAlpha2 = new HashMap<>();
    final Map<String, String> byAlpha3 = new HashMap<>();

    static Territories read(Path sources) {
        Territories t = new Territories();
        List<Map<String, String>> rows = SourceTable.read(sources.resolve(FILE), "code", "qid", "name", "full_name",
                "alpha3", "is_country", "is_historical", "parent", "names_strong");
        Map<String, String> codeToQid = new HashMap<>();
        rows.forEach(r -> {
            if (SourceTable.qid(r.get("qid")) != null) {
                codeToQid.put(r.get("code"), r.get("qid"));
            }
        });
        for (Map<String, String> r : rows) {
            String qid = SourceTable.qid(r.get("qid"));
            if (qid == null) {
                continue;
            }
            boolean country = r.get("is_country").equals("true");
            boolean historical = r.get("is_historical").equals("true");
            Draft d = new Draft(qid, r.get("name"), country ? EntityType.COUNTRY : EntityType.REGION,
                    country ? 1.0 : 0.5);
            d.historical = historical;
            d.countryQid = country ? null : codeToQid.get(r.get("parent"));
            d.recognize(d.label);
            if (country) {
                d.recognize(r.get("full_name"));
            } else {
                d.alias(r.get("full_name"));
            }
            for (String n : r.get("names_strong").split("\\|")) {
                if (isLatin(n)) {
                    d.alias(n);
                }
            }
            t.drafts.putIfAbsent(qid, d);
            String code = r.get("code");
            if (code.matches("[a-z]{2}") && !historical) {
                t.byAlpha2.put(code.toUpperCase(Locale.ROOT), qid);
            }
            if (r.get("alpha3").matches("[a-z]{3}") && !historical) {
                t.byAlpha3.put(r.get("alpha3").toUpperCase(Locale.ROOT), qid);
            }
        }
        return t;
    }

    /** Names in other scripts help no English text; Latin-script ones are kept as lookup aliases. */
    static boolean isLatin(String s) {
        return !s.isBlank() && s.codePoints().allMatch(c -> c < 0x250 || Character.isWhitespace(c) || c == '’');
    }
}
