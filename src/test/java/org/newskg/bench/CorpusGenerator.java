package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.KnowledgeBase;
import org.newskg.kb.Position;

/**
 * Writes a synthetic news corpus for the benchmarks: N plain-text articles of 200-520 words (about 350 on average), each about two office
 * holders of different countries from the knowledge base in data/, built from the templates of
 * bench/corpus-templates.txt. The same seed gives the same files, byte for byte.
 *
 * <pre>
 * bench/java-bench.sh CorpusGenerator OUT_DIR 1000 42     # OUT_DIR/000/a000001.txt ... (1,000 files a folder)
 * </pre>
 * Not a test: run by bench/generate-corpus.sh. Not thread-safe.
 */
public final class CorpusGenerator {

    /** A person with an office in a country, and what the templates say about them. */
    private record Actor(String name, String last, String title, KbEntry country, String demonym, List<KbEntry> cities,
                         Position office) {

        /** The same person with one city of their country, so that an article keeps to one city per country. */
        Actor in(KbEntry city) {
            return new Actor(name, last, title, country, demonym, List.of(city), office);
        }
    }

    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+)(?:\\.([A-Za-z]+))?}");
    private static final int PER_FOLDER = 1000;

    private final Map<String, List<String>> sections;
    private final List<Actor> actors;
    private final List<KbEntry> organizations;
    private final SplittableRandom random;

    private CorpusGenerator(Map<String, List<String>> sections, KnowledgeBase kb, long seed) {
        this.sections = sections;
        this.random = new SplittableRandom(seed);
        List<KbEntry> entries = kb.entries().stream().sorted(Comparator.comparing(KbEntry::qid)).toList();
        this.organizations = entries.stream().filter(e -> e.type() == EntityType.ORGANIZATION && !e.historical()).toList();
        Map<String, List<KbEntry>> citiesOf = new LinkedHashMap<>();
        entries.stream().filter(e -> e.type() == EntityType.CITY && e.countryQid() != null)
                .forEach(c -> citiesOf.computeIfAbsent(c.countryQid(), k -> new ArrayList<>()).add(c));
        List<Actor> found = new ArrayList<>();
        for (KbEntry p : entries) {
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            for (Position office : kb.positions(p.qid())) {
                KbEntry country = kb.byQid(office.ofQid()).filter(c -> c.type() == EntityType.COUNTRY).orElse(null);
                String title = title(office.label());
                if (country != null && title != null && !country.demonyms().isEmpty() && citiesOf.containsKey(country.qid())
                        && office.start() != null) {
                    String[] words = p.label().split(" ");
                    found.add(new Actor(p.label(), words[words.length - 1], title, country, country.demonyms().get(0),
                            citiesOf.get(country.qid()), office));
                    break;
                }
            }
        }
        this.actors = found;
    }

    /**
     * "President of Kenya" → "President"; null for an office not named "X of COUNTRY", and for a seat in a parliament
     * ("Member of ..."), which would make most articles about backbenchers (they are most of the office holders).
     */
    private static String title(String office) {
        int of = office.indexOf(" of ");
        return of > 0 && !office.toLowerCase(Locale.ROOT).startsWith("member") ? office.substring(0, of) : null;
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        CorpusGenerator g = new CorpusGenerator(sections(home.resolve("bench/corpus-templates.txt")),
                KnowledgeBase.load(home.resolve("data")), seed);
        if (g.actors.size() < 2) {
            throw new IllegalStateException("the knowledge base has fewer than two office holders with a country and a city");
        }
        long words = 0;
        for (int i = 1; i <= n; i++) {
            String text = g.article();
            words += text.split("\\s+").length;
            Path file = out.resolve(String.format(Locale.ROOT, "%03d/a%06d.txt", (i - 1) / PER_FOLDER, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        System.out.printf(Locale.ROOT, "%d articles, %d words, %d office holders to choose from%n", n, words, g.actors.size());
    }

    private static Map<String, List<String>> sections(Path file) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line.strip());
            }
        }
        return out;
    }

    /** One article: headline, byline, date, a lead, 8-14 paragraphs of body and quotes, a closing line. */
    private String article() {
        Actor a = pick(actors);
        Actor b = pick(actors);
        while (b.country().equals(a.country())) {
            b = pick(actors);
        }
        LocalDate day = dayIn(a.office());
        Map<String, Actor> people = Map.of("A", a.in(pick(a.cities())), "B", b.in(pick(b.cities())));
        StringBuilder text = new StringBuilder();
        text.append(fill(pick(sections.get("headline")), people, day)).append('\n');
        text.append("By ").append(pick(sections.get("outlet"))).append('\n');
        text.append(day).append("\n\n");
        text.append(fill(pick(sections.get("lead")), people, day)).append("\n\n");
        int paragraphs = 8 + random.nextInt(7);
        for (int p = 0; p < paragraphs; p++) {
            String section = random.nextInt(3) == 0 ? "quote" : "body";
            text.append(fill(pick(sections.get(section)), people, day));
            if (random.nextBoolean()) {
                text.append(' ').append(fill(pick(sections.get("body")), people, day));
            }
            text.append("\n\n");
        }
        text.append(fill(pick(sections.get("close")), people, day)).append('\n');
        return text.toString();
    }

    /** A day while the office was held (up to the end of 2024 for an office still held). */
    private LocalDate dayIn(Position office) {
        LocalDate from = office.start();
        LocalDate to = office.end() != null ? office.end() : LocalDate.of(2024, 12, 31);
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return LocalDate.ofEpochDay(from.toEpochDay() + random.nextLong(span));
    }

    private String fill(String template, Map<String, Actor> people, LocalDate day) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(slot(m.group(1), m.group(2), people, day)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String slot(String name, String field, Map<String, Actor> people, LocalDate day) {
        Actor actor = people.get(name);
        if (actor != null) {
            return field == null ? actor.demonym() + " " + actor.title() + " " + actor.name() : person(actor, field);
        }
        return switch (name) {
            case "ORG" -> pick(organizations).label();
            case "DAY" -> DayOfWeek.of(1 + random.nextInt(7)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "MONTH" -> Month.of(1 + random.nextInt(12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "YEAR" -> Integer.toString(day.getYear() + 1 + random.nextInt(4));
            case "D" -> Integer.toString(1 + random.nextInt(28));
            case "N" -> Integer.toString(2 + random.nextInt(94));
            case "M" -> Integer.toString(100 + random.nextInt(891));
            case "TOPIC", "OUTLET", "SOURCE" -> pick(sections.get(name.toLowerCase(Locale.ROOT)));
            default -> throw new IllegalArgumentException("unknown slot {" + name + "} in bench/corpus-templates.txt");
        };
    }

    private String person(Actor a, String field) {
        return switch (field) {
            case "name" -> a.name();
            case "last" -> a.last();
            case "title" -> a.title();
            case "country" -> a.country().label();
            case "dem" -> a.demonym();
            case "city" -> pick(a.cities()).label();
            case "CITY" -> pick(a.cities()).label().toUpperCase(Locale.ROOT);
            default -> throw new IllegalArgumentException("unknown person slot ." + field + " in bench/corpus-templates.txt");
        };
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
