package org.newskg.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Binary search over spans sorted by begin answers what a scan answers, in the spans' own order. */
class OffsetIndexTest {

    private record Span(int begin, int end) {
    }

    @Test
    void coveringAndWithinMatchAScan() {
        Random random = new Random(5);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int b = random.nextInt(1_000);
            spans.add(new Span(b, b + 1 + random.nextInt(i % 40 == 0 ? 60 : 6)));
        }
        spans.sort(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end));
        OffsetIndex<Span> index = new OffsetIndex<>(spans, Span::begin, Span::end);
        for (int offset = 0; offset < 1_070; offset++) {
            int o = offset;
            assertEquals(spans.stream().filter(s -> s.begin() <= o && o < s.end()).toList(), index.covering(o), "covering " + o);
            int e = o + random.nextInt(20);
            assertEquals(spans.stream().filter(s -> s.begin() >= o && s.end() <= e).toList(), index.within(o, e), "within " + o);
        }
    }

    @Test
    void nothingCoversAnOffsetOutsideEverySpan() {
        OffsetIndex<Span> index = new OffsetIndex<>(List.of(new Span(3, 7), new Span(10, 12)), Span::begin, Span::end);
        assertTrue(index.covering(8).isEmpty());
        assertTrue(index.covering(12).isEmpty());
        assertEquals(List.of(new Span(3, 7)), index.covering(3));
    }

    @Test
    void spansNotSortedByBeginAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OffsetIndex<>(List.of(new Span(10, 12), new Span(3, 7)), Span::begin, Span::end));
        assertTrue(e.getMessage().contains("10 then 3"), e.getMessage());
    }
}
