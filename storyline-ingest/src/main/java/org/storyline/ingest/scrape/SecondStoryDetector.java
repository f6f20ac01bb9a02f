package org.storyline.ingest.scrape;

import java.util.List;
import java.util.Optional;

/**
 * Finds where an unrelated story was appended to a scraped page: a headline-like short line followed by
 * paragraphs whose vocabulary is mostly absent from the text before it.
 *
 * <p>An ordinary subheading keeps the story's names and words in the section below it, so the share of the
 * section's (name-weighted) vocabulary already seen above stays high; an appended story brings its own names.
 * Removed page furniture right before the heading (a consent widget, a "read more" block) makes an appended
 * story more likely, so the bar is lower there. Stateless and safe to share across threads.
 */
final class SecondStoryDetector {
    static final int MAX_HEADING_WORDS = 15;
    /** Enough text before the heading to know what the main story is about. */
    static final int MIN_WORDS_BEFORE = 40;
    /** Enough text after the heading to be a story rather than a teaser. */
    static final int MIN_WORDS_AFTER = 30;
    /** Below this share of already-seen vocabulary, the section is another story. */
    static final double MAX_CONTAINMENT = 0.15;
    /** The bar right after removed page furniture. */
    static final double MAX_CONTAINMENT_AFTER_REMOVED = 0.30;

    /**
     * The index in {@code paragraphs} of the heading of an appended story, if there is one.
     *
     * @param title the main story's headline, possibly empty
     */
    Optional<Integer> splitPoint(String title, List<ScrapeLine> paragraphs) {
        int best = -1;
        double bestMargin = 0;
        for (int k = 1; k < paragraphs.size() - 1; k++) {
            if (!isHeading(paragraphs.get(k), paragraphs.get(k - 1))) {
                continue;
            }
            String before = title + "\n" + join(paragraphs.subList(0, k));
            String after = join(paragraphs.subList(k, paragraphs.size()));
            if (BoilerplateFilter.wordCount(before) < MIN_WORDS_BEFORE
                    || BoilerplateFilter.wordCount(after) - paragraphs.get(k).words() < MIN_WORDS_AFTER) {
                continue;
            }
            double bar = paragraphs.get(k).afterRemoved() ? MAX_CONTAINMENT_AFTER_REMOVED : MAX_CONTAINMENT;
            double margin = bar - Vocabulary.of(before).containmentOf(Vocabulary.of(after));
            if (margin > bestMargin) {
                best = k;
                bestMargin = margin;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    private static boolean isHeading(ScrapeLine line, ScrapeLine previous) {
        String text = line.text();
        int words = line.words();
        return words >= 2
                && words <= MAX_HEADING_WORDS
                && previous.endsSentence()
                && !text.matches("(?s).*[.,;:]$")
                && (Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0)));
    }

    private static String join(List<ScrapeLine> lines) {
        StringBuilder text = new StringBuilder();
        for (ScrapeLine line : lines) {
            text.append(line.text()).append('\n');
        }
        return text.toString();
    }
}
