import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.newskg.kb.KnowledgeBase;
import org.newskg.link.NameLookup;

/**
 * {@code kg kb lookup} for a whole list in one JVM (one KB load instead of one per name): reads TSV lines from stdin,
 * column NAME_COL the name as written ("President Santos"), DATE_COL the day (YYYY-MM-DD), and prints each line
 * followed by: linked QID (or "-"), its label, confidence, number of candidates, the top candidate, and the offices the
 * linked entry holds that day, each as "LABEL of OF_QID [KIND]" (KIND as data/kb/position-kinds.tsv gives it). Used
 * for data/kb/curated/coverage-1990-2020.tsv; run by kb-coverage.sh.
 */
public class KbLookupBatch {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java -cp JAR KbLookupBatch.java DATA_DIR NAME_COL DATE_COL < list.tsv");
            System.exit(2);
        }
        KnowledgeBase kb = KnowledgeBase.load(Path.of(args[0]));
        NameLookup lookup = new NameLookup(kb);
        int nameCol = Integer.parseInt(args[1]);
        int dateCol = Integer.parseInt(args[2]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            NameLookup.Result r = lookup.lookup(cells[nameCol], LocalDate.parse(cells[dateCol]));
            String top = r.rows().isEmpty() ? "-" : r.rows().get(0).entry().qid() + " " + r.rows().get(0).entry().label();
            String offices = r.rows().stream().filter(row -> row.entry() == r.linked()).findFirst()
                    .map(row -> row.offices().stream().map(p -> p.label() + " of " + p.ofQid() + " [" + kb.kind(p) + "]")
                            .collect(Collectors.joining("; ")))
                    .orElse("");
            out.println(String.join("\t", line, r.linked() == null ? "-" : r.linked().qid(),
                    r.linked() == null ? "" : r.linked().label(), String.format("%.2f", r.confidence()),
                    String.valueOf(r.rows().size()), top, offices));
        }
    }
}
