package org.storyline.eval.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.storyline.eval.Prf;

/**
 * Scores metadata the way EVAL.md states the protocol for the trafilatura evaluation set.
 *
 * <ul>
 *   <li>title: exact match after whitespace normalisation (runs of Unicode white space, no-break space
 *       included, become one space; ends trimmed), over the pages with an annotated title;
 *   <li>author: exact match of the name lists after the same normalisation, over the pages with annotated
 *       authors. Names are split on {@code , ; & |} and the word {@code and} on both sides, and compared as
 *       sorted lists, so "A; B" (how trafilatura joins names) matches "A, B" and a list {@code ["A", "B"]};
 *   <li>date: htmldate's protocol over the pages with an annotated day: the right day is a true positive, a
 *       wrong day a false positive, no day a false negative; precision, recall and F1 from those counts.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class MetadataScorer {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
    private static final Pattern NAME_SEPARATOR =
            Pattern.compile("\\s*(?:[,;&|]|\\s+and\\s+)\\s*", Pattern.CASE_INSENSITIVE);

    /** Scores {@code predictions[i]} against {@code cases[i]}. */
    public MetadataScore score(List<MetadataCase> cases, List<PageMetadata> predictions) {
        if (cases.size() != predictions.size()) {
            throw new IllegalArgumentException(
                    "expected one prediction per case, found " + predictions.size() + " for " + cases.size());
        }
        int titles = 0;
        int titlesExact = 0;
        int authors = 0;
        int authorsExact = 0;
        Prf dates = new Prf(0, 0, 0);
        for (int i = 0; i < cases.size(); i++) {
            MetadataCase gold = cases.get(i);
            PageMetadata found = predictions.get(i);
            if (gold.title().isPresent()) {
                titles++;
                if (titleMatches(gold.title().get(), found.title())) {
                    titlesExact++;
                }
            }
            if (!gold.authors().isEmpty()) {
                authors++;
                if (authorNames(gold.authors()).equals(authorNames(found.authors()))) {
                    authorsExact++;
                }
            }
            if (gold.date().isPresent()) {
                dates = dates.plus(dateOutcome(gold.date().get(), found.date()));
            }
        }
        return new MetadataScore(titles, titlesExact, authors, authorsExact, dates);
    }

    static boolean titleMatches(String gold, Optional<String> found) {
        return found.isPresent() && normalizeSpace(gold).equals(normalizeSpace(found.get()));
    }

    /** htmldate's evaluate_result for a page with a reference day. */
    static Prf dateOutcome(LocalDate gold, Optional<LocalDate> found) {
        if (found.isEmpty()) {
            return new Prf(0, 0, 1);
        }
        return found.get().equals(gold) ? new Prf(1, 0, 0) : new Prf(0, 1, 0);
    }

    /** Collapses white space runs to one space and trims. */
    public static String normalizeSpace(String text) {
        return SPACE.matcher(text).replaceAll(" ").trim();
    }

    /** The individual names in {@code authors}, normalised and sorted. */
    public static List<String> authorNames(List<String> authors) {
        List<String> names = new ArrayList<>();
        for (String author : authors) {
            for (String name : NAME_SEPARATOR.split(normalizeSpace(author))) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        names.sort(null);
        return names;
    }
}
