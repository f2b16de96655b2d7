package org.newskg.extract.fact;

import java.util.Comparator;
import java.util.Optional;
import org.newskg.extract.Evidence;
import org.newskg.extract.TimeMention;
import org.newskg.extract.TimexType;
import org.newskg.ingest.ArticleDate;
import org.newskg.nlp.Sentence;

/** The day a statement was made: a time phrase governing its reporting verb, else the story's day. */
final class StatementDates {

    private StatementDates() {
    }

    /**
     * A date said right after the attribution; else one between the speaker and the verb ("X telephoned Y on Saturday
     * and urged him to ..."), not set off by a comma ("X, who arrived on Monday, said"); else the story's day.
     */
    static TimeMention of(ArticleView view, Sentence s, int speakerEnd, int verb, Evidence cue, int begin, int end) {
        return timeAfter(view, cue, begin, end).or(() -> {
            if (speakerEnd < 1 || speakerEnd > verb) {
                return Optional.empty();
            }
            int from = s.tokens().get(speakerEnd - 1).end();
            return view.times(s.index()).stream()
                    .filter(t -> t.begin() >= from && t.end() <= cue.begin() && concrete(t))
                    .filter(t -> !view.text().substring(t.end(), cue.begin()).contains(","))
                    .max(Comparator.comparingInt(TimeMention::begin));
        }).orElseGet(() -> storyDay(view));
    }

    /**
     * A date said right after the attribution ("said on Thursday"); else the story's day ({@link #storyDay}); else
     * null.
     */
    static TimeMention after(ArticleView view, Evidence cue, int begin, int end) {
        return timeAfter(view, cue, begin, end).orElseGet(() -> storyDay(view));
    }

    private static Optional<TimeMention> timeAfter(ArticleView view, Evidence cue, int begin, int end) {
        return view.times(cue.sentence()).stream()
                .filter(t -> t.begin() >= cue.end() && t.begin() - cue.end() <= 40 && concrete(t))
                .filter(t -> t.end() <= begin || t.begin() >= end) // a date inside the content dates what is said about
                .filter(t -> !view.text().substring(cue.end(), t.begin()).contains(","))
                .min(Comparator.comparingInt(TimeMention::begin));
    }

    /**
     * The day the story tells of: its dateline's date ("PRETORIA, Sept. 13": a story published the next day still
     * reports what was said on the 13th, as its undated events are), else the article's own day.
     */
    private static TimeMention storyDay(ArticleView view) {
        TimeMention dateline = Dateline.date(view);
        return dateline != null ? dateline : articleDay(view);
    }

    private static TimeMention articleDay(ArticleView view) {
        ArticleDate published = view.extraction().text().article().published();
        if (published == null) {
            return null;
        }
        String day = published.date().toString();
        return view.extraction().times().stream().filter(t -> t.value().startsWith(day)).findFirst().orElse(null);
    }

    static boolean concrete(TimeMention t) {
        return (t.type() == TimexType.DATE || t.type() == TimexType.TIME) && t.value().matches("\\d{4}.*");
    }
}
