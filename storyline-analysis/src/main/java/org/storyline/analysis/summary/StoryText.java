package org.storyline.analysis.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
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

    /** The sentences of one article, in text order. */
    public List<SentenceUnit> unitsOf(String articleId) {
        List<SentenceUnit> out = unitsByArticle.get(articleId);
        if (out == null) {
            throw new IllegalArgumentException("expected an article of this story, found '" + articleId + "'");
        }
        return out;
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
                    && match.matches(
                            Math.min(1.0, dot[i]),
                            shared[i],
                            unit.vector().size(),
                            v.vector().size())) {
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
        int[] ids = new int[terms.size()];
        int n = 0;
        for (String t : terms) {
            Integer id = termIds.get(t);
            if (id != null) {
                ids[n++] = id;
            }
        }
        return weigh(Arrays.copyOf(ids, n), idf);
    }

    /** Sublinear TF x IDF of a bag of term ids (any order, repeats counted), normalised. */
    static TermVector weigh(int[] termIds, double[] idf) {
        int[] ids = termIds.clone();
        Arrays.sort(ids);
        int distinct = 0;
        double[] weights = new double[ids.length];
        for (int i = 0; i < ids.length; ) {
            int j = i;
            while (j < ids.length && ids[j] == ids[i]) {
                j++;
            }
            ids[distinct] = ids[i];
            weights[distinct++] = (1 + Math.log(j - i)) * idf[ids[i]];
            i = j;
        }
        return TermVector.of(Arrays.copyOf(ids, distinct), Arrays.copyOf(weights, distinct));
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
            List<List<String>> titleTerms = new ArrayList<>();
            List<List<String>> sentenceTerms = new ArrayList<>();
            for (AnalyzedArticle a : articles) {
                titleTerms.add(ContentWords.of(a.article().title()));
                for (Sentence s : a.sentences()) {
                    sentenceTerms.add(ContentWords.of(a.article().text(s.span())));
                }
            }
            numberTerms(titleTerms, sentenceTerms);
            int[][] titleIds = ids(titleTerms);
            int[][] sentenceIds = ids(sentenceTerms);
            countDocumentFrequencies(titleIds, sentenceIds);
            buildUnits(sentenceIds);
            buildArticleVectors(titleIds, sentenceIds);
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

        /** Term ids follow the terms' sorted order, so that they never depend on input order. */
        private void numberTerms(List<List<String>> titleTerms, List<List<String>> sentenceTerms) {
            Set<String> all = new HashSet<>();
            titleTerms.forEach(all::addAll);
            sentenceTerms.forEach(all::addAll);
            String[] sorted = all.toArray(new String[0]);
            Arrays.sort(sorted);
            for (String t : sorted) {
                termIds.put(t, termIds.size());
            }
        }

        private int[][] ids(List<List<String>> bags) {
            int[][] out = new int[bags.size()][];
            for (int i = 0; i < out.length; i++) {
                List<String> bag = bags.get(i);
                out[i] = new int[bag.size()];
                for (int k = 0; k < bag.size(); k++) {
                    out[i][k] = termIds.get(bag.get(k));
                }
            }
            return out;
        }

        private void countDocumentFrequencies(int[][] titleIds, int[][] sentenceIds) {
            int[] df = new int[termIds.size()];
            int[] lastArticle = new int[termIds.size()];
            Arrays.fill(lastArticle, -1);
            int row = 0;
            for (int a = 0; a < articles.size(); a++) {
                String id = articles.get(a).article().id();
                boolean independent = countsAs.get(id).equals(id);
                int sentences = articles.get(a).sentences().size();
                if (independent) {
                    articleCount++;
                    mark(titleIds[a], a, lastArticle, df);
                    for (int k = 0; k < sentences; k++) {
                        mark(sentenceIds[row + k], a, lastArticle, df);
                    }
                }
                row += sentences;
            }
            idf = new double[df.length];
            for (int i = 0; i < df.length; i++) {
                idf[i] = Math.log((articleCount + 1.0) / (df[i] + 1.0)) + 1.0;
            }
        }

        private static void mark(int[] ids, int article, int[] lastArticle, int[] df) {
            for (int t : ids) {
                if (lastArticle[t] != article) {
                    lastArticle[t] = article;
                    df[t]++;
                }
            }
        }

        private void buildUnits(int[][] sentenceIds) {
            int row = 0;
            for (AnalyzedArticle a : articles) {
                String id = a.article().id();
                for (Sentence s : a.sentences()) {
                    TermVector v = weigh(sentenceIds[row++], idf);
                    units.add(new SentenceUnit(
                            units.size(),
                            a,
                            s,
                            a.article().text(s.span()),
                            countsAs.get(id),
                            !countsAs.get(id).equals(id),
                            v));
                }
            }
        }

        private void buildArticleVectors(int[][] titleIds, int[][] sentenceIds) {
            int row = 0;
            double[] sum = new double[termIds.size()];
            for (int a = 0; a < articles.size(); a++) {
                AnalyzedArticle article = articles.get(a);
                String id = article.article().id();
                int sentences = article.sentences().size();
                int length = titleIds[a].length;
                for (int k = 0; k < sentences; k++) {
                    length += sentenceIds[row + k].length;
                }
                int[] bag = Arrays.copyOf(titleIds[a], length);
                int at = titleIds[a].length;
                for (int k = 0; k < sentences; k++) {
                    int[] ids = sentenceIds[row + k];
                    System.arraycopy(ids, 0, bag, at, ids.length);
                    at += ids.length;
                }
                row += sentences;
                TermVector v = weigh(bag, idf);
                articleVectors.put(id, v);
                if (countsAs.get(id).equals(id)) {
                    v.addTo(sum);
                }
            }
            centroid = TermVector.dense(sum);
        }
    }
}
