package org.newskg.eval;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One story as newskg read it for {@code kg eval events}: its article text, where its sentences begin
 * (article offsets, ascending) and the events found in it. Immutable.
 *
 * @param story          the story file
 * @param text           the article text (the file without its metadata header)
 * @param sentenceBegins the first offset of each sentence, in sentence order
 * @param found          the events found
 */
public record StoryRun(Path story, String text, List<Integer> sentenceBegins, List<FoundEvent> found) {

    public StoryRun {
        sentenceBegins = List.copyOf(sentenceBegins);
        found = List.copyOf(found);
    }

    /** The index of the sentence holding an offset: the last one beginning at or before it. */
    public int sentenceAt(int offset) {
        int[] begins = sentenceBegins.stream().mapToInt(Integer::intValue).toArray();
        int i = Arrays.binarySearch(begins, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
