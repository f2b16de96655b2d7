import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.newskg.kb.KnowledgeBase;

/**
 * Times the knowledge base load in a fresh JVM (the cost every kg command pays once) and the heap the loaded
 * KB holds: used heap after a full GC with the KB reachable, minus the same before loading. Run by kb-load-bench.sh.
 */
public class KbLoadBench {
    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "data");
        long before = usedAfterGc();
        var threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.load(data);
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        long held = usedAfterGc() - before;
        KnowledgeBase again = KnowledgeBase.load(data);
        long t2 = System.nanoTime();
        // The loading thread's CPU time is what the load costs on an idle machine, however busy this one is.
        System.out.printf("knowledge base: %,d entries; first load (cold JVM) %.0f ms wall, %.0f ms CPU of the loading "
                        + "thread; second load %.0f ms; heap held by one loaded KB %.0f MB (max heap %.0f MB); load average %s%n",
                kb.size(), (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t2 - t1) / 1e6, held / 1e6, Runtime.getRuntime().maxMemory() / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (again.size() != kb.size()) {
            throw new IllegalStateException("two loads differ");
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}
