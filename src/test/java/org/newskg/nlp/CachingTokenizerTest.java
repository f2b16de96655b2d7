package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/** The remembered splits are OpenNLP's own, whether a piece is met the first time or again. */
class CachingTokenizerTest {

    private static final String OWN = """
            NAIROBI, Kenya (AP) -- Kenya's president, William Doe, said on Tuesday: "We won't sign." U.S.-backed talks \
            in São Paulo ended at 3:30 p.m.; the ministers' statement (issued late) called it "a 'partial' deal"...\
            """;

    @Test
    void splitsAsTokenizerMeTheFirstTimeAndAgain() throws IOException {
        TokenizerModel model;
        try (InputStream in = getClass().getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            model = new TokenizerModel(in);
        }
        List<String> lines = new ArrayList<>(List.of(OWN, OWN + " and again", "x", "  leading and trailing space  "));
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(f).stream().filter(l -> !l.isBlank()).forEach(lines::add);
            }
        }
        assertTrue(lines.size() > 30, "too few lines: " + lines.size());
        TokenizerME own = new TokenizerME(model);
        CachingTokenizer caching = new CachingTokenizer(new TokenizerME(model));
        for (int round = 0; round < 2; round++) {
            for (String line : lines) {
                assertArrayEquals(own.tokenizePos(line), caching.tokenizePos(line), line);
            }
        }
    }
}
