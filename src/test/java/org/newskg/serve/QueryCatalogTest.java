package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QueryCatalogTest {

    static final Path QUERIES = Path.of(System.getProperty("newskg.home", ".")).resolve("queries");

    @Test
    void theBundledQueriesAreTheFilesOfTheQueriesFolderByteForByte() throws Exception {
        List<String> names;
        try (Stream<Path> files = Files.list(QUERIES)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
        QueryCatalog catalog = QueryCatalog.bundled();
        assertEquals(names, catalog.queries().stream().map(QueryCatalog.Query::name).toList());
        for (QueryCatalog.Query q : catalog.queries()) {
            assertEquals(Files.readString(QUERIES.resolve(q.name())), q.text(), q.name());
        }
    }

    @Test
    void theCatalogCannotBeChangedAfterItIsMade() {
        List<QueryCatalog.Query> list = new ArrayList<>(List.of(new QueryCatalog.Query("a.rq", "ASK {}")));
        QueryCatalog catalog = new QueryCatalog(list);
        list.clear();
        assertEquals(1, catalog.queries().size());
        assertThrows(UnsupportedOperationException.class, () -> catalog.queries().add(new QueryCatalog.Query("b.rq", "ASK {}")));
    }
}
