package org.newskg.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.TagDictionary;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@link DefaultPOSSequenceValidator} (a tag is valid for a word the tag dictionary does not know, else only
 * if the dictionary lists it), with the dictionary's answer for the word being tagged kept until the decoder moves to
 * another word: the validator is asked for every extension of every hypothesis of the beam, and each time it
 * lower-cased the word and looked it up again (an eighth of the UD tagger's time). The tags and the answers by index of
 * each word met are also kept (up to twenty thousand words), as a word recurs in many sentences. The same dictionary,
 * the same answers.
 *
 * <pre>{@code
 * SequenceValidator<String> v = PosValidator.of(posModel);   // the model's own validator when it is not the default one
 * }</pre>
 * Not thread-safe (it remembers the last word): one per tagger, one tagger per thread.
 */
final class PosValidator implements SequenceValidator<String>, BeamDecoder.ByIndex {

    private static final byte UNASKED = 0;
    private static final byte VALID = 1;
    private static final byte INVALID = 2;

    /** Words whose answers are kept (about a hundred bytes each); the table is emptied when it would hold more. */
    private static final int LIMIT = 20_000;

    private final TagDictionary dictionary;
    private String word;      // the word whose tags are held, compared by reference (the same string, the same tags)
    private String[] tags;    // its tags, null when the dictionary does not know it
    private boolean held;
    // By the decoder's outcome indices (see indexesLike): the model, its outcome names, and for the word held whether
    // each outcome is among its tags (UNASKED until asked). Asking by name compared the outcome with each tag for every
    // extension of every hypothesis (a few per cent of the taggers' time).
    private MaxentModel checked;
    private String[] names;
    private byte[] answers;
    // The dictionary's tags and the answers by index of the words met before: a word recurs in many sentences, and its
    // look-up (lower-casing it into a new key) was still 3% of extraction when made once per word tagged. The
    // dictionary is a loaded model's, not changed while tagging, so a word's tags are the same at each look-up.
    private final Map<String, Known> known = new HashMap<>();

    /** A word's tags (null: unknown to the dictionary) and answers by outcome index (null until asked by index). */
    private static final class Known {
        final String[] tags;
        byte[] answers;

        Known(String[] tags) {
            this.tags = tags;
        }
    }

    private PosValidator(TagDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The model's sequence validator: this one when the model's factory is OpenNLP's own, whose validator is a
     * {@code DefaultPOSSequenceValidator} of the factory's tag dictionary; else the factory's validator itself.
     */
    static SequenceValidator<String> of(POSModel model) {
        POSTaggerFactory factory = model.getFactory();
        SequenceValidator<String> own = factory.getSequenceValidator();
        return factory.getClass() == POSTaggerFactory.class && own.getClass() == DefaultPOSSequenceValidator.class
                ? new PosValidator(factory.getTagDictionary()) : own;
    }

    /** {@code new PosValidator(dictionary)}, for tests. */
    static PosValidator of(TagDictionary dictionary) {
        return new PosValidator(dictionary);
    }

    @Override
    public boolean validSequence(int i, String[] inputSequence, String[] outcomesSequence, String outcome) {
        if (dictionary == null) {
            return true;
        }
        hold(inputSequence[i]);
        return tags == null || Arrays.asList(tags).contains(outcome);
    }

    /** Any model: its outcome names are taken, for {@link #valid} to answer by its indices. */
    @Override
    public boolean indexesLike(MaxentModel model) {
        if (model != checked) {
            names = new String[model.getNumOutcomes()];
            for (int o = 0; o < names.length; o++) {
                names[o] = model.getOutcome(o);
            }
            checked = model;
            held = false;
            known.clear();   // answers by another model's indices
        }
        return true;
    }

    /** {@link #validSequence} for the outcome of index {@code outcome} of the model last given to {@link #indexesLike}. */
    @Override
    public boolean valid(int i, Object[] sequence, int last, int outcome) {
        if (dictionary == null) {
            return true;
        }
        hold((String) sequence[i]);
        if (tags == null) {
            return true;
        }
        byte a = answers[outcome];
        if (a == UNASKED) {
            a = Arrays.asList(tags).contains(names[outcome]) ? VALID : INVALID;
            answers[outcome] = a;
        }
        return a == VALID;
    }

    /** The dictionary's tags of {@code w} and their answers by index, looked up unless they are held already. */
    private void hold(String w) {
        if (!held || w != word) {
            Known k = known.get(w);
            if (k == null) {
                if (known.size() >= LIMIT) {
                    known.clear();
                }
                k = new Known(dictionary.getTags(w));
                known.put(w, k);
            }
            if (k.answers == null && names != null) {
                k.answers = new byte[names.length];   // UNASKED
            }
            tags = k.tags;
            answers = k.answers;
            word = w;
            held = true;
        }
    }
}
