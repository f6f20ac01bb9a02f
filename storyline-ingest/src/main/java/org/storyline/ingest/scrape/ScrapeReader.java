package org.storyline.ingest.scrape;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a plain-text copy of a web page into one story, or two when an unrelated story was appended to the
 * page: drops boilerplate lines and doubled photo captions, finds the headline, normalises paragraphs to
 * blank-line separation and splits off an appended story (see {@link SecondStoryDetector}).
 *
 * <p>A first line is the headline when it is short (fewer than {@value #MAX_HEADLINE_WORDS} words), does not
 * end with a period and is followed by a blank line. Stateless and safe to share across threads.
 */
public final class ScrapeReader {
    static final int MAX_HEADLINE_WORDS = 20;
    /** Captions are short; a long line repeated is more likely a scraping accident worth keeping once. */
    static final int MAX_CAPTION_WORDS = 30;

    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final SecondStoryDetector secondStory = new SecondStoryDetector();

    /**
     * The stories in {@code text}: empty when nothing but boilerplate is left, two when an unrelated story
     * was appended (the main story first).
     */
    public List<ScrapedStory> read(String text) {
        List<ScrapeLine> lines = dropDoubledCaptions(keptLines(normalise(text)));
        lines = joinWrappedLines(lines);
        if (lines.isEmpty()) {
            return List.of();
        }
        String title = "";
        if (isHeadline(lines)) {
            title = lines.get(0).text();
            lines = lines.subList(1, lines.size());
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        Optional<Integer> split = secondStory.splitPoint(title, lines);
        if (split.isEmpty()) {
            return List.of(new ScrapedStory(title, texts(lines)));
        }
        int at = split.get();
        return List.of(
                new ScrapedStory(title, texts(lines.subList(0, at))),
                new ScrapedStory(lines.get(at).text(), texts(lines.subList(at + 1, lines.size()))));
    }

    static String normalise(String text) {
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[\\u00A0\\u2007\\u202F\\t]", " ")
                .replaceAll("[\\u200B\\uFEFF]", "");
    }

    private List<ScrapeLine> keptLines(String text) {
        List<ScrapeLine> kept = new ArrayList<>();
        boolean blank = false;
        boolean removed = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip().replaceAll(" {2,}", " ");
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            BoilerplateFilter.Cleaned cleaned = boilerplate.clean(line);
            if (cleaned.kept().isEmpty()) {
                // removed furniture separates what was around it like a blank line does
                blank = true;
                removed = true;
                continue;
            }
            kept.add(new ScrapeLine(cleaned.kept(), blank || kept.isEmpty(), removed || cleaned.removed()));
            blank = false;
            removed = false;
        }
        return kept;
    }

    /** Drops every copy of a short line that is immediately repeated: a photo caption, not body text. */
    private static List<ScrapeLine> dropDoubledCaptions(List<ScrapeLine> lines) {
        List<ScrapeLine> kept = new ArrayList<>();
        boolean separate = false;
        int i = 0;
        while (i < lines.size()) {
            ScrapeLine line = lines.get(i);
            int j = i + 1;
            while (j < lines.size() && lines.get(j).text().equals(line.text())) {
                j++;
            }
            if (j - i > 1 && line.words() <= MAX_CAPTION_WORDS) {
                separate = true;
            } else {
                kept.add(separate ? new ScrapeLine(line.text(), true, line.afterRemoved()) : line);
                separate = false;
                j = i + 1;
            }
            i = j;
        }
        return kept;
    }

    /** Re-joins a paragraph that was hard-wrapped: a line that continues a sentence in lower case. */
    private static List<ScrapeLine> joinWrappedLines(List<ScrapeLine> lines) {
        List<ScrapeLine> joined = new ArrayList<>();
        for (ScrapeLine line : lines) {
            boolean continues = !joined.isEmpty()
                    && !line.blankBefore()
                    && !joined.get(joined.size() - 1).endsSentence()
                    && Character.isLowerCase(line.text().codePointAt(0));
            if (continues) {
                ScrapeLine previous = joined.remove(joined.size() - 1);
                joined.add(new ScrapeLine(
                        previous.text() + " " + line.text(), previous.blankBefore(), previous.afterRemoved()));
            } else {
                joined.add(line);
            }
        }
        return joined;
    }

    private static boolean isHeadline(List<ScrapeLine> lines) {
        ScrapeLine first = lines.get(0);
        return lines.size() > 1
                && lines.get(1).blankBefore()
                && first.words() < MAX_HEADLINE_WORDS
                && !first.text().endsWith(".");
    }

    private static List<String> texts(List<ScrapeLine> lines) {
        return lines.stream().map(ScrapeLine::text).toList();
    }
}
