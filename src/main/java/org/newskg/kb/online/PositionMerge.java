package org.newskg.kb.online;

import java.util.ArrayList;
import java.util.List;
import org.newskg.kb.Position;
import org.newskg.kb.PositionRow;
import org.newskg.kb.PositionsFile;

/**
 * Adds fetched offices to the existing ones. A fetched holding is new unless an existing row names the same
 * holder, office and owner (hand-made rows, with their years and evidence, win); several terms of one office
 * fetched together are all kept; nothing is removed. Stateless.
 */
public final class PositionMerge {

    /** The merged rows (in {@link PositionsFile#ORDER}) and one report line per added holding. */
    public record Result(List<PositionRow> rows, List<String> added) {
    }

    private PositionMerge() {
    }

    public static Result merge(List<PositionRow> existing, List<PositionRow> fetched) {
        List<PositionRow> rows = new ArrayList<>(existing);
        List<String> added = new ArrayList<>();
        for (PositionRow f : fetched) {
            Position p = f.position();
            // Same holder, office and owner as a hand-made row: that row (with its years and evidence) wins.
            boolean known = existing.stream().map(PositionRow::position).anyMatch(o -> o.holderQid().equals(p.holderQid())
                    && o.label().equals(p.label()) && o.ofQid().equals(p.ofQid()));
            if (!known && !rows.contains(f)) {
                rows.add(f);
                added.add(p.holderQid() + " " + p.label() + " (" + p.ofQid() + ", " + (p.startYear() == null ? "?" : p.startYear())
                        + "-" + (p.endYear() == null ? "" : p.endYear()) + ")");
            }
        }
        rows.sort(PositionsFile.ORDER);
        return new Result(List.copyOf(rows), added);
    }
}
