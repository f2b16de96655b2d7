package org.newskg.kb;

import java.util.List;
import java.util.Objects;

/**
 * One name of a knowledge base entry as indexed: the entry, the name's significant words (case kept,
 * see {@link NameKey#significant}) and how it refers to the entry. Immutable.
 */
public record NameEntry(KbEntry entry, String name, List<String> words, NameKind kind) {

    public NameEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("name '" + name + "' of " + entry.qid() + " has no letters");
        }
    }
}
