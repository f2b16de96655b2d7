package org.newskg.kb.online;

import java.io.PrintWriter;
import java.util.List;

/**
 * What a refresh changed: entities added, removed (only with {@code --replace}) and changed, one
 * human-readable line each ("Q148 People's Republic of China: aliases +[Cathay]"). Immutable.
 */
public record RefreshReport(List<String> added, List<String> removed, List<String> changed, int unchanged) {

    public RefreshReport {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    public String summary() {
        return added.size() + " added, " + removed.size() + " removed, " + changed.size() + " changed, " + unchanged + " unchanged";
    }

    public void print(PrintWriter out) {
        added.forEach(l -> out.println("+ " + l));
        removed.forEach(l -> out.println("- " + l));
        changed.forEach(l -> out.println("~ " + l));
        out.println(summary());
    }
}
