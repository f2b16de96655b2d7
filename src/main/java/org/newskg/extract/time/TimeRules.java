package org.newskg.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * One family of temporal patterns: finds candidate expressions in a sentence.
 *
 * <pre>{@code
 * List<Candidate> found = new DurationRules(lexicon).find(sentence, ReferenceCalendar.of(day));
 * }</pre>
 * Implementations are immutable and thread-safe.
 */
interface TimeRules {

    /** Candidates with offsets local to {@code sentence.text()}. */
    List<Candidate> find(Sentence sentence, ReferenceCalendar reference);

    /** The part of speech of the token starting at a sentence-local offset, or "" when none starts there. */
    static String posAt(Sentence sentence, int localOffset) {
        int offset = sentence.begin() + localOffset;
        for (Token t : sentence.tokens()) {
            if (t.begin() == offset) {
                return t.pos() == null ? "" : t.pos();
            }
        }
        return "";
    }

    /** The index of the first token ending after a sentence-local offset (the token there, or the next one). */
    static int tokenIndexAt(Sentence sentence, int localOffset) {
        int offset = sentence.begin() + localOffset;
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).end() <= offset) {
            i++;
        }
        return i;
    }

    /** The first token starting at or after a sentence-local offset. */
    static Optional<Token> nextToken(Sentence sentence, int localOffset) {
        int offset = sentence.begin() + localOffset;
        return sentence.tokens().stream().filter(t -> t.begin() >= offset).findFirst();
    }

    /** The last token ending at or before a sentence-local offset. */
    static Optional<Token> previousToken(Sentence sentence, int localOffset) {
        int offset = sentence.begin() + localOffset;
        Token previous = null;
        for (Token t : sentence.tokens()) {
            if (t.end() > offset) {
                break;
            }
            previous = t;
        }
        return Optional.ofNullable(previous);
    }

    /**
     * Whether the expression starting at a sentence-local offset comes right after one of the words, lower-case,
     * a determiner allowed between ("since the March 11 earthquake").
     */
    static boolean after(Sentence sentence, int localBegin, Set<String> words) {
        Optional<Token> previous = previousToken(sentence, localBegin);
        if (previous.isPresent() && previous.get().text().equalsIgnoreCase("the")) {
            previous = previousToken(sentence, previous.get().begin() - sentence.begin());
        }
        return previous.isPresent() && words.contains(previous.get().text().toLowerCase(Locale.ROOT));
    }

    /** True when the token at that offset is used as a verb (the modal "May", "to March"). */
    static boolean isVerbAt(Sentence sentence, int localOffset) {
        String pos = posAt(sentence, localOffset);
        return pos.equals("AUX") || pos.equals("VERB");
    }
}
