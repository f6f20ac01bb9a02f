package org.storyline.eval.speed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.PublishedDate;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/**
 * Generated, already analyzed news for measuring the across-article stages at any batch size, without the
 * time or the data that per-article analysis of real articles would need.
 *
 * <p>There is one story per {@value #ARTICLES_PER_STORY} articles on average. An article is {@value
 * #SENTENCES} sentences of {@value #WORDS_PER_SENTENCE} pseudo-words: about a quarter from its story's own
 * vocabulary, the rest from a shared Zipf-distributed vocabulary (as function and common words are), and
 * every other sentence names one of its story's three people or places, recorded as an {@link EntityMention}
 * with the right span. About one article in {@value #COPY_ONE_IN} is a copy of an earlier article of its
 * story with the last sentence rewritten, as a syndicated wire copy is. The same seed and count give the same
 * articles. Instances are immutable and thread-safe.
 */
public final class SyntheticNews {
    static final int ARTICLES_PER_STORY = 10;
    static final int SENTENCES = 12;
    static final int WORDS_PER_SENTENCE = 20;
    static final int COPY_ONE_IN = 10;
    private static final int SENTENCES_PER_PARAGRAPH = 3;
    private static final int COMMON_WORDS = 5000;
    private static final int STORY_WORDS = 30;
    private static final int STORY_NAMES = 3;
    private static final double STORY_WORD_SHARE = 0.25;
    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "ba", "fo", "gu", "ha", "je", "pi", "ze", "mar", "tel",
        "dor", "vin", "sul", "ben", "kor", "lan"
    };
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    private final long seed;
    private final double[] zipfCumulative;

    /** @param seed the seed of every random choice */
    public SyntheticNews(long seed) {
        this.seed = seed;
        this.zipfCumulative = zipfCumulative(COMMON_WORDS);
    }

    /** {@code count} articles with ids {@code g0000001}... in order; at least one. */
    public List<AnalyzedArticle> articles(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("expected at least one article, found " + count);
        }
        Random random = new Random(seed);
        int stories = Math.max(1, count / ARTICLES_PER_STORY);
        List<List<Integer>> earlierOfStory = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            earlierOfStory.add(new ArrayList<>());
        }
        List<AnalyzedArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int story = random.nextInt(stories);
            List<Integer> earlier = earlierOfStory.get(story);
            AnalyzedArticle article = !earlier.isEmpty() && random.nextInt(COPY_ONE_IN) == 0
                    ? copy(articles.get(earlier.get(random.nextInt(earlier.size()))), id(i), story, random)
                    : fresh(id(i), story, random);
            earlier.add(i);
            articles.add(article);
        }
        return List.copyOf(articles);
    }

    private AnalyzedArticle fresh(String id, int story, Random random) {
        Builder text = new Builder();
        for (int s = 0; s < SENTENCES; s++) {
            sentence(text, story, s, random);
        }
        return text.build(id, title(story, random), day(story, random));
    }

    /** The original's sentences but the last, which is written anew: a wire copy with a changed ending. */
    private AnalyzedArticle copy(AnalyzedArticle original, String id, int story, Random random) {
        Builder text = new Builder();
        String body = original.article().text();
        List<Sentence> sentences = original.sentences();
        for (int s = 0; s < sentences.size() - 1; s++) {
            Sentence sentence = sentences.get(s);
            text.startSentence(s);
            int start = sentence.start();
            for (EntityMention m : original.entities()) {
                if (sentence.span().contains(m.span())) {
                    text.append(body.substring(start, m.span().start()));
                    text.name(m.text(), m.type());
                    start = m.span().end();
                }
            }
            text.append(body.substring(start, sentence.end()));
            text.endSentence();
        }
        sentence(text, story, sentences.size() - 1, random);
        return text.build(
                id,
                original.article().title(),
                original.article().published().orElseThrow().date());
    }

    private void sentence(Builder text, int story, int index, Random random) {
        text.startSentence(index);
        int nameAt = index % 2 == 0 ? random.nextInt(WORDS_PER_SENTENCE) : -1;
        for (int w = 0; w < WORDS_PER_SENTENCE; w++) {
            if (w > 0) {
                text.append(" ");
            }
            String word = random.nextDouble() < STORY_WORD_SHARE
                    ? storyWord(story, random.nextInt(STORY_WORDS))
                    : commonWord(random);
            text.append(w == 0 ? capitalized(word) : word);
            if (w == nameAt) {
                text.append(" ");
                int n = random.nextInt(STORY_NAMES);
                text.name(name(story, n), n == 0 ? EntityType.LOCATION : EntityType.PERSON);
            }
        }
        text.append(".");
        text.endSentence();
    }

    private String title(int story, Random random) {
        List<String> words = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            words.add(capitalized(storyWord(story, random.nextInt(STORY_WORDS))));
        }
        return String.join(" ", words);
    }

    private static LocalDate day(int story, Random random) {
        return FIRST_DAY.plusDays(story % 1000 + random.nextInt(7));
    }

    private String commonWord(Random random) {
        double u = random.nextDouble();
        int index = java.util.Arrays.binarySearch(zipfCumulative, u);
        return word("", index >= 0 ? index : Math.min(-index - 1, COMMON_WORDS - 1));
    }

    /** Words no other story uses: the story number and word number spelled in syllables. */
    private static String storyWord(int story, int n) {
        return word("q", story * STORY_WORDS + n);
    }

    private static String name(int story, int n) {
        return capitalized(word("x", story * STORY_NAMES + n)) + " " + capitalized(word("y", story * 7 + n));
    }

    private static String word(String prefix, int number) {
        StringBuilder word = new StringBuilder(prefix);
        int rest = number;
        do {
            word.append(SYLLABLES[rest % SYLLABLES.length]);
            rest /= SYLLABLES.length;
        } while (rest > 0);
        return word.toString();
    }

    private static String capitalized(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static double[] zipfCumulative(int size) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < size; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static String id(int index) {
        return String.format(Locale.ROOT, "g%07d", index + 1);
    }

    /** Collects text, sentence spans and entity spans as they are written. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<EntityMention> entities = new ArrayList<>();
        private int sentenceStart;

        void startSentence(int index) {
            if (index > 0) {
                text.append(index % SENTENCES_PER_PARAGRAPH == 0 ? "\n\n" : " ");
            }
            sentenceStart = text.length();
        }

        void endSentence() {
            int index = sentences.size();
            sentences.add(new Sentence(index, new Span(sentenceStart, text.length()), index / SENTENCES_PER_PARAGRAPH));
        }

        void append(String s) {
            text.append(s);
        }

        void name(String name, EntityType type) {
            int start = text.length();
            text.append(name);
            entities.add(new EntityMention(new Span(start, text.length()), name, type));
        }

        AnalyzedArticle build(String id, String title, LocalDate day) {
            Article article = new Article(
                    id,
                    "synthetic:" + id,
                    "",
                    title,
                    List.of(),
                    Optional.of(new PublishedDate(day, DateSource.SUPPLIED)),
                    "en",
                    text.toString());
            return new AnalyzedArticle(article, sentences, entities, List.of(), List.of(), List.of(), List.of());
        }
    }
}
