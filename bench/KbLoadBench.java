import java.nio.file.Path;
import org.newskg.kb.KnowledgeBase;

/** Times the knowledge base load in a fresh JVM: the cost every kg command pays once. Run by kb-load-bench.sh. */
public class KbLoadBench {
    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "data");
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.load(data);
        long t1 = System.nanoTime();
        KnowledgeBase.load(data);
        long t2 = System.nanoTime();
        System.out.printf("knowledge base: %d entries; first load (cold JVM) %.0f ms, second load %.0f ms%n",
                kb.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    }
}
