package org.storyline.analysis.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.PublishedDate;
import org.storyline.model.Sentence;

/**
 * The sentences of one story's articles as TF-IDF content-word vectors, with the story centroid.
 *
 * <p>Inverse document frequency is counted over the story's articles that are not duplicate copies, so a
 * syndicated copy neither makes its words look common nor counts as a second report. Articles are kept in
 * reference order: earliest published first (unknown dates last), then by id. Immutable and thread-safe.
 */
public final class StoryText {

    private static final int MAX_DUPLICATE_CHAIN = 32;

    private final List<AnalyzedArticle> articles;
    private final List<SentenceUnit> units;
    private final Map<String, List<SentenceUnit>> unitsByArticle;
    private final Map<String, String> countsAs;
    private final Map<String, TermVector> articleVectors;
    private final Map<String, Integer> termIds;
    private final int[][] postings;
    private final double[][] postingWeights;
    private final double[] idf;
    private final TermVector centroid;
    private final int articleCount;

    private StoryText(Builder b) {
        this.articles = List.copyOf(b.articles);
        this.units = List.copyOf(b.units);
        Map<String, List<SentenceUnit>> byArticle = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            byArticle.put(a.article().id(), new ArrayList<>());
        }
        units.forEach(u -> byArticle.get(u.articleId()).add(u));
        byArticle.replaceAll((id, list) -> List.copyOf(list));
        this.unitsByArticle = Map.copyOf(byArticle);
        this.countsAs = Map.copyOf(b.countsAs);
        this.articleVectors = Map.copyOf(b.articleVectors);
        this.termIds = Map.copyOf(b.termIds);
        this.postings = postings(units, b.termIds.size());
        this.postingWeights = postingWeights(units, postings);
        this.idf = b.idf;
        this.centroid = b.centroid;
        this.articleCount = b.articleCount;
    }

    /**
     * The story text of {@code articles}.
     *
     * @param duplicates copy id to original id; pairs whose original is not among {@code articles} are ignored
     * @throws IllegalArgumentException when two articles share an id
     */
    public static StoryText of(List<AnalyzedArticle> articles, SortedMap<String, String> duplicates) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(duplicates, "duplicates");
        return new StoryText(new Builder(articles, duplicates));
    }

    /** The articles in reference order: earliest published first (unknown last), then by id. */
    public List<AnalyzedArticle> articles() {
        return articles;
    }

    /** Every sentence of every article, articles in reference order, sentences in text order. */
    public List<SentenceUnit> units() {
        return units;
    }

    /** How many articles are not duplicate copies: the number of independent reports. */
    public int articleCount() {
        return articleCount;
    }

    /** The id of the article {@code articleId} counts as: its original when it is a duplicate copy. */
    public String countsAs(String articleId) {
        String id = countsAs.get(articleId);
        if (id == null) {
            throw new IllegalArgumentException("expected an article of this story, found '" + articleId + "'");
        }
        return id;
    }

    /** Whether {@code articleId} is a duplicate copy of another article of the story. */
    public boolean isDuplicate(String articleId) {
        return !countsAs(articleId).equals(articleId);
    }

    /** The average of the independent articles' normalised vectors, itself normalised. */
    public TermVector centroid() {
        return centroid;
    }

    /** Cosine of a sentence with the story centroid. */
    public double centrality(SentenceUnit unit) {
        return unit.vector().cosine(centroid);
    }

    /** The vector of an article's title and body. */
    public TermVector articleVector(String articleId) {
        TermVector v = articleVectors.get(articleId);
        if (v == null) {
            throw new IllegalArgumentException("expected an article of this story, found '" + articleId + "'");
        }
        return v;
    }

    /** The TF-IDF vector of any text under this story's weights; words the story never uses are ignored. */
    public TermVector vectorOf(String text) {
        return weigh(ContentWords.of(text), termIds, idf);
    }

    /**
     * Every other sentence of the story that reports the same thing as {@code unit} by {@code match}, in story
     * order. Exact, but only visits sentences sharing a term with {@code unit} (an inverted index), so it stays
     * fast on large stories.
     */
    public List<SentenceUnit> sameReports(SentenceUnit unit, SentenceMatch match) {
        double[] dot = new double[units.size()];
        int[] shared = new int[units.size()];
        for (int t : unit.vector().termIds()) {
            double w = unit.vector().weight(t);
            int[] list = postings[t];
            double[] weights = postingWeights[t];
            for (int k = 0; k < list.length; k++) {
                dot[list[k]] += w * weights[k];
                shared[list[k]]++;
            }
        }
        List<SentenceUnit> out = new ArrayList<>();
        for (int i = 0; i < dot.length; i++) {
            SentenceUnit v = units.get(i);
            if (shared[i] > 0
                    && i != unit.index()
                    && match.matches(Math.min(1.0, dot[i]), shared[i], unit.vector().size(), v.vector().size())) {
                out.add(v);
            }
        }
        return out;
    }

    private static int[][] postings(List<SentenceUnit> units, int terms) {
        int[] counts = new int[terms];
        for (SentenceUnit u : units) {
            for (int t : u.vector().termIds()) {
                counts[t]++;
            }
        }
        int[][] out = new int[terms][];
        for (int t = 0; t < terms; t++) {
            out[t] = new int[counts[t]];
        }
        int[] fill = new int[terms];
        for (SentenceUnit u : units) {
            for (int t : u.vector().termIds()) {
                out[t][fill[t]++] = u.index();
            }
        }
        return out;
    }

    private static double[][] postingWeights(List<SentenceUnit> units, int[][] postings) {
        double[][] out = new double[postings.length][];
        for (int t = 0; t < postings.length; t++) {
            out[t] = new double[postings[t].length];
            for (int k = 0; k < postings[t].length; k++) {
                out[t][k] = units.get(postings[t][k]).vector().weight(t);
            }
        }
        return out;
    }

    static TermVector weigh(Collection<String> terms, Map<String, Integer> termIds, double[] idf) {
        Map<Integer, Integer> tf = new HashMap<>();
        for (String t : terms) {
            Integer id = termIds.get(t);
            if (id != null) {
                tf.merge(id, 1, Integer::sum);
            }
        }
        SortedMap<Integer, Double> weights = new TreeMap<>();
        tf.forEach((id, n) -> weights.put(id, (1 + Math.log(n)) * idf[id]));
        return TermVector.normalised(weights);
    }

    /** Reference order: published day ascending with unknown last, then id. */
    public static Comparator<AnalyzedArticle> referenceOrder() {
        return Comparator.<AnalyzedArticle, LocalDate>comparing(
                        a -> a.article().published().map(PublishedDate::date).orElse(LocalDate.MAX))
                .thenComparing(a -> a.article().id());
    }

    /** Collects everything once, so that the public object holds only final, immutable state. */
    private static final class Builder {
        final List<AnalyzedArticle> articles = new ArrayList<>();
        final List<SentenceUnit> units = new ArrayList<>();
        final Map<String, String> countsAs = new HashMap<>();
        final Map<String, TermVector> articleVectors = new HashMap<>();
        final Map<String, Integer> termIds = new HashMap<>();
        double[] idf;
        TermVector centroid;
        int articleCount;

        Builder(List<AnalyzedArticle> input, SortedMap<String, String> duplicates) {
            Map<String, AnalyzedArticle> byId = new HashMap<>();
            for (AnalyzedArticle a : input) {
                if (byId.put(a.article().id(), a) != null) {
                    throw new IllegalArgumentException(
                            "expected unique article ids, found '" + a.article().id() + "' twice");
                }
            }
            articles.addAll(input);
            articles.sort(referenceOrder());
            for (AnalyzedArticle a : articles) {
                countsAs.put(a.article().id(), original(a.article().id(), byId.keySet(), duplicates));
            }
            Map<String, List<String>> titleTerms = new HashMap<>();
            List<List<String>> sentenceTerms = new ArrayList<>();
            for (AnalyzedArticle a : articles) {
                titleTerms.put(a.article().id(), ContentWords.of(a.article().title()));
                for (Sentence s : a.sentences()) {
                    sentenceTerms.add(ContentWords.of(a.article().text(s.span())));
                }
            }
            buildDictionary(titleTerms, sentenceTerms);
            buildUnits(sentenceTerms);
            buildArticleVectors(titleTerms, sentenceTerms);
        }

        private static String original(String id, Set<String> present, SortedMap<String, String> duplicates) {
            String current = id;
            for (int i = 0; i < MAX_DUPLICATE_CHAIN; i++) {
                String next = duplicates.get(current);
                if (next == null || next.equals(current) || !present.contains(next)) {
                    return current;
                }
                current = next;
            }
            return current;
        }

        private void buildDictionary(Map<String, List<String>> titleTerms, List<List<String>> sentenceTerms) {
            TreeSet<String> all = new TreeSet<>();
            titleTerms.values().forEach(all::addAll);
            sentenceTerms.forEach(all::addAll);
            for (String t : all) {
                termIds.put(t, termIds.size());
            }
            int[] df = new int[termIds.size()];
            int row = 0;
            for (AnalyzedArticle a : articles) {
                String id = a.article().id();
                Set<String> seen = new HashSet<>(titleTerms.get(id));
                for (int i = 0; i < a.sentences().size(); i++) {
                    seen.addAll(sentenceTerms.get(row++));
                }
                if (countsAs.get(id).equals(id)) {
                    articleCount++;
                    seen.forEach(t -> df[termIds.get(t)]++);
                }
            }
            idf = new double[df.length];
            for (int i = 0; i < df.length; i++) {
                idf[i] = Math.log((articleCount + 1.0) / (df[i] + 1.0)) + 1.0;
            }
        }

        private void buildUnits(List<List<String>> sentenceTerms) {
            int row = 0;
            for (AnalyzedArticle a : articles) {
                String id = a.article().id();
                for (Sentence s : a.sentences()) {
                    TermVector v = weigh(sentenceTerms.get(row++), termIds, idf);
                    units.add(new SentenceUnit(
                            units.size(), a, s, a.article().text(s.span()), countsAs.get(id), !countsAs.get(id).equals(id), v));
                }
            }
        }

        private void buildArticleVectors(Map<String, List<String>> titleTerms, List<List<String>> sentenceTerms) {
            int row = 0;
            SortedMap<Integer, Double> sum = new TreeMap<>();
            for (AnalyzedArticle a : articles) {
                String id = a.article().id();
                List<String> terms = new ArrayList<>(titleTerms.get(id));
                for (int i = 0; i < a.sentences().size(); i++) {
                    terms.addAll(sentenceTerms.get(row++));
                }
                TermVector v = weigh(terms, termIds, idf);
                articleVectors.put(id, v);
                if (countsAs.get(id).equals(id)) {
                    for (int t : v.termIds()) {
                        sum.merge(t, v.weight(t), Double::sum);
                    }
                }
            }
            centroid = TermVector.normalised(sum);
        }
    }

    /** The sentences of one article, in text order. */
    public List<SentenceUnit> unitsOf(String articleId) {
        List<SentenceUnit> out = unitsByArticle.get(articleId);
        if (out == null) {
            throw new IllegalArgumentException("expected an article of this story, found '" + articleId + "'");
        }
        return out;
    }

    /** The publication day of an article of the story, if known. */
    public Optional<LocalDate> published(String articleId) {
        for (AnalyzedArticle a : articles) {
            if (a.article().id().equals(articleId)) {
                return a.article().published().map(PublishedDate::date);
            }
        }
        throw new IllegalArgumentException("expected an article of this story, found '" + articleId + "'");
    }
}
