package org.newskg.extract.time;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reusable matchers for a rule family's patterns: one matcher per pattern per thread, reset to each new text.
 * The rules run every pattern on every sentence, and creating those matchers (each allocating its group and
 * local arrays) was a fifth of the times stage (bench/README.md, session 20).
 *
 * <pre>{@code
 * Matcher m = matchers.of(PATTERN, sentence.text());
 * }</pre>
 * The owner stays shareable between threads: each thread gets its own matchers. A matcher returned here is
 * valid until the same thread asks this instance for the same pattern again, so a caller never nests two
 * uses of one pattern, and never changes a matcher's bounds (a reset keeps them).
 */
final class Matchers {

    private final ThreadLocal<Map<Pattern, Matcher>> byThread = ThreadLocal.withInitial(IdentityHashMap::new);

    /** The thread's matcher for {@code pattern}, reset to {@code text}. */
    Matcher of(Pattern pattern, CharSequence text) {
        Map<Pattern, Matcher> matchers = byThread.get();
        Matcher m = matchers.get(pattern);
        if (m == null) {
            m = pattern.matcher(text);
            matchers.put(pattern, m);
            return m;
        }
        return m.reset(text);
    }
}
