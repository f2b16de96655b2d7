package org.newskg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The repeatable {@code --ner-model FILE} option of {@code kg ingest} and {@code kg eval ner}. */
public final class NerModelOption {

    @Option(names = "--ner-model", paramLabel = "FILE",
            description = "An OpenNLP name finder model (e.g. from kg train-ner) added as the statistical layer of "
                    + "entity recognition: it adds names the knowledge base and the patterns miss, and loses to them "
                    + "on overlap. Its PER/ORG/LOC types are used; MISC names are ignored. Repeatable.")
    List<Path> models = new ArrayList<>();

    public List<Path> paths() {
        return List.copyOf(models);
    }
}
