package org.storyline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.storyline.analysis.EngineConfig;
import org.storyline.analysis.Progress;
import org.storyline.ingest.IngestOptions;
import org.storyline.ingest.IngestResult;
import org.storyline.ingest.Ingestor;
import org.storyline.ingest.Manifest;
import org.storyline.model.Article;
import org.storyline.model.Brief;
import org.storyline.model.Diagnostic;
import org.storyline.model.Evidence;
import org.storyline.model.SourceArticle;
import org.storyline.model.Span;
import org.storyline.model.Story;
import org.storyline.model.StoryBrief;
import org.storyline.model.SummarySentence;

/**
 * The real ingest, and instead of the engine one story of every article whose summary is each article's first
 * characters: enough to test the command without loading the NER model.
 */
final class LightPipeline implements BriefPipeline {
    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    final List<List<Article>> briefCalls = new ArrayList<>();
    final List<EngineConfig> configs = new ArrayList<>();

    @Override
    public IngestResult ingest(List<String> inputs, Manifest manifest) {
        return ingestor.ingest(inputs, manifest);
    }

    @Override
    public Brief brief(
            List<Article> articles, List<Diagnostic> inputDiagnostics, EngineConfig config, Progress progress) {
        briefCalls.add(articles);
        configs.add(config);
        progress.advanced("analyze", 0, articles.size());
        progress.advanced("analyze", articles.size(), articles.size());
        List<SummarySentence> summary = new ArrayList<>();
        for (Article article : articles) {
            String text = article.text();
            int end = Math.min(text.length(), Math.max(1, text.indexOf('.') + 1));
            summary.add(
                    new SummarySentence(text.substring(0, end), List.of(new Evidence(article.id(), new Span(0, end)))));
        }
        Story story = new Story(
                "s1",
                articles.stream().map(Article::id).sorted().toList(),
                new TreeMap<>(),
                List.of(),
                Optional.empty(),
                Optional.empty());
        StoryBrief brief = new StoryBrief(
                story,
                articles.get(0).title(),
                summary,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                articles.stream()
                        .map(a -> new SourceArticle(a, Optional.empty()))
                        .toList());
        progress.advanced("compose", 1, 1);
        return new Brief(List.of(brief), inputDiagnostics);
    }
}
