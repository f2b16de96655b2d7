package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.TokenTag;
import org.junit.jupiter.api.Test;

/**
 * The chunker's validator table answers as OpenNLP's validator for every history's last outcome and every outcome, by
 * outcome strings and by outcome indices (as {@link BeamDecoder} asks it).
 */
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
        ChunkValidator table = (ChunkValidator) ChunkValidator.of(own, outcomes).orElseThrow();
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
                        int lastIndex = history.length == 0 ? -1 : Arrays.asList(outcomes).indexOf(last);
                        assertEquals(expected, table.valid(lastIndex, Arrays.asList(outcomes).indexOf(o)),
                                "by indices: " + String.join(" ", history) + " -> " + o);
                    }
                }
            }
        }
        assertTrue(invalid > 0, "some sequences are invalid");
        assertTrue(table.indexesLike(model), "the model it was built from numbers its outcomes alike");
        // an outcome the model does not have is asked of the validator itself
        assertEquals(own.validSequence(1, items, new String[] {"B-NP"}, "I-XX"),
                table.validSequence(1, items, new String[] {"B-NP"}, "I-XX"));
    }
}
