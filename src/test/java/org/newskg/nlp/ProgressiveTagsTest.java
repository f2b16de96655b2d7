package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ProgressiveTagsTest {

    @Test
    void anIngWordBetweenBeAndItsObjectIsAProgressive() {
        String[] words = {"it", "was", "severing", "diplomatic", "relations"};
        String[] tags = {"PRP", "VBD", "JJ", "JJ", "NNS"};
        assertArrayEquals(new String[] {"PRP", "VBD", "VBG", "JJ", "NNS"}, ProgressiveTags.correct(words, tags));
        assertArrayEquals(new String[] {"PRP", "VBD", "JJ", "JJ", "NNS"}, tags, "the tagger's array is not changed");
    }

    @Test
    void adjectivesStayAdjectives() {
        String[] growing = {"it", "was", "a", "growing", "problem"};
        String[] growingTags = {"PRP", "VBD", "DT", "JJ", "NN"};
        assertSame(growingTags, ProgressiveTags.correct(growing, growingTags));
        String[] interesting = {"the", "talks", "were", "interesting", "."};
        String[] interestingTags = {"DT", "NNS", "VBD", "JJ", "."};
        assertSame(interestingTags, ProgressiveTags.correct(interesting, interestingTags));
    }
}
