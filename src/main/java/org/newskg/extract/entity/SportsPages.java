package org.newskg.extract.entity;

import static org.newskg.extract.entity.SportsWords.PLACE_WORDS;
import static org.newskg.extract.entity.SportsWords.exactly;
import static org.newskg.extract.entity.SportsWords.free;
import static org.newskg.extract.entity.SportsWords.isCapitalized;
import static org.newskg.extract.entity.SportsWords.isDateline;
import static org.newskg.extract.entity.SportsWords.isFreeOrPerson;
import static org.newskg.extract.entity.SportsWords.isInPersonOrPlace;
import static org.newskg.extract.entity.SportsWords.isPlaceNotCountry;
import static org.newskg.extract.entity.SportsWords.isShouted;
import static org.newskg.extract.entity.SportsWords.isTitleCase;
import static org.newskg.extract.entity.SportsWords.mentionEndingAt;
import static org.newskg.extract.entity.SportsWords.mentionStartingAt;
import static org.newskg.extract.entity.SportsWords.nameEnd;
import static org.newskg.extract.entity.SportsWords.team;
import static org.newskg.extract.entity.SportsWords.wordAt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * Teams in a sports story. Wire copy names a club by its city ("Leeds 2 Chelsea 0", "the win cut New York's lead"),
 * prints results and tables as bare lines of names and numbers, and lists scorers with their minutes in parentheses;
 * the model, trained on no such text, reads the cities as places and the lines as nothing. In an article whose
 * headline opens with a sports desk slug ({@code data/lexicon/sports-desks.tsv}: "SOCCER - ..."), and only there:
 * <ul>
 * <li>a name followed only by three or more numbers (a table row), or two names each followed by a score
 * ("Leeds 2 Chelsea 0", "Real Madrid 3 ( Suker 12 ) Valencia 1") is a team;</li>
 * <li>a name followed by minutes inside parentheses ("( Suker 12 , Raul 40 )", "( Bebeto 60 pen )") is a player;</li>
 * <li>a city or region the recognizer found is a team, unless a place word leads to it ("in Cleveland") or it is the
 * dateline; a place followed by capitalized words ("Manchester United", "New York Yankees"), and a name with a club
 * word ({@code club-words.tsv}: "Aston Villa", "Real Madrid"), is one team;</li>
 * <li>capitalized words the recognizer left next to a result cue ({@code sports-cues.tsv}: "win over Chelsea",
 * "LEEDS BEAT CHELSEA") are a team; a person found there stays a person ("Sampras beat Novak");</li>
 * <li>a team found once is the same team wherever its words recur in the story.</li>
 * </ul>
 * Countries stay places (a national side is written like its country). A match report without a slug (two words of
 * play of {@code sports-words.tsv}, or a one-digit score beside a result cue) gets the listed clubs, the cued names
 * the knowledge base does not know as places and their recurrences only. Immutable and thread-safe.
 */
final class SportsPages {

    static final String TEAM_RULE = "pattern:sports-team";
    static final String PLAYER_RULE = "pattern:sports-player";

    private static final Pattern SCORE = Pattern.compile("\\d{1,2}-\\d{1,2}");
    private static final Pattern MATCH_SCORE = Pattern.compile("\\d-\\d");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Set<String> VOTE_CUES = Set.of("won", "lost", "against");
    private static final Set<String> SCORE_LINKS = Set.of("at", "over", "against");
    /** Words before a club's town that make it the town: "in Dortmund" (but "at Bochum", "lost to Bochum" are teams). */
    private static final Set<String> CLUB_PLACE_WORDS = Set.of("in", "near", "from", "outside");

    private final PhraseSet desks;
    private final Set<String> clubBefore;
    private final Set<String> clubAfter;
    private final PhraseSet cuesBefore;
    private final PhraseSet cuesAfter;
    private final PhraseSet eventHeads;
    private final PhraseSet clubs;
    private final PhraseSet playWords;

    private SportsPages(PhraseSet desks, Set<String> clubBefore, Set<String> clubAfter, PhraseSet cuesBefore, PhraseSet cuesAfter,
                        PhraseSet eventHeads, PhraseSet clubs, PhraseSet playWords) {
        this.desks = desks;
        this.playWords = playWords;
        this.clubBefore = clubBefore;
        this.clubAfter = clubAfter;
        this.cuesBefore = cuesBefore;
        this.cuesAfter = cuesAfter;
        this.eventHeads = eventHeads;
        this.clubs = clubs;
    }

    /**
     * Reads the sports files of {@code dataDir/lexicon} (desks, club words, cues, clubs) and its event heads; without the
     * desks no story is a sports story.
     */
    static SportsPages load(Path dataDir) {
        Path dir = dataDir.resolve("lexicon");
        PhraseSet desks = new PhraseSet(FirstColumnFile.readOptional(dir.resolve("sports-desks.tsv"), "SPORTS"));
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        for (TsvRow row : TsvTable.readIfExists(dir.resolve("club-words.tsv"), "lexicon").rows()) {
            (position(row).equals("before") ? before : after).add(row.cell(0).strip());
        }
        Map<String, String> cueBefore = new LinkedHashMap<>();
        Map<String, String> cueAfter = new LinkedHashMap<>();
        for (TsvRow row : TsvTable.readIfExists(dir.resolve("sports-cues.tsv"), "lexicon").rows()) {
            (position(row).equals("before") ? cueBefore : cueAfter).put(row.cell(0).strip(), "TEAM");
        }
        return new SportsPages(desks, Set.copyOf(before), Set.copyOf(after), new PhraseSet(cueBefore), new PhraseSet(cueAfter),
                new PhraseSet(FirstColumnFile.readOptional(dir.resolve("event-heads.tsv"), "EVENT")),
                new PhraseSet(FirstColumnFile.readOptional(dir.resolve("clubs.tsv"), "TEAM")),
                new PhraseSet(FirstColumnFile.readOptional(dir.resolve("sports-words.tsv"), "PLAY")));
    }

    private static String position(TsvRow row) {
        String p = row.size() > 1 ? row.cell(1).strip() : "";
        if (!p.equals("before") && !p.equals("after")) {
            throw row.error("expected 'before' or 'after' in the second column, found '" + row.text() + "'");
        }
        return p;
    }

    /**
     * The mentions with the teams and players of a sports story; any other story's unchanged. A match report without a
     * desk slug ({@link #isMatchReport}) only gets its listed clubs, the names beside result cues that the knowledge
     * base does not know as places, and those teams wherever they recur: its towns, tables and score lines are read as
     * anywhere else.
     */
    List<EntityMention> apply(String article, List<SentenceWords> sentences, List<EntityMention> mentions) {
        boolean desk = hasDeskSlug(sentences);
        if (!desk && !isMatchReport(sentences)) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions);
        if (desk) {
            for (SentenceWords w : sentences) {
                ScoreLines.results(article, w, out);
            }
        }
        for (SentenceWords w : sentences) {
            if (desk) {
                clubs(article, w, out);
            } else if (!isDateline(w.words())) {
                listedClubs(article, w, out);
            }
            cued(article, w, out, desk);
            if (desk) {
                ScoreLines.ridersTeams(article, w, out);
                possessedPlayers(article, w, out);
            }
        }
        sameTeamEverywhere(article, sentences, out);
        out.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end));
        return List.copyOf(out);
    }

    private boolean hasDeskSlug(List<SentenceWords> sentences) {
        for (int s = 0; s < Math.min(2, sentences.size()); s++) {
            String[] w = sentences.get(s).words();
            int n = desks.longestAt(w, 0);
            if (n > 0 && n < w.length && (w[n].equals("-") || w[n].equals("--")) && w[0].equals(w[0].toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "came back from three goals down to beat Zenda on penalties ... led 3-0 at halftime ... the shootout": a story
     * without a desk slug that uses two different words of play (sports-words.tsv) is a match report; so is one with a
     * sentence giving a score beside a result cue and a capitalized word ("Strelsau beat Zenda 2-1").
     */
    private boolean isMatchReport(List<SentenceWords> sentences) {
        Set<String> seen = new HashSet<>();
        for (SentenceWords s : sentences) {
            String[] lower = new String[s.words().length];
            for (int i = 0; i < lower.length; i++) {
                lower[i] = s.words()[i].toLowerCase(Locale.ROOT);
            }
            if (isCuedResult(s.words(), lower)) {
                return true;
            }
            for (int i = 0; i < lower.length; i++) {
                int n = playWords.longestAt(lower, i);
                if (n > 0) {
                    seen.add(String.join(" ", java.util.Arrays.copyOfRange(lower, i, i + n)));
                    if (seen.size() >= 2) {
                        return true;
                    }
                    i += n - 1;
                }
            }
        }
        return false;
    }

    /** Cities named as teams, places continued by a club's name, and names with a club word. */
    private void clubs(String article, SentenceWords w, List<EntityMention> out) {
        String[] words = w.words();
        if (isDateline(words)) {
            return;
        }
        listedClubs(article, w, out);
        for (EntityMention m : List.copyOf(out)) {
            if (m.sentence() != w.sentence().index() || m.rule().equals(TEAM_RULE) || m.rule().equals(PLAYER_RULE)
                    || m.rule().equals("pattern:dateline-place")) {
                continue;
            }
            int s = wordAt(w, m.begin());
            int e = wordAt(w, m.end() - 1) + 1;
            if (s < 0 || e <= 0) {
                continue;
            }
            boolean clubWord = clubBefore.contains(words[s]) && e - s > 1 || clubAfter.contains(words[e - 1]) && e - s > 1;
            if (m.type() == EntityType.CITY || m.type() == EntityType.REGION || isUnknownPlace(words, s, e, m)) {
                if (s > 0 && PLACE_WORDS.contains(words[s - 1].toLowerCase(Locale.ROOT)) && !clubWord) {
                    continue;
                }
                int tail = e;
                // "Manchester United", "New York Yankees": the club's word may have been found as a name of its own
                while (tail < words.length && tail - e < 2 && isTitleCase(words[tail])
                        && (clubAfter.contains(words[tail]) || !isInPersonOrPlace(out, w, tail, m))) {
                    tail++;
                }
                if (tail > e && eventHeads.longestEndingAt(words, tail) > 0) {
                    // "the Strelsau Olympics", "the Strelsau Games": a city before an event's head names the event
                    SportsWords.put(article, w, s, tail, EntityType.EVENT, "pattern:event-head", out);
                    continue;
                }
                team(article, w, s, tail, out);
            } else if (clubWord && m.type() != EntityType.COUNTRY) {
                team(article, w, s, e, out);
            }
        }
        // "Deportivo Coruna", "Atletico Madrid" the recognizer left
        for (int i = 0; i + 1 < words.length; i++) {
            if (clubBefore.contains(words[i]) && isCapitalized(words[i + 1]) && free(out, w, i, i + 2)) {
                team(article, w, i, i + 2, out);
            }
        }
    }

    /**
     * "Arminia Bielefeld drew with Hertha", "SCHALKE HOLD BAYERN": a club of clubs.tsv is a team, whatever was found on
     * its words, but for a country, a longer name that is no place ("Hertha Berlin", a person's whole name) and a place
     * a place word leads to ("in Dortmund").
     */
    private void listedClubs(String article, SentenceWords w, List<EntityMention> out) {
        String[] words = w.words();
        for (int i = 0; i < words.length; i++) {
            int n = clubs.longestAt(words, i);
            if (n == 0 || !isCapitalized(words[i]) || i > 0 && CLUB_PLACE_WORDS.contains(words[i - 1].toLowerCase(Locale.ROOT))
                    || isRouteEnd(words, i)) {
                continue;
            }
            int b = w.begins()[i];
            int e = w.ends()[i + n - 1];
            boolean kept = out.stream().anyMatch(m -> m.overlaps(b, e) && (m.type() == EntityType.COUNTRY
                    || (m.begin() < b || m.end() > e) && m.type().root() != EntityType.PLACE));
            if (!kept) {
                team(article, w, i, i + n, out);
            }
            i += n - 1;
        }
    }

    /**
     * "Bayern Munich stretched their lead", "held by Arminia Bielefeld": a place the knowledge base does not know (the
     * model's reading of a club it never saw as one) is a team like a city, but for a ground ("at Elland Road") and an
     * event ("JAPAN OPEN", "U.S. Open": an event head closes it).
     */
    private boolean isUnknownPlace(String[] words, int s, int e, EntityMention m) {
        return m.type() == EntityType.PLACE && m.kbQid() == null && !(s > 0 && words[s - 1].equalsIgnoreCase("at"))
                && eventHeads.longestEndingAt(words, e) == 0;
    }

    /** "a ride from Avila to Salamanca": the town a stage ends in, "to" after "from" and a town. */
    private static boolean isRouteEnd(String[] words, int i) {
        if (i < 3 || !words[i - 1].equals("to")) {
            return false;
        }
        for (int k = Math.max(0, i - 5); k < i - 2; k++) {
            if (words[k].equals("from") && isCapitalized(words[k + 1])) {
                return true;
            }
        }
        return false;
    }

    /** "win over Chelsea", "LEEDS BEAT CHELSEA": capitalized words the recognizer left beside a result cue. */
    private void cued(String article, SentenceWords w, List<EntityMention> out, boolean desk) {
        String[] words = w.words();
        String[] lower = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            lower[i] = words[i].toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < words.length; i++) {
            int before = cuesBefore.longestAt(lower, i);
            if (before == 0 && SCORE.matcher(words[i]).matches() && i + 1 < words.length && SCORE_LINKS.contains(words[i + 1])) {
                before = 2;  // "a 3-1 win at Sunderland", "lose 1-0 at Southampton"
            }
            if (before > 0) {
                int s = i + before;
                int e = nameEnd(words, s, Math.min(words.length, s + (isShouted(words, s) ? 1 : 3)));
                if (e > s && (free(out, w, s, e) || isRetypable(exactly(out, w.begins()[s], w.ends()[e - 1]), desk))) {
                    team(article, w, s, e, out);
                }
            }
            int after = cuesAfter.longestAt(lower, i);
            if (after > 0 && i > 0) {
                int s = i;
                int most = isShouted(words, i) ? 1 : 3;
                while (s > 0 && i - s < most && isCapitalized(words[s - 1]) && !isCue(lower, s - 1)) {
                    s--;
                }
                if (s < i && (s > 0 || isCapitalized(words[s])) && !isDeskSlug(words, s)
                        && (free(out, w, s, i) || isRetypable(exactly(out, w.begins()[s], w.ends()[i - 1]), desk))) {
                    team(article, w, s, i, out);
                }
            }
        }
    }

    /**
     * A match's score ("2-1", one digit a side: "voted 52-48" is no match) and a result cue right after or right before a
     * capitalized word, in one sentence; the cues that also tell votes and rulings ("won", "lost", "against") do not count.
     */
    private boolean isCuedResult(String[] words, String[] lower) {
        boolean score = false;
        for (int i = 0; i < words.length; i++) {
            // one token in CoNLL copy, three ("2", "-", "1") from the tokenizer
            // (the lengths first: a matcher per word was 3% of the recognizer's time)
            score |= words[i].length() == 3 && MATCH_SCORE.matcher(words[i]).matches() || i + 2 < words.length
                    && words[i + 1].equals("-") && words[i].length() == 1 && DIGIT.matcher(words[i]).matches()
                    && words[i + 2].length() == 1 && DIGIT.matcher(words[i + 2]).matches();
        }
        if (!score) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (VOTE_CUES.contains(lower[i])) {
                continue;
            }
            int before = cuesBefore.longestAt(lower, i);
            if (before > 0 && i + before < words.length && isCapitalized(words[i + before])
                    || cuesAfter.longestAt(lower, i) > 0 && isCapitalized(words[i - 1])) {
                return true;
            }
        }
        return false;
    }

    /** A name beside a cue that may become a team: in a match report without a slug, no place the knowledge base knows. */
    private static boolean isRetypable(EntityMention m, boolean desk) {
        return SportsWords.isRetypable(m) && (desk || m.kbQid() == null);
    }

    private boolean isCue(String[] lower, int i) {
        return cuesAfter.longestAt(lower, i) > 0 || cuesBefore.longestAt(lower, i) > 0;
    }

    private boolean isDeskSlug(String[] words, int s) {
        return s == 0 && desks.longestAt(words, 0) > 0;
    }

    /**
     * "Ferrari 's Michael Schumacher", "Mika Hakkinen of McLaren": a name owning a player, or after a player and "of",
     * is the player's team when it is no place (the model often reads a team's one word as a person; "Germany 's
     * Michael Schumacher" and "Becker of Germany" keep their country).
     */
    private static void possessedPlayers(String article, SentenceWords w, List<EntityMention> out) {
        String[] words = w.words();
        for (int i = 1; i + 1 < words.length; i++) {
            if (words[i].equals("'s") || words[i].equals("\u2019s")) {
                EntityMention player = mentionStartingAt(out, w.begins()[i + 1]);
                int s = i;
                while (s > 0 && i - s < 2 && isTitleCase(words[s - 1])) {
                    s--;
                }
                if (s < i && player != null && player.type() == EntityType.PERSON && isFreeOrPerson(out, w, s, i)) {
                    team(article, w, s, i, out);
                }
            } else if (words[i].equals("of") && isCapitalized(words[i + 1])) {
                EntityMention player = mentionEndingAt(out, w.ends()[i - 1]);
                int e = nameEnd(words, i + 1, Math.min(words.length, i + 3));
                boolean ends = e == words.length || !isCapitalized(words[e]);
                if (player != null && player.type() == EntityType.PERSON && ends && isFreeOrPerson(out, w, i + 1, e)) {
                    team(article, w, i + 1, e, out);
                }
            }
        }
    }

    /** Every other place, unfound or lone occurrence of a team's words in the story is that team. */
    private static void sameTeamEverywhere(String article, List<SentenceWords> sentences, List<EntityMention> out) {
        Set<String> teams = new HashSet<>();
        for (EntityMention m : out) {
            if (m.rule().equals(TEAM_RULE)) {
                teams.add(m.text().toLowerCase(Locale.ROOT));
            }
        }
        if (teams.isEmpty()) {
            return;
        }
        for (SentenceWords w : sentences) {
            if (isDateline(w.words())) {
                continue;
            }
            String[] words = w.words();
            for (int i = 0; i < words.length; i++) {
                if (!isCapitalized(words[i]) || i > 0 && PLACE_WORDS.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (int j = Math.min(words.length, i + 4); j > i; j--) {
                    String text = article.substring(w.begins()[i], w.ends()[j - 1]);
                    if (!teams.contains(text.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    EntityMention same = exactly(out, w.begins()[i], w.ends()[j - 1]);
                    boolean retype = same != null && !same.rule().equals(TEAM_RULE) && same.type() != EntityType.PERSON
                            && (same.type().root() != EntityType.PLACE || isPlaceNotCountry(same));
                    if (retype || free(out, w, i, j)) {
                        team(article, w, i, j, out);
                    }
                    i = j - 1;
                    break;
                }
            }
        }
    }
}
