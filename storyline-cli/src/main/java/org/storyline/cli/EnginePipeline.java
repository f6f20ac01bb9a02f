package org.storyline.cli;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.storyline.analysis.Engine;
import org.storyline.analysis.EngineConfig;
import org.storyline.analysis.Progress;
import org.storyline.ingest.IngestOptions;
import org.storyline.ingest.IngestResult;
import org.storyline.ingest.Ingestor;
import org.storyline.ingest.Manifest;
import org.storyline.model.Article;
import org.storyline.model.Brief;
import org.storyline.model.Diagnostic;

/** The real pipeline: {@link Ingestor} with default limits, then an {@link Engine} made for the run. */
final class EnginePipeline implements BriefPipeline {
    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    private final Function<EngineConfig, Engine> engines;

    /** Loads the NER model when a brief is made. */
    EnginePipeline() {
        this(Engine::create);
    }

    /** @param engines makes the engine for a run; tests pass one that shares an already loaded model */
    EnginePipeline(Function<EngineConfig, Engine> engines) {
        this.engines = Objects.requireNonNull(engines, "engines");
    }

    @Override
    public IngestResult ingest(List<String> inputs, Manifest manifest) {
        return ingestor.ingest(inputs, manifest);
    }

    @Override
    public Brief brief(
            List<Article> articles, List<Diagnostic> inputDiagnostics, EngineConfig config, Progress progress) {
        // loading the NER model takes seconds: show it as a stage of its own
        progress.advanced("load", 0, 1);
        Engine engine = engines.apply(config);
        progress.advanced("load", 1, 1);
        return engine.brief(articles, inputDiagnostics, progress);
    }
}
