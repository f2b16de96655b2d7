package org.newskg.extract.fact;

import org.newskg.extract.EntityMention;
import org.newskg.extract.TimeMention;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;

/**
 * The story's own place and day, read from its dateline ("STRELSAU, Aug 12 (Example Wire) -") and publication
 * day: the day an undated past event happened, where an on-site event took place, what lies before the story.
 */
final class Dateline {

    private Dateline() {
    }

    /**
     * The date of the story's dateline ("PORT LOUIS, Nov. 11 (Example Wire) -"), or null. A dateline without a date
     * ("STRELSAU, Ruritania (AP) -") dates the story by its publication day, as the lead names it ("Doe said Monday").
     */
    static TimeMention date(ArticleView view) {
        for (Sentence s : view.sentences()) {
            int own = StatementFinder.contentStart(s.tokens());
            if (own > 0) {
                int ownBegin = s.tokens().get(own).begin();
                return view.times(s.index()).stream()
                        .filter(t -> t.end() <= ownBegin && t.value().matches("\\d{4}-\\d{2}-\\d{2}"))
                        .findFirst().orElseGet(() -> publicationDay(view, s));
            }
            if (s.index() >= 2) {
                break;
            }
        }
        return null;
    }

    /** The time mention of the lead sentence naming the day the story was published ("Doe said Monday"), or null. */
    private static TimeMention publicationDay(ArticleView view, Sentence lead) {
        var published = view.extraction().text().article().published();
        if (published == null) {
            return null;
        }
        String day = published.date().toString();
        return view.times(lead.index()).stream().filter(t -> t.value().length() >= day.length()
                && t.value().startsWith(day)).findFirst().orElse(null);
    }

    /** The city of the story's dateline ("STRELSAU, April 4 (Example Wire) --"), or null when it has none. */
    static EntityMention city(ArticleView view) {
        for (Sentence s : view.sentences()) {
            int own = StatementFinder.contentStart(s.tokens());
            if (own > 0) {
                EntityMention m = view.entityAt(s.tokens().get(0));
                return ArticleView.isPlace(m) ? m : null;
            }
            if (s.index() >= 2) {
                break;
            }
        }
        return null;
    }

    /** The country named after the city in the story's dateline ("STRELSAU, Ruritania (AP) -"), or null. */
    static EntityMention country(ArticleView view) {
        EntityMention city = city(view);
        if (city == null) {
            return null;
        }
        Sentence s = view.sentence(city.sentence());
        int k = ArticleView.tokenAt(s, city.end() - 1) + 1;
        if (city.type() == EntityType.COUNTRY || k + 1 >= s.tokens().size() || !Words.isComma(s.tokens().get(k))) {
            return city.type() == EntityType.COUNTRY ? city : null;
        }
        EntityMention m = view.entityAt(s.tokens().get(k + 1));
        return m != null && m.type() == EntityType.COUNTRY ? m : null;
    }

    /**
     * True when the event's date lies in a month before the dateline's ("last met in Manila in July 1997"); the
     * days just before it ("held talks on Friday" in a Saturday story) are the same trip.
     */
    static boolean beforeDateline(ArticleView view, TimeMention date) {
        TimeMention dateline = date(view);
        if (date == null || dateline == null || !date.value().matches("\\d{4}.*")) {
            return false;
        }
        String d = date.value().length() > 7 ? date.value().substring(0, 7) : date.value();
        return d.compareTo(dateline.value().substring(0, d.length())) < 0;
    }

    /**
     * True when the date lies before the story's day: its dateline's ("VIENNA, Nov. 11 --"), else its
     * publication day. A page published later still tells of plans made on the dateline's day.
     */
    static boolean beforeStoryDay(ArticleView view, TimeMention date) {
        return compareToStoryDay(view, date) < 0;
    }

    /** Negative, zero or positive as the date lies before, on or after the story's day; zero when either is unknown. */
    static int compareToStoryDay(ArticleView view, TimeMention date) {
        var published = view.extraction().text().article().published();
        TimeMention dateline = date(view);
        boolean datelineDay = dateline != null && dateline.value().matches("\\d{4}-\\d{2}-\\d{2}.*");
        if (published == null && !datelineDay || !date.value().matches("\\d{4}(-\\d{2}){0,2}.*")) {
            return 0;
        }
        String day = datelineDay ? dateline.value().substring(0, 10) : published.date().toString();
        String value = date.value().length() > 10 ? date.value().substring(0, 10) : date.value();
        return value.compareTo(day.substring(0, Math.min(day.length(), value.length())));
    }
}
