package org.storyline.analysis.summary;

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
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.Figure;
import org.storyline.model.Granularity;
import org.storyline.model.PublishedDate;
import org.storyline.model.Qualifier;
import org.storyline.model.Quote;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.TimexType;

/**
 * Test helper: builds an {@link AnalyzedArticle} from invented text, deriving sentences with a simple
 * splitter (paragraphs on blank lines; sentences after . ! ? and an optional closing quote) and placing
 * mentions at the first occurrence of the given phrase.
 */
public final class TestArticle {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?]*(?:[.!?]+[\"”]?|$)");

    private final String id;
    private String outlet = "";
    private String title = "";
    private Optional<PublishedDate> published = Optional.empty();
    private String text = "";
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private TestArticle(String id) {
        this.id = id;
    }

    public static TestArticle of(String id) {
        return new TestArticle(id);
    }

    public TestArticle outlet(String value) {
        outlet = value;
        return this;
    }

    public TestArticle title(String value) {
        title = value;
        return this;
    }

    public TestArticle published(String isoDay) {
        published = Optional.of(new PublishedDate(LocalDate.parse(isoDay), DateSource.META_TAG));
        return this;
    }

    /** The body; paragraphs separated by a blank line. */
    public TestArticle text(String value) {
        text = value;
        return this;
    }

    /** A date mention at the first occurrence of {@code phrase}; the type and granularity follow the value. */
    public TestArticle date(String phrase, String value) {
        TimexType type = value.startsWith("P") ? TimexType.DURATION : TimexType.DATE;
        Granularity g;
        if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            g = Granularity.DAY;
        } else if (value.matches("\\d{4}-\\d{2}")) {
            g = Granularity.MONTH;
        } else if (value.matches("\\d{4}")) {
            g = Granularity.YEAR;
        } else if (value.endsWith("_REF")) {
            g = Granularity.VAGUE;
        } else {
            g = Granularity.DAY;
        }
        Span s = find(phrase);
        dates.add(new DateMention(s, phrase, type, value, g, Anchor.ABSOLUTE));
        return this;
    }

    /** An entity mention at every occurrence of {@code name}. */
    public TestArticle entity(String name, EntityType type) {
        int from = text.indexOf(name);
        if (from < 0) {
            throw new IllegalArgumentException("'" + name + "' is not in the text of " + id);
        }
        while (from >= 0) {
            entities.add(new EntityMention(new Span(from, from + name.length()), name, type));
            from = text.indexOf(name, from + name.length());
        }
        return this;
    }

    /** A figure at the first occurrence of {@code phrase}. */
    public TestArticle figure(String phrase, double value, String what, String event, String timeFrame) {
        figures.add(new Figure(find(phrase), phrase, value, "", what, event, Qualifier.EXACT, timeFrame, false));
        return this;
    }

    /** A direct quote of {@code content} (first occurrence), said by {@code speakerName} as written after it. */
    public TestArticle quote(String content, String speakerName) {
        Span c = find(content);
        int at = text.indexOf(speakerName, c.end());
        Optional<Span> speaker = at < 0 ? Optional.empty() : Optional.of(new Span(at, at + speakerName.length()));
        Span whole = new Span(c.start(), speaker.map(Span::end).orElse(c.end()));
        quotes.add(new Quote(whole, c, Optional.empty(), speaker, speakerName, true));
        return this;
    }

    public TestArticle diagnostic(Diagnostic d) {
        diagnostics.add(d);
        return this;
    }

    public AnalyzedArticle build() {
        Article article = new Article(id, "https://example.org/" + id, outlet, title, List.of(), published, "en", text);
        dates.sort((a, b) -> a.span().compareTo(b.span()));
        figures.sort((a, b) -> a.span().compareTo(b.span()));
        entities.sort((a, b) -> a.span().compareTo(b.span()));
        return new AnalyzedArticle(article, sentences(text), entities, dates, figures, quotes, diagnostics);
    }

    /** Sentences of {@code text} by the simple rules in the class comment. */
    public static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            Matcher m = SENTENCE.matcher(text.substring(start, end));
            boolean any = false;
            while (m.find()) {
                String piece = m.group();
                int lead = piece.length() - piece.stripLeading().length();
                String trimmed = piece.strip();
                if (!trimmed.isEmpty()) {
                    int s = start + m.start() + lead;
                    out.add(new Sentence(out.size(), new Span(s, s + trimmed.length()), paragraph));
                    any = true;
                }
            }
            if (any) {
                paragraph++;
            }
            start = end + 2;
        }
        return out;
    }

    private Span find(String phrase) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("'" + phrase + "' is not in the text of " + id);
        }
        return new Span(at, at + phrase.length());
    }
}
