package org.newskg.kb;

/** How a name refers to a knowledge base entry: its label, one of its aliases, or a demonym. */
public enum NameKind {
    LABEL, ALIAS, DEMONYM
}
