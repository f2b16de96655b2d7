package org.newskg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The repeatable {@code --ner-model FILE} option of {@code kg ingest} and {@code kg eval ner}. */
public final class NerModelOption {

    @Option(names = "--ner-model", paramLabel = "FILE",
            description = "An OpenNLP name finder model (e.g. from kg train-ner) used as the statistical backbone of "
                    + "entity recognition instead of the default data/models/en-ner.bin (repeatable: several models "
                    + "together replace the default; on overlap the more probable name wins). Its PER, ORG, LOC and "
                    + "MISC names are used; the knowledge base and patterns correct them.")
    List<Path> models = new ArrayList<>();

    public List<Path> paths() {
        return List.copyOf(models);
    }

    /** Fails at once, naming it, when a model file given does not exist: before any input is read or model loaded. */
    void requireFiles() {
        models.forEach(org.newskg.extract.entity.NameFinderModels::requireFile);
    }
}
