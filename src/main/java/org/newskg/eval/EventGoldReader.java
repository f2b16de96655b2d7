package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newskg.NewsKgException;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;

/**
 * Reads event gold files: every {@code gold.tsv} under a folder, each line one event of a story beside it
 * (columns {@code story, text, type, cameo, participants, place, date, status}; '|' separates tellings and
 * participants, '/' alternatives, {@code -} is "none"; the layout is documented in the gold set's README).
 * A bad line stops reading with {@code FILE:LINE: message}.
 *
 * <pre>{@code
 * List<GoldEvent> gold = EventGoldReader.read(Path.of("src/test/resources/eval/events/dev"));
 * }</pre>
 * Stateless and thread-safe.
 */
public final class EventGoldReader {

    public static final String FILE_NAME = "gold.tsv";
    private static final String COLUMNS = "story, text, type, cameo, participants, place, date, status";
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z]*");
    private static final Pattern CAMEO = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{0,2}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}(-([0-9]{2}(-[0-9]{2})?|W[0-9]{2}(-WE)?|Q[1-4]|SP|SU|FA|WI))?");

    private EventGoldReader() {
    }

    /** The events of every {@code gold.tsv} under {@code dir} (recursively, in path order), or of the one file given. */
    public static List<GoldEvent> read(Path dir) {
        List<Path> files = goldFiles(dir);
        List<GoldEvent> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(readFile(f));
        }
        if (out.isEmpty()) {
            throw new NewsKgException("no gold events in " + files);
        }
        return out;
    }

    static List<Path> goldFiles(Path dir) {
        if (Files.isRegularFile(dir)) {
            return List.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new NewsKgException("no event gold folder or file at " + dir);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(p -> p.getFileName().toString().equals(FILE_NAME)).sorted().toList();
            if (files.isEmpty()) {
                throw new NewsKgException("no " + FILE_NAME + " under " + dir);
            }
            return files;
        } catch (IOException e) {
            throw new NewsKgException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    static List<GoldEvent> readFile(Path file) {
        Map<Path, String> stories = new HashMap<>();
        List<GoldEvent> out = new ArrayList<>();
        for (TsvRow row : TsvTable.read(file, "event gold file").rows()) {
            String[] c = row.requireColumns(8, COLUMNS).stripped();
            Path story = file.toAbsolutePath().getParent().resolve(c[0]);
            if (c[0].isEmpty() || !Files.isRegularFile(story)) {
                throw row.error("story '" + c[0] + "' is not a file beside " + file.getFileName());
            }
            String content = stories.computeIfAbsent(story, p -> readStory(p, row));
            List<String> tellings = split(c[1], "\\|");
            for (String t : tellings) {
                if (!content.contains(t)) {
                    throw row.error("text '" + t + "' does not occur in " + c[0]);
                }
            }
            List<String> types = split(c[2], "/");
            types.stream().filter(t -> !TYPE.matcher(t).matches()).findFirst().ifPresent(t -> {
                throw row.error("type '" + t + "' is not a class name such as Meeting or Event");
            });
            if (!CAMEO.matcher(c[3]).matches()) {
                throw row.error("CAMEO code '" + c[3] + "' is not two to four digits with a root from 01 to 20");
            }
            List<String> dates = none(c[6]) ? List.of() : split(c[6], "/");
            dates.stream().filter(d -> !DATE.matcher(d).matches()).findFirst().ifPresent(d -> {
                throw row.error("date '" + d + "' is not an ISO date such as 2005-11-16, 2005-11, 2005 or 2005-W46");
            });
            if (!c[7].equals("happened") && !c[7].equals("planned")) {
                throw row.error("status '" + c[7] + "' is neither happened nor planned");
            }
            if (tellings.isEmpty() || types.isEmpty()) {
                throw row.error("the text and type columns must not be empty");
            }
            out.add(new GoldEvent(file + ":" + row.line(), story, tellings, types, c[3], actors(c[4], row),
                    none(c[5]) ? List.of() : split(c[5], "/"), dates, c[7].equals("planned")));
        }
        return out;
    }

    private static List<GoldEvent.Actor> actors(String cell, TsvRow row) {
        List<GoldEvent.Actor> out = new ArrayList<>();
        if (none(cell)) {
            return out;
        }
        for (String item : split(cell, "\\|")) {
            GoldEvent.Role role = item.startsWith("src:") ? GoldEvent.Role.SOURCE
                    : item.startsWith("tgt:") ? GoldEvent.Role.TARGET : GoldEvent.Role.UNMARKED;
            List<String> names = split(role == GoldEvent.Role.UNMARKED ? item : item.substring(4), "/");
            if (names.isEmpty()) {
                throw row.error("participant '" + item + "' has no name");
            }
            out.add(new GoldEvent.Actor(names, role));
        }
        return out;
    }

    private static String readStory(Path story, TsvRow row) {
        try {
            return Files.readString(story, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw row.error("cannot read story " + story + ": " + e.getMessage(), e);
        }
    }

    private static boolean none(String cell) {
        return cell.equals("-");
    }

    private static List<String> split(String cell, String separator) {
        return Stream.of(cell.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
