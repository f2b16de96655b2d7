package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.kb.EntityType;

/**
 * Finds names that are not in the knowledge base from capitalized word sequences and the cues of a
 * {@link CueLexicon}: an organization head or suffix ("Ministry of Foreign Affairs", "Toyota Motor
 * Corp."), a facility head ("Palace of Culture"), a descriptor noun ("oil company Petrobras"),
 * a place head ("Hebei Province"), a place preposition ("in Nakuru"), or a listed event name
 * ("Spring Festival"). People are found by {@link PersonPatternFinder}.
 *
 * <pre>{@code
 * ProperNounPatternFinder f = new ProperNounPatternFinder(cues);
 * List<NameMatch> m = f.match(words, tags);
 * }</pre>
 * A capitalized sequence without any cue yields nothing: headlines and sentence-initial words are
 * capitalized anyway. Immutable and thread-safe.
 */
final class ProperNounPatternFinder extends WordFinder {

    private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "ADJ", "X", "NUM");

    private final CueLexicon cues;

    ProperNounPatternFinder(CueLexicon cues) {
        this.cues = cues;
    }

    @Override
    List<NameMatch> match(String[] words, String[] tags) {
        List<NameMatch> out = new ArrayList<>();
        eventNames(words, out);
        if (!isAllCapsLine(words)) {
            chunks(words, tags, out);
        }
        return out;
    }

    private void eventNames(String[] w, List<NameMatch> out) {
        for (int i = 0; i < w.length; i++) {
            int n = cues.eventNames().longestAt(w, i);
            if (n > 0 && Character.isUpperCase(w[i].codePointAt(0))) {
                out.add(new NameMatch(i, i + n, EntityType.EVENT, join(w, i, i + n), null, "pattern:event-name", 0.85));
            }
        }
    }

    static boolean isAllCapsLine(String[] w) {
        int letters = 0;
        for (String word : w) {
            if (org.newskg.kb.NameKey.letters(word).isEmpty()) {
                continue;
            }
            if (!org.newskg.kb.NameKey.isAllCaps(word)) {
                return false;
            }
            letters++;
        }
        return letters >= 3;
    }

    boolean endsInHead(String[] w, int end) {
        return cues.orgHeads().longestEndingAt(w, end) > 0 || cues.facilityHeads().longestEndingAt(w, end) > 0
                || cues.placeHeads().longestEndingAt(w, end) > 0;
    }

    private void chunks(String[] w, String[] tags, List<NameMatch> out) {
        int i = 0;
        while (i < w.length) {
            if (!isNameWord(w, tags, i)) {
                i++;
                continue;
            }
            int coreEnd = i;
            while (coreEnd < w.length && (isNameWord(w, tags, coreEnd) || isInnerHyphen(w, tags, coreEnd, i))) {
                coreEnd++;
            }
            // "Independent Electoral and Boundaries Commission": one name across a connector, if a head closes it.
            int headEnd = lastHeadEnd(w, tags, i, runEnd(w, tags, coreEnd));
            if (headEnd > coreEnd) {
                classify(w, tags, i, headEnd, out);
                i = headEnd;
            } else {
                classify(w, tags, i, coreEnd, out);
                i = coreEnd;
            }
        }
    }

    private int runEnd(String[] w, String[] tags, int coreEnd) {
        int k = coreEnd;
        // Stop at a complete name: "Apple Inc. and Samsung Electronics" are two organizations.
        while (k + 1 < w.length && cues.isInnerConnector(w[k]) && isNameWord(w, tags, k + 1) && !endsInHead(w, k)) {
            k++;
            while (k < w.length && isNameWord(w, tags, k)) {
                k++;
            }
        }
        return k;
    }

    private int lastHeadEnd(String[] w, String[] tags, int start, int end) {
        for (int e = end; e > start; e--) {
            if (isNameWord(w, tags, e - 1) && (cues.orgHeads().longestEndingAt(w, e) > 0
                    || cues.facilityHeads().longestEndingAt(w, e) > 0 || cues.eventHeads().longestEndingAt(w, e) > 0)) {
                return e;
            }
        }
        return start;
    }

    private void classify(String[] w, String[] tags, int start, int coreEnd, List<NameMatch> out) {
        int end = coreEnd;
        String orgKind = headValue(cues.orgHeads(), w, end);
        boolean facility = cues.facilityHeads().longestEndingAt(w, end) > 0;
        String place = headValue(cues.placeHeads(), w, end);
        boolean event = cues.eventHeads().longestEndingAt(w, end) > 0;
        if ("suffix".equals(orgKind)) {
            // "Toyota Motor Corp. said": the abbreviation keeps its dot unless the dot also ends the sentence.
            if (end + 1 < w.length && w[end].equals(".") && !w[end - 1].endsWith(".")) {
                end++;
            }
            if (end - start >= 2) {
                out.add(new NameMatch(start, end, EntityType.ORGANIZATION, join(w, start, end), null, "pattern:org-suffix", 0.8));
            }
            return;
        }
        if (orgKind != null || facility || place != null || event) {
            end = extendWithConnectors(w, tags, end);
            int headWords = Math.max(Math.max(cues.orgHeads().longestEndingAt(w, coreEnd),
                    cues.facilityHeads().longestEndingAt(w, coreEnd)), cues.placeHeads().longestEndingAt(w, coreEnd));
            if (end - start <= Math.max(headWords, 1)) {
                return;  // a bare head word ("the Ministry") names nothing by itself
            }
            if (facility) {
                out.add(new NameMatch(start, end, EntityType.FACILITY, join(w, start, end), null, "pattern:facility", 0.75));
            } else if (orgKind != null) {
                out.add(new NameMatch(start, end, EntityType.ORGANIZATION, join(w, start, end), null, "pattern:org-suffix", 0.75));
            } else if (place != null) {
                EntityType type = EntityType.parse(place);
                out.add(new NameMatch(start, end, type, join(w, start, end), null, "pattern:place-head", 0.7));
            } else {
                out.add(new NameMatch(start, end, EntityType.EVENT, join(w, start, end), null, "pattern:event-head", 0.65));
            }
            return;
        }
        if (start > 0 && (cues.isOrgDescriptor(w[start - 1]) || start > 1 && cues.isOrgDescriptor(w[start - 2] + " " + w[start - 1]))
                && Character.isLowerCase(w[start - 1].codePointAt(0))
                && coreEnd - start <= 4 && allProper(tags, start, coreEnd) && !cues.givenNames().contains(w[start])) {
            out.add(new NameMatch(start, coreEnd, EntityType.ORGANIZATION, join(w, start, coreEnd), null,
                    "pattern:org-context", 0.65));
            return;
        }
        placeCue(w, tags, start, coreEnd, out);
    }

    private static boolean allProper(String[] tags, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tags != null && !"PROPN".equals(tags[k])) {
                return false;
            }
        }
        return true;
    }

    private void placeCue(String[] w, String[] tags, int start, int end, List<NameMatch> out) {
        if (start == 0 || !cues.isPlaceCue(w[start - 1]) || end - start > 3 || cues.givenNames().contains(w[start])) {
            return;
        }
        for (int k = start; k < end; k++) {
            if (tags != null && !"PROPN".equals(tags[k]) || cues.titles().longestAt(w, k) > 0) {
                return;
            }
        }
        out.add(new NameMatch(start, end, EntityType.PLACE, join(w, start, end), null, "pattern:place-cue", 0.6));
    }

    private static String headValue(PhraseSet heads, String[] w, int end) {
        int n = heads.longestEndingAt(w, end);
        return n == 0 ? null : heads.valueOf(w, end - n, end);
    }

    /** "Ministry" + "of Foreign Affairs", "Hall" + "of the People": connectors then capitalized words. */
    private int extendWithConnectors(String[] w, String[] tags, int end) {
        int k = end;
        // "the African Union and ECOWAS": a conjunction right after the head coordinates two names.
        if (tags != null && k < w.length && "CCONJ".equals(tags[k])) {
            return end;
        }
        while (k < w.length && cues.isConnector(w[k]) && k - end < 2) {
            k++;
        }
        if (k == end || k >= w.length || !isNameWord(w, tags, k)) {
            return end;
        }
        while (k < w.length && isNameWord(w, tags, k)) {
            k++;
        }
        return k;
    }

    /** "Inter-American Development Bank": a hyphen between two name words (one token, split for matching). */
    private boolean isInnerHyphen(String[] w, String[] tags, int k, int start) {
        return k > start && w[k].equals("-") && k + 1 < w.length && isNameWord(w, tags, k + 1);
    }

    boolean isNameWord(String[] w, String[] tags, int k) {
        String word = w[k];
        if (!Character.isUpperCase(word.codePointAt(0)) || !hasLetterOrDigit(word) || cues.isStopCapital(word)) {
            return false;
        }
        return tags == null || NAME_TAGS.contains(tags[k]);
    }

    static String join(String[] w, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            boolean glue = sb.length() == 0 || w[k].equals(".") || w[k].equals("-") || w[k - 1].equals("-");
            if (!glue) {
                sb.append(' ');
            }
            sb.append(w[k]);
        }
        return sb.toString();
    }
}
