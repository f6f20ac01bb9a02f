package org.storyline.analysis.alias;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.model.EntityType;

/**
 * Joins mention groups that name the same thing:
 *
 * <ul>
 *   <li>an acronym ("UN", "U.N.") joins the one multi-word non-person name in the batch whose initials
 *       it is ("United Nations"); with two such names it joins neither;
 *   <li>a person's partial name ("Novak", "De Mistura", "Mr Novak") joins the one longest person name that
 *       contains it as consecutive words ("Karel Novak"); when two full names share it, it joins neither.
 * </ul>
 */
final class GroupMerger {

    /** Name particles that cannot stand for a person alone. */
    private static final Set<String> PARTICLES =
            Set.of("de", "di", "da", "du", "del", "della", "van", "von", "der", "den", "bin", "ibn", "la", "le");

    private GroupMerger() {}

    /** Components of joined groups, each in key order, ordered by their first key. */
    static List<List<MentionGroup>> components(List<MentionGroup> groups) {
        int[] parent = new int[groups.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        joinAcronyms(groups, parent);
        joinPartialNames(groups, parent);
        Map<Integer, List<MentionGroup>> byRoot = new TreeMap<>();
        for (int i = 0; i < groups.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(groups.get(i));
        }
        return List.copyOf(byRoot.values());
    }

    private static void joinAcronyms(List<MentionGroup> groups, int[] parent) {
        Map<String, List<Integer>> byInitials = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            MentionGroup g = groups.get(i);
            if (g.majorityType() != EntityType.PERSON) {
                Optional<String> initials = NameForms.initials(g.tokens);
                if (initials.isPresent()) {
                    byInitials
                            .computeIfAbsent(initials.get(), k -> new ArrayList<>())
                            .add(i);
                }
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            MentionGroup g = groups.get(i);
            if (g.tokens.size() != 1 || g.majorityType() == EntityType.PERSON || !g.writtenAsAcronym()) {
                continue;
            }
            List<Integer> expansions = byInitials.getOrDefault(g.key, List.of());
            if (expansions.size() == 1) {
                union(parent, i, expansions.get(0));
            }
        }
    }

    private static void joinPartialNames(List<MentionGroup> groups, int[] parent) {
        Map<String, List<Integer>> fullNamesByToken = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            MentionGroup g = groups.get(i);
            if (g.majorityType() == EntityType.PERSON && g.tokens.size() >= 2) {
                for (String t : new TreeSet<>(g.tokens)) {
                    fullNamesByToken.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            MentionGroup partial = groups.get(i);
            if (partial.majorityType() != EntityType.PERSON || !canStandAlone(partial.tokens)) {
                continue;
            }
            List<Integer> containing = new ArrayList<>();
            for (int j : fullNamesByToken.getOrDefault(partial.tokens.get(0), List.of())) {
                List<String> full = groups.get(j).tokens;
                if (full.size() > partial.tokens.size() && containsRun(full, partial.tokens)) {
                    containing.add(j);
                }
            }
            List<Integer> longest = maximal(groups, containing);
            if (longest.size() == 1) {
                union(parent, i, longest.get(0));
            }
        }
    }

    /** The names among {@code candidates} that no other candidate contains. */
    private static List<Integer> maximal(List<MentionGroup> groups, List<Integer> candidates) {
        List<Integer> out = new ArrayList<>();
        for (int a : candidates) {
            boolean inside = false;
            for (int b : candidates) {
                List<String> ta = groups.get(a).tokens;
                List<String> tb = groups.get(b).tokens;
                if (a != b && tb.size() > ta.size() && containsRun(tb, ta)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean canStandAlone(List<String> tokens) {
        for (String t : tokens) {
            if (t.length() >= 2 && !PARTICLES.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code run} occurs in {@code tokens} as consecutive elements. */
    static boolean containsRun(List<String> tokens, List<String> run) {
        return java.util.Collections.indexOfSubList(tokens, run) >= 0;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
