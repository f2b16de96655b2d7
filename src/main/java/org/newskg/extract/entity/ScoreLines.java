package org.newskg.extract.entity;

import static org.newskg.extract.entity.SportsWords.exactly;
import static org.newskg.extract.entity.SportsWords.free;
import static org.newskg.extract.entity.SportsWords.isCapitalized;
import static org.newskg.extract.entity.SportsWords.isPlaceNotCountry;
import static org.newskg.extract.entity.SportsWords.mentionEndingAt;
import static org.newskg.extract.entity.SportsWords.nameEnd;
import static org.newskg.extract.entity.SportsWords.put;
import static org.newskg.extract.entity.SportsWords.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * The bare lines of a sports page: table rows and results ("Leeds 4 3 1 0 8 2 10", "Leeds 2 Chelsea 0"), scorers with
 * their minutes ("( Suker 12 , Raul 40 )"), a cricket innings ("Yorkshire 352 ( D. Byas 101 )") and a rider's team in a
 * result line ("Laurent Jalabert ( France ) ONCE 4 hours").
 *
 * <pre>{@code
 * ScoreLines.results(article, words, mentions);   // teams and players of one sentence, in place
 * }</pre>
 * Stateless.
 */
final class ScoreLines {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    /** Runs, or runs for wickets ("352", "120-3"); a bowler's wickets for runs ("4-80"). */
    private static final Pattern RUNS = Pattern.compile("\\d{1,3}(?:-\\d{1,2})?");
    private static final Pattern BOWLING = Pattern.compile("\\d{1,2}-\\d{1,3}");
    private static final Set<String> PENALTY_WORDS = Set.of("pen", "penalty", "og", "o.g.");

    private ScoreLines() {
    }

    /** The teams of a table row, a result or an innings, and the players in scorers' parentheses, of one sentence. */
    static void results(String article, SentenceWords w, List<EntityMention> out) {
        nationals(article, w, out);
        lines(article, w, out);
        scorers(article, w, out);
        innings(article, w, out);
        scorecard(article, w, out);
    }

    /**
     * "135 Niclas Doe ( Sweden ) 67 68", "Jan Doe ( Norway ) beat": two or three title-case words right before a country
     * in parentheses are a player of that country, also where the model read them as a place it does not know (which
     * would become a team) or found only in part; a club named with its town ("Ajax Amsterdam ( Netherlands )") holds a
     * known place and is left alone.
     */
    private static void nationals(String article, SentenceWords w, List<EntityMention> out) {
        String[] words = w.words();
        for (int open = 2; open + 2 < words.length; open++) {
            if (!words[open].equals("(") || !words[open + 2].equals(")")) {
                continue;
            }
            EntityMention country = exactly(out, w.begins()[open + 1], w.ends()[open + 1]);
            int s = open;
            while (s > 0 && (SportsWords.isTitleCase(words[s - 1]) || words[s - 1].equals("-") && s - 2 >= 0
                    && SportsWords.isTitleCase(words[s - 2]))) {
                s--;
            }
            int names = (int) java.util.Arrays.stream(words, s, open).filter(SportsWords::isTitleCase).count();
            if (country == null || country.type() != EntityType.COUNTRY || names < 2 || names > 3 || words[s].equals("-")) {
                continue;
            }
            int b = w.begins()[s];
            int e = w.ends()[open - 1];
            EntityMention same = exactly(out, b, e);
            // "Jean-Francois Doe" found as "Francois Doe": unlinked pieces inside give way to the whole name
            boolean pieces = out.stream().filter(m -> m.overlaps(b, e))
                    .allMatch(m -> m.begin() >= b && m.end() <= e && m.kbQid() == null);
            if (pieces && (same == null || same.type() != EntityType.PERSON)) {
                put(article, w, s, open, EntityType.PERSON, SportsPages.PLAYER_RULE, out);
            }
        }
    }

    /** How a batsman got out, after his name on a scorecard line ("c", "b", "lbw", "st", "run out", "not out"). */
    private static final Set<String> DISMISSALS = Set.of("c", "b", "lbw", "st", "run", "not", "retired", "hit");
    /** The fielder or bowler of a dismissal follows these ("c Kaluwitharana b Vaas", "st Moin b Mushtaq"). */
    private static final Set<String> FIELDING = Set.of("c", "b", "st");
    /** A bowler's figures: overs, maidens, runs, wickets ("10-1-42-1", "9.4-0-51-3"). */
    private static final Pattern FIGURES = Pattern.compile("\\d{1,2}(?:\\.\\d)?-\\d{1,2}-\\d{1,3}-\\d{1,2}");

    /**
     * A cricket scorecard: "Saeed Anwar c Ranatunga b Vaas 78" (the batsman opening the line before his dismissal, the
     * fielder and bowler after "c", "b", "st") and "Bowling : Vaas 10-1-42-1 , Muralitharan 10-0-44-1" (a name before
     * its figures) are players, whatever the model made of the bare surnames.
     */
    private static void scorecard(String article, SentenceWords w, List<EntityMention> out) {
        String[] words = w.words();
        int first = playerEnd(words, 0);
        if (first > 0 && first < words.length && DISMISSALS.contains(words[first])) {
            player(article, w, 0, first, out);
        }
        for (int k = 0; k + 1 < words.length; k++) {
            int s = k + 1;
            int e = playerEnd(words, s);
            if (e == s) {
                continue;
            }
            boolean fielder = FIELDING.contains(words[k]) && k > 0;
            boolean bowler = e < words.length && isFigures(article, w.begins()[e]) && (words[k].equals(":") || words[k].equals(","));
            if (fielder || bowler) {
                player(article, w, s, e, out);
                k = e - 1;
            }
        }
    }

    /** Bowling figures from {@code begin} to the next space of the article (the tokenizer may cut "10-1-42-1" up). */
    private static boolean isFigures(String article, int begin) {
        int end = begin;
        while (end < article.length() && !Character.isWhitespace(article.charAt(end)) && article.charAt(end) != ',') {
            end++;
        }
        return FIGURES.matcher(article.substring(begin, end)).matches();
    }

    /** The end of a player's name from {@code from}: capitalized words and hyphenated parts ("Inzamam-ul-Haq"). */
    private static int playerEnd(String[] words, int from) {
        int k = from;
        while (k < words.length && k - from < 4 && (isCapitalized(words[k])
                || k > from && words[k].equals("-") && k + 1 < words.length && Character.isLetter(words[k + 1].codePointAt(0))
                || k > from && words[k - 1].equals("-"))) {
            k++;
        }
        return k;
    }

    private static void player(String article, SentenceWords w, int s, int e, List<EntityMention> out) {
        EntityMention same = exactly(out, w.begins()[s], w.ends()[e - 1]);
        if (free(out, w, s, e) || same != null && same.kbQid() == null && same.type() != EntityType.COUNTRY) {
            put(article, w, s, e, EntityType.PERSON, SportsPages.PLAYER_RULE, out);
        }
    }

    /** "Leeds 4 3 1 0 8 2 10" (a table row) and "Leeds 2 Chelsea 0" / "Real Madrid 3 ( Suker 12 ) Valencia 1". */
    private static void lines(String article, SentenceWords w, List<EntityMention> out) {
        String[] words = w.words();
        int n = words.length;
        while (n > 0 && (words[n - 1].equals(".") || words[n - 1].equals(":"))) {
            n--;
        }
        int nameEnd = nameEnd(words, 0, n);
        if (nameEnd == 0 || nameEnd > 4) {
            return;
        }
        int k = nameEnd;
        while (k < n && NUMBER.matcher(words[k]).matches()) {
            k++;
        }
        if (k == n && k - nameEnd >= 3) {
            team(article, w, 0, nameEnd, out);
            return;
        }
        if (k != nameEnd + 1) {
            return;
        }
        k = skipParentheses(words, k, n);
        int second = nameEnd(words, k, n);
        if (second == k || second - k > 4 || second >= n || !NUMBER.matcher(words[second]).matches()) {
            return;
        }
        int end = skipParentheses(words, second + 1, n);
        if (end == n) {
            team(article, w, 0, nameEnd, out);
            team(article, w, k, second, out);
        }
    }

    /**
     * "( Suker 12 , Raul 40 , Mijatovic 77 )", "( Ronaldo 31 , 68 )", "( Bebeto 60 pen )": players and minutes; so are a
     * cricket innings' batsmen and bowlers ("( D. Byas 101 , R. Bailey 55 not out ; A. Kumble 4-80 )").
     */
    private static void scorers(String article, SentenceWords w, List<EntityMention> out) {
        String[] words = w.words();
        for (int open = 0; open < words.length; open++) {
            if (!words[open].equals("(")) {
                continue;
            }
            int close = open + 1;
            while (close < words.length && !words[close].equals(")")) {
                close++;
            }
            if (close == words.length) {
                return;
            }
            List<int[]> players = new ArrayList<>();
            int k = open + 1;
            boolean ok = k < close;
            while (ok && k < close) {
                int e = nameEnd(words, k, close);
                if (e > k) {
                    if (e - k > 3) {
                        ok = false;
                        break;
                    }
                    players.add(new int[] {k, e});
                    k = e;
                }
                if (k >= close || !NUMBER.matcher(words[k]).matches() && !BOWLING.matcher(words[k]).matches()) {
                    ok = false;
                    break;
                }
                k++;
                if (k < close && PENALTY_WORDS.contains(words[k])) {
                    k++;
                } else if (k + 1 < close && words[k].equals("not") && words[k + 1].equals("out")) {
                    k += 2;  // "( R. Bailey 55 not out )": a batsman's score
                }
                if (k < close) {
                    if (!words[k].equals(",") && !words[k].equals(";")) {
                        ok = false;
                        break;
                    }
                    k++;
                }
            }
            if (ok && !players.isEmpty()) {
                for (int[] p : players) {
                    put(article, w, p[0], p[1], EntityType.PERSON, SportsPages.PLAYER_RULE, out);
                }
            }
            open = close;
        }
    }

    /**
     * "At Headingley : Yorkshire 352 ( D. Byas 101 ) .", "Essex 210-6 ( N. Hussain 74 )", "Nottinghamshire 248 and 41-1":
     * capitalized words opening a sentence or after a colon, followed by runs and a scorecard's parentheses or a second
     * innings, are a side (a country stays a place: a national side is written as its country).
     */
    private static void innings(String article, SentenceWords w, List<EntityMention> out) {
        String[] words = w.words();
        for (int s = 0; s < words.length; s++) {
            if (s > 0 && !words[s - 1].equals(":") && !words[s - 1].equals(".")) {
                continue;
            }
            int e = nameEnd(words, s, Math.min(words.length, s + 3));
            int after = e + 1;
            String runs = e < words.length ? words[e] : "";
            if (after < words.length && runs.endsWith("-") && NUMBER.matcher(words[after]).matches()) {
                runs += words[after];  // "96-" "2": the tokenizer may cut wickets from runs
                after++;
            }
            if (e == s || after >= words.length || !RUNS.matcher(runs).matches()
                    || !words[after].equals("(") && !words[after].equals("and")) {
                continue;
            }
            if (free(out, w, s, e) || isPlaceNotCountry(exactly(out, w.begins()[s], w.ends()[e - 1]))) {
                team(article, w, s, e, out);
            }
        }
    }

    /**
     * "1. Laurent Jalabert ( France ) ONCE 4 hours ...", "Alex Zuelle ( Switzerland ) ONCE same time": in a result
     * line, capitalized words after a person's country in parentheses and before the time are the rider's team.
     */
    /** Words that open a result's time or gap after the team: "same time", "one lap behind", "at 2:38". */
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("same", "one", "two", "three", "at");

    static void ridersTeams(String article, SentenceWords w, List<EntityMention> out) {
        String[] words = w.words();
        for (int close = 3; close + 2 < words.length; close++) {
            if (!words[close].equals(")") || !words[close - 2].equals("(")) {
                continue;
            }
            EntityMention country = exactly(out, w.begins()[close - 1], w.ends()[close - 1]);
            EntityMention rider = mentionEndingAt(out, w.ends()[close - 3]);
            int s = close + 1;
            int e = nameEnd(words, s, Math.min(words.length, s + 3));
            boolean timed = e < words.length && (Character.isDigit(words[e].codePointAt(0)) || TIME_WORDS.contains(words[e]));
            // "( Germany ) Ferrari": the model, not knowing the team, may have read its name as a person or a place
            EntityMention found = e > s ? exactly(out, w.begins()[s], w.ends()[e - 1]) : null;
            boolean retypable = found != null && found.kbQid() == null && found != rider;
            if (country != null && country.type().root() == EntityType.PLACE && rider != null && rider.type() == EntityType.PERSON
                    && e > s && timed && (free(out, w, s, e) || retypable)) {
                team(article, w, s, e, out);
            }
        }
    }

    private static int skipParentheses(String[] words, int k, int n) {
        if (k < n && words[k].equals("(")) {
            while (k < n && !words[k].equals(")")) {
                k++;
            }
            return Math.min(n, k + 1);
        }
        return k;
    }
}
