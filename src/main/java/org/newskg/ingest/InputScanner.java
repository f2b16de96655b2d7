package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands command-line arguments into the inputs to read: files as given, directories recursively
 * (sorted by path, hidden files and folders skipped, and files whose extension says they are no articles:
 * {@code .csv}, images, archives...), and "-" for standard input.
 *
 * <pre>{@code
 * ScanResult r = InputScanner.scan(List.of("data/articles", "extra.txt", "-"));
 * r.files();   // [data/articles/a.txt, data/articles/b.html, extra.txt, stdin]
 * }</pre>
 * Stateless and thread-safe. A missing path is a problem in the result, never an exception; an input
 * named twice is read once.
 */
public final class InputScanner {

    /**
     * Extensions of files that are no news articles: tables, images, archives, office documents, media and
     * RDF. In a directory they are skipped (one summary line); named on the command line they are read.
     */
    private static final Set<String> NOT_ARTICLES = Set.of("tsv", "csv", "xls", "xlsx", "ods",
            "png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "tif", "tiff", "ico", "heic",
            "zip", "gz", "tgz", "tar", "bz2", "xz", "7z", "rar", "zst",
            "pdf", "doc", "docx", "odt", "ppt", "pptx", "epub",
            "mp3", "mp4", "wav", "ogg", "avi", "mov", "mkv", "webm",
            "exe", "bin", "jar", "class", "so", "dll", "dylib", "db", "sqlite",
            "ttl", "nt", "nq", "trig", "rdf", "owl", "jsonld", "rq");

    private InputScanner() {
    }

    /** The lower-case extension of a file name, without the dot; "" when there is none. */
    static String extension(Path p) {
        return extension(p.getFileName() == null ? "" : p.getFileName().toString());
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether a file found in a directory is skipped because its extension says it is no article (a table, an
     * image, RDF...); for readers of other file systems, such as the Spark job, to skip the same files.
     */
    public static boolean skippedInDirectory(String fileName) {
        return NOT_ARTICLES.contains(extension(fileName));
    }

    public static ScanResult scan(List<String> args) {
        List<InputFile> files = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (String arg : args) {
            if (arg == null || arg.isBlank()) {
                problems.add(new IngestProblem(String.valueOf(arg), "empty path argument"));
            } else if (arg.equals("-")) {
                if (seen.add(InputFile.STDIN)) {
                    files.add(InputFile.stdin());
                }
            } else {
                addPath(arg, files, problems, skipped, seen);
            }
        }
        return new ScanResult(files, problems, skipped);
    }

    private static void addPath(String arg, List<InputFile> files, List<IngestProblem> problems, List<Path> skipped,
                                Set<Object> seen) {
        Path path;
        try {
            path = Path.of(arg);
        } catch (RuntimeException e) {
            problems.add(new IngestProblem(arg, "not a valid path (" + e.getMessage() + ")"));
            return;
        }
        if (!Files.exists(path)) {
            problems.add(new IngestProblem(arg, "no such file or directory"));
        } else if (Files.isDirectory(path)) {
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(path, new Collector(path, found));
            } catch (IOException | RuntimeException e) {
                problems.add(new IngestProblem(arg, "cannot list directory (" + e.getMessage() + ")"));
                return;
            }
            if (found.isEmpty()) {
                problems.add(new IngestProblem(arg, "directory holds no (non-hidden) files"));
            }
            found.sort(Comparator.comparing(Path::toString));
            for (Path p : found) {
                if (skippedInDirectory(p.getFileName().toString())) {
                    skipped.add(p);
                } else {
                    add(InputFile.of(p), files, seen);
                }
            }
        } else {
            add(new InputFile(arg, path), files, seen);
        }
    }

    private static void add(InputFile f, List<InputFile> files, Set<Object> seen) {
        if (seen.add(f.path().toAbsolutePath().normalize())) {
            files.add(f);
        }
    }

    /** Collects regular files below a root, pruning hidden entries (but not a hidden root the user named). */
    private static final class Collector extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> found;

        Collector(Path root, List<Path> found) {
            this.root = root;
            this.found = found;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
            if (regular && !hidden(file)) {
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            // An unreadable entry is still listed, so the loader reports it by name instead of it vanishing.
            if (!hidden(file)) {
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        private static boolean hidden(Path p) {
            Path name = p.getFileName();
            return name != null && name.toString().startsWith(".");
        }
    }
}
