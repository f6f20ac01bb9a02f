package org.storyline.analysis.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Article;
import org.storyline.model.PublishedDate;

/**
 * Near-duplicate and syndicated copies. Stateless, thread-safe.
 *
 * <p>Two articles are copies when their bodies (titles are ignored: syndication rewrites headlines) share
 * most of their {@value Shingles#WIDTH}-word shingles: at least {@value #MIN_CONTAINMENT} of the smaller
 * article's shingles occur in the larger one, and the smaller has at least {@value #MIN_SIZE_RATIO} times as
 * many shingles as the larger (so a short teaser quoted in a long feature is not a copy). A wire copy with a
 * new headline, an added outlet line and a trimmed last paragraph passes easily; two reports of the same
 * event written separately share few five-word runs and do not. Copies are grouped transitively; each group's
 * original is its earliest published member (undated last, ties: smallest id).
 *
 * <p>Candidate pairs come from an index of shingles, not from all pairs: long articles (over {@value
 * #SHORT_LIMIT} shingles) are indexed by the quarter of their shingles whose hash is divisible by four,
 * which a true copy shares with near certainty; short articles are indexed by every shingle. Every candidate
 * is then checked on the full shingle sets. The work grows with the number of shared sampled shingles, which
 * is near-linear in the batch size unless one text is copied thousands of times.
 */
public final class DuplicateDetector {

    static final double MIN_CONTAINMENT = 0.7;
    static final double MIN_SIZE_RATIO = 0.4;
    static final int SHORT_LIMIT = 64;
    private static final int SAMPLE = 4;

    public DuplicateDetector() {}

    /**
     * Finds near-duplicate copies in a batch.
     *
     * @return copy id -> original id; the original is the earliest published (ties: smallest id). Sorted.
     */
    public SortedMap<String, String> findDuplicates(List<AnalyzedArticle> articles) {
        List<Article> ordered = articles.stream()
                .map(AnalyzedArticle::article)
                .sorted(originalFirst())
                .toList();
        int n = ordered.size();
        int[][] shingles = new int[n][];
        for (int i = 0; i < n; i++) {
            shingles[i] = Shingles.of(Words.of(ordered.get(i).text()));
        }
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = i;
        }
        Map<Integer, List<Integer>> sampledIndex = new HashMap<>();
        Map<Integer, List<Integer>> shortIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j : candidates(shingles[i], sampledIndex, shortIndex)) {
                if (areCopies(shingles[i], shingles[j])) {
                    union(root, i, j);
                }
            }
            index(i, shingles[i], sampledIndex, shortIndex);
        }
        SortedMap<String, String> copies = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            int r = find(root, i);
            if (r != i) {
                copies.put(ordered.get(i).id(), ordered.get(r).id());
            }
        }
        return copies;
    }

    /** True when the two shingle sets meet the thresholds documented on the class. */
    static boolean areCopies(int[] a, int[] b) {
        int small = Math.min(a.length, b.length);
        int large = Math.max(a.length, b.length);
        if (small == 0 || small < MIN_SIZE_RATIO * large) {
            return false;
        }
        return Shingles.shared(a, b) >= MIN_CONTAINMENT * small;
    }

    /** Earlier articles sharing a shingle with this one in either index (each index holds only what it may). */
    private static List<Integer> candidates(
            int[] shingles, Map<Integer, List<Integer>> sampledIndex, Map<Integer, List<Integer>> shortIndex) {
        BitSet seen = new BitSet();
        List<Integer> found = new ArrayList<>();
        for (int s : shingles) {
            addNew(sampledIndex.get(s), seen, found);
            addNew(shortIndex.get(s), seen, found);
        }
        return found;
    }

    private static void addNew(List<Integer> posting, BitSet seen, List<Integer> found) {
        if (posting == null) {
            return;
        }
        for (int j : posting) {
            if (!seen.get(j)) {
                seen.set(j);
                found.add(j);
            }
        }
    }

    private static void index(
            int i, int[] shingles, Map<Integer, List<Integer>> sampledIndex, Map<Integer, List<Integer>> shortIndex) {
        boolean isShort = shingles.length <= SHORT_LIMIT;
        for (int s : shingles) {
            if (isShort) {
                shortIndex.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            } else if (s % SAMPLE == 0) {
                sampledIndex.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    /** Joins two groups under the earlier root, so that every group's root is its original. */
    private static void union(int[] root, int a, int b) {
        int ra = find(root, a);
        int rb = find(root, b);
        if (ra < rb) {
            root[rb] = ra;
        } else if (rb < ra) {
            root[ra] = rb;
        }
    }

    static Comparator<Article> originalFirst() {
        return Comparator.comparing(
                        (Article a) -> a.published().map(PublishedDate::date).orElse(LocalDate.MAX))
                .thenComparing(Article::id);
    }
}
