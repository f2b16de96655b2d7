package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The events of an evaluation that were not right, for reading, story by story: gold events nothing matched
 * ({@code missed}), found events that match no gold event ({@code spurious}), each with its fields, and
 * matched events with a wrong field ({@code wrong}, gold against found), e.g.
 * <pre>
 * missed   a.txt  Meeting 040 "the two men met"  participants=Jane Doe|John Roe place=Oslo date=2001-05-04 status=happened
 * wrong    a.txt  PhoneCall 041 "spoke by phone"  participants: gold Jane Doe|John Roe found Jane Doe(participant)
 * </pre>
 * Stateless and thread-safe.
 */
public final class EventErrors {

    private EventErrors() {
    }

    public static List<String> describe(List<EventEvaluator.StoryResult> stories) {
        List<String> out = new ArrayList<>();
        for (EventEvaluator.StoryResult s : stories) {
            String story = s.story().getFileName().toString();
            for (GoldEvent g : s.matching().missed()) {
                out.add("missed   " + story + "  " + head(g) + "  participants=" + gold(g) + " place=" + or(g.places())
                        + " date=" + or(g.dates()) + " status=" + status(g.planned()));
            }
            for (FoundEvent f : s.matching().spurious()) {
                out.add("spurious " + story + "  " + f.type() + " " + or(f.cameo()) + " \"" + f.label() + "\" (sentence "
                        + f.evidence().get(0).sentence() + ")  participants=" + found(f) + " place=" + first(f.place())
                        + " date=" + or(f.date()) + " status=" + status(f.planned()));
            }
            for (EventMatcher.Pair p : s.matching().pairs()) {
                List<String> wrong = new ArrayList<>();
                for (String field : EventFields.FIELDS) {
                    if (!EventFields.right(field, p.gold(), p.found()) && !(field.equals("roles")
                            && !EventFields.right("participants", p.gold(), p.found()))) {
                        wrong.add(field + ": gold " + goldValue(field, p.gold()) + " found " + foundValue(field, p.found()));
                    }
                }
                if (!wrong.isEmpty()) {
                    out.add("wrong    " + story + "  " + head(p.gold()) + "  " + String.join("; ", wrong));
                }
            }
        }
        return out;
    }

    private static String head(GoldEvent g) {
        return String.join("/", g.types()) + " " + g.cameo() + " \"" + g.tellings().get(0) + "\"";
    }

    private static String goldValue(String field, GoldEvent g) {
        return switch (field) {
            case "type" -> String.join("/", g.types());
            case "participants", "roles" -> gold(g);
            case "place" -> or(g.places());
            case "date" -> or(g.dates());
            default -> status(g.planned());
        };
    }

    private static String foundValue(String field, FoundEvent f) {
        return switch (field) {
            case "type" -> f.type();
            case "participants", "roles" -> found(f);
            case "place" -> first(f.place());
            case "date" -> or(f.date());
            default -> status(f.planned());
        };
    }

    private static String gold(GoldEvent g) {
        if (g.actors().isEmpty()) {
            return "-";
        }
        return g.actors().stream().map(a -> switch (a.role()) {
            case SOURCE -> "src:";
            case TARGET -> "tgt:";
            case UNMARKED -> "";
        } + String.join("/", a.names())).collect(Collectors.joining("|"));
    }

    private static String found(FoundEvent f) {
        if (f.actors().isEmpty()) {
            return "-";
        }
        return f.actors().stream().map(a -> first(a.names()) + "(" + a.role() + ")").collect(Collectors.joining("|"));
    }

    private static String status(boolean planned) {
        return planned ? "planned" : "happened";
    }

    private static String or(List<String> values) {
        return values.isEmpty() ? "-" : String.join("/", values);
    }

    private static String or(String value) {
        return value == null ? "-" : value;
    }

    private static String first(List<String> names) {
        return names.isEmpty() ? "-" : names.get(0);
    }
}
