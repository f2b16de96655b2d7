package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;
import org.newskg.extract.entity.NerDictionaries;
import org.newskg.kb.KnowledgeBase;

class NerTrainerTest {

    @TempDir
    Path tmp;

    /** Twenty short sentences where a capitalized word after "Minister" is a person and after "in" a place. */
    static String corpus() {
        String[] people = {"Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Novak", "Silva", "Mensah", "Kowalski", "Duarte"};
        String[] places = {"Lagos", "Uppsala", "Beirut", "Lyon", "Osaka", "Brno", "Recife", "Accra", "Gdansk", "Porto"};
        StringBuilder sb = new StringBuilder("-DOCSTART- O\n\n");
        for (int i = 0; i < 20; i++) {
            sb.append("Minister O\n").append(people[i % 10]).append(" B-PER\nspoke O\nin O\n")
                    .append(places[(i * 3) % 10]).append(" B-LOC\ntoday O\n. O\n\n");
        }
        return sb.toString();
    }

    /** The default feature XML with the dictionaries of the bundled data directory. */
    static NerTrainer.Settings settings(String algorithm, int iterations) {
        Path data = Path.of("data");
        return new NerTrainer.Settings(algorithm, iterations, 1, 1, NerTrainer.defaultFeatures(),
                NerDictionaries.build(KnowledgeBase.load(data), data));
    }

    @Test
    void aTrainedModelSavesLoadsAndFindsNamesItWasTrainedOn() throws IOException {
        List<ConllSentence> train = ConllReaderTest.parse(corpus());
        TokenNameFinderModel model = NerTrainer.train(train, settings("MAXENT", 50));
        Path file = tmp.resolve("model.bin");
        NerTrainer.save(model, file);
        assertTrue(Files.size(file) > 0);
        NameFinderME finder = new NameFinderME(NerTrainer.load(file));
        Span[] found = finder.find(new String[] {"Minister", "Haddad", "spoke", "in", "Osaka", "today", "."});
        assertArrayEquals(new Span[] {new Span(1, 2, "PER"), new Span(4, 5, "LOC")}, found);
    }

    @Test
    void dataWithoutNamesOrAnUnreadableModelIsAClearError() throws IOException {
        assertThrows(NewsKgException.class, () -> NerTrainer.train(ConllReaderTest.parse("a O\nb O\n"), settings("MAXENT", 10)));
        Path junk = Files.writeString(tmp.resolve("junk.bin"), "not a model");
        NewsKgException e = assertThrows(NewsKgException.class, () -> NerTrainer.load(junk));
        assertTrue(e.getMessage().contains("junk.bin"));
    }
}
