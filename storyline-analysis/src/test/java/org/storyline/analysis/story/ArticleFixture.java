package org.storyline.analysis.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Anchor;
import org.storyline.model.Article;
import org.storyline.model.DateMention;
import org.storyline.model.DateSource;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.Figure;
import org.storyline.model.Granularity;
import org.storyline.model.PublishedDate;
import org.storyline.model.Qualifier;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.TimexType;

/**
 * Builds {@link AnalyzedArticle}s by hand for tests: sentences are split on sentence-final punctuation
 * and blank lines; entities, dates and figures are marked by the exact text they cover.
 */
public final class ArticleFixture {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+[\"']?|(?=\\n)|$)");

    private final String id;
    private final String title;
    private final String text;
    private final Optional<LocalDate> published;
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();

    private ArticleFixture(String id, String published, String title, String text) {
        this.id = id;
        this.title = title;
        this.text = text;
        this.published = published.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(published));
    }

    /** @param published an ISO day, or "" when unknown */
    public static ArticleFixture article(String id, String published, String title, String text) {
        return new ArticleFixture(id, published, title, text);
    }

    /**
     * Marks every occurrence of {@code name} as an entity of {@code type}, except inside an entity already
     * marked (so mark "Karel Novak" before "Novak").
     */
    public ArticleFixture entity(EntityType type, String name) {
        for (Span s : all(name)) {
            if (entities.stream().noneMatch(e -> e.span().overlaps(s))) {
                entities.add(new EntityMention(s, name, type));
            }
        }
        return this;
    }

    public ArticleFixture person(String... names) {
        for (String n : names) {
            entity(EntityType.PERSON, n);
        }
        return this;
    }

    public ArticleFixture org(String... names) {
        for (String n : names) {
            entity(EntityType.ORGANIZATION, n);
        }
        return this;
    }

    public ArticleFixture place(String... names) {
        for (String n : names) {
            entity(EntityType.LOCATION, n);
        }
        return this;
    }

    /** Marks the first occurrence of {@code written} as a DAY date with value {@code isoDay}. */
    public ArticleFixture day(String written, String isoDay) {
        Span s = first(written);
        dates.add(new DateMention(s, written, TimexType.DATE, isoDay, Granularity.DAY, Anchor.ABSOLUTE));
        return this;
    }

    /** Marks the first occurrence of {@code written} as a count figure. */
    public ArticleFixture figure(String written, double value, Qualifier q, String what, String event) {
        return figure(written, value, q, what, event, "", false);
    }

    public ArticleFixture figure(
            String written, double value, Qualifier q, String what, String event, String timeFrame, boolean vague) {
        Span s = first(written);
        figures.add(new Figure(s, written, value, "", what, event, q, timeFrame, vague));
        return this;
    }

    /** Marks the first occurrence of {@code written} as an exact figure with a unit ("%", "USD", "year"). */
    public ArticleFixture measure(String written, double value, String unit, String what, String event) {
        Span s = first(written);
        figures.add(new Figure(s, written, value, unit, what, event, Qualifier.EXACT, "", false));
        return this;
    }

    public AnalyzedArticle build() {
        Article article = new Article(
                id,
                "https://example.org/" + id,
                "",
                title,
                List.of(),
                published.map(d -> new PublishedDate(d, DateSource.SUPPLIED)),
                "en",
                text);
        return new AnalyzedArticle(
                article, sentences(), sorted(entities), sorted(dates), sorted(figures), List.of(), List.of());
    }

    private List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int lastEnd = 0;
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            if (text.substring(lastEnd, start).contains("\n\n")) {
                paragraph++;
            }
            out.add(new Sentence(out.size(), new Span(start, end), paragraph));
            lastEnd = end;
        }
        return out;
    }

    private Span first(String written) {
        List<Span> spans = all(written);
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("'" + written + "' does not occur in article " + id);
        }
        return spans.get(0);
    }

    private List<Span> all(String written) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = text.indexOf(written, from);
            if (at < 0) {
                return spans;
            }
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + written.length();
            boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (wordStart && wordEnd) {
                spans.add(new Span(at, end));
            }
            from = at + 1;
        }
    }

    private static <T extends org.storyline.model.Mention> List<T> sorted(List<T> mentions) {
        List<T> copy = new ArrayList<>(mentions);
        copy.sort(java.util.Comparator.comparing(org.storyline.model.Mention::span));
        return copy;
    }
}
