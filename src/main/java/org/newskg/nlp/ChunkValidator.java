package org.newskg.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.chunker.DefaultChunkerSequenceValidator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.TokenTag;

/**
 * OpenNLP's {@link DefaultChunkerSequenceValidator} as a table: it reads only the last outcome before the one it is
 * asked about (an "I-" chunk must continue one of its own type), and cut two substrings for each of the beam's ten
 * hypotheses times 23 outcomes at every token. The table is filled by asking that validator itself, once per pair.
 *
 * <pre>{@code
 * SequenceValidator<TokenTag> v = ChunkValidator.of(validator, outcomes).orElse(validator);
 * }</pre>
 * Immutable once built (but for the model last checked by {@link #indexesLike}, which any thread may set).
 */
final class ChunkValidator implements SequenceValidator<TokenTag>, BeamDecoder.ByIndex {

    private static final TokenTag[] NO_ITEMS = new TokenTag[0];

    private final SequenceValidator<TokenTag> validator;
    private final String[] outcomes;
    private MaxentModel checked;   // the last model found to number its outcomes as this table does
    private final Map<String, Integer> index = new HashMap<>();
    private final boolean[][] valid;   // [last outcome's index, or the count for none][outcome's index]

    private ChunkValidator(SequenceValidator<TokenTag> validator, String[] outcomes) {
        this.validator = validator;
        this.outcomes = outcomes.clone();
        int n = outcomes.length;
        for (int o = 0; o < n; o++) {
            index.put(outcomes[o], o);
        }
        this.valid = new boolean[n + 1][n];
        for (int last = 0; last <= n; last++) {
            String[] before = last == n ? new String[0] : new String[] {outcomes[last]};
            for (int o = 0; o < n; o++) {
                valid[last][o] = validator.validSequence(before.length, NO_ITEMS, before, outcomes[o]);
            }
        }
    }

    /** A table of {@code validator} over {@code outcomes}, when it is the validator this class reproduces. */
    static Optional<SequenceValidator<TokenTag>> of(SequenceValidator<TokenTag> validator, String[] outcomes) {
        return validator.getClass() == DefaultChunkerSequenceValidator.class
                ? Optional.of(new ChunkValidator(validator, outcomes)) : Optional.empty();
    }

    /** Whether {@code model}'s outcome indices are this table's, so that {@link #valid(int, int)} answers for it. */
    @Override
    public boolean indexesLike(MaxentModel model) {
        if (model == checked) {
            return true;
        }
        if (model.getNumOutcomes() != outcomes.length) {
            return false;
        }
        for (int o = 0; o < outcomes.length; o++) {
            if (!outcomes[o].equals(model.getOutcome(o))) {
                return false;
            }
        }
        checked = model;
        return true;
    }

    /**
     * {@link #validSequence} by indices: outcome {@code outcome} after outcome {@code last} (-1: none before), both
     * indices of the outcomes this table was built from.
     */
    boolean valid(int last, int outcome) {
        return valid[last < 0 ? valid.length - 1 : last][outcome];
    }

    @Override
    public boolean valid(int i, Object[] sequence, int last, int outcome) {
        return valid(last, outcome);
    }

    @Override
    public boolean validSequence(int i, TokenTag[] sequence, String[] outcomesSequence, String outcome) {
        Integer o = index.get(outcome);
        Integer last = outcomesSequence.length == 0 ? Integer.valueOf(valid.length - 1) : index.get(outcomesSequence[outcomesSequence.length - 1]);
        if (o == null || last == null) {
            return validator.validSequence(i, sequence, outcomesSequence, outcome);   // not one of the model's outcomes
        }
        return valid[last][o];
    }
}
