package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.TokenTag;
import org.junit.jupiter.api.Test;

/** The chunker's validator table answers as OpenNLP's validator for every history's last outcome and every outcome. */
class ChunkValidatorTest {

    @Test
    void answersAsTheValidatorItTabulates() throws IOException {
        ChunkerModel chunks;
        try (InputStream in = ChunkValidatorTest.class.getResourceAsStream("/en-chunker.bin")) {
            chunks = new ChunkerModel(in);
        }
        MaxentModel model = (MaxentModel) chunks.getArtifact("chunker.model");
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = model.getOutcome(o);
        }
        SequenceValidator<TokenTag> own = chunks.getFactory().getSequenceValidator();
        SequenceValidator<TokenTag> table = ChunkValidator.of(own, outcomes).orElseThrow();
        TokenTag[] items = TokenTag.create(new String[] {"a", "b", "c"}, new String[] {"DT", "NN", "NN"});
        int invalid = 0;
        for (String first : outcomes) {
            for (String last : outcomes) {
                String[][] histories = {{}, {last}, {first, last}};
                for (String[] history : histories) {
                    for (String o : outcomes) {
                        boolean expected = own.validSequence(history.length, items, history, o);
                        assertEquals(expected, table.validSequence(history.length, items, history, o),
                                String.join(" ", history) + " -> " + o);
                        invalid += expected ? 0 : 1;
                    }
                }
            }
        }
        assertTrue(invalid > 0, "some sequences are invalid");
        // an outcome the model does not have is asked of the validator itself
        assertEquals(own.validSequence(1, items, new String[] {"B-NP"}, "I-XX"),
                table.validSequence(1, items, new String[] {"B-NP"}, "I-XX"));
    }
}
