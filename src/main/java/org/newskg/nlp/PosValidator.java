package org.newskg.nlp;

import java.util.Arrays;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.TagDictionary;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@link DefaultPOSSequenceValidator} (a tag is valid for a word the tag dictionary does not know, else only
 * if the dictionary lists it), with the dictionary's answer for the word being tagged kept until the decoder moves to
 * another word: the validator is asked for every extension of every hypothesis of the beam, and each time it
 * lower-cased the word and looked it up again (an eighth of the UD tagger's time). The same dictionary, the same
 * answers.
 *
 * <pre>{@code
 * SequenceValidator<String> v = PosValidator.of(posModel);   // the model's own validator when it is not the default one
 * }</pre>
 * Not thread-safe (it remembers the last word): one per tagger, one tagger per thread.
 */
final class PosValidator implements SequenceValidator<String> {

    private final TagDictionary dictionary;
    private String word;      // the word whose tags are held, compared by reference (the same string, the same tags)
    private String[] tags;    // its tags, null when the dictionary does not know it
    private boolean held;

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
        String w = inputSequence[i];
        if (!held || w != word) {
            tags = dictionary.getTags(w);
            word = w;
            held = true;
        }
        return tags == null || Arrays.asList(tags).contains(outcome);
    }
}
