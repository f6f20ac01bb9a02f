package org.storyline.cli;

import java.util.List;
import org.storyline.analysis.EngineConfig;
import org.storyline.analysis.Progress;
import org.storyline.ingest.IngestResult;
import org.storyline.ingest.Manifest;
import org.storyline.model.Article;
import org.storyline.model.Brief;
import org.storyline.model.Diagnostic;

/**
 * What {@code storyline brief} needs from ingest and analysis. {@link EnginePipeline} is the real one; tests pass
 * a light one so that the command's own behaviour can be checked without loading the NER model.
 */
interface BriefPipeline {
    /** Reads the inputs; never throws for bad input (see {@code Ingestor#ingest}). */
    IngestResult ingest(List<String> inputs, Manifest manifest);

    /**
     * Briefs {@code articles} (at least one); the result's diagnostics include {@code inputDiagnostics}.
     *
     * @param progress receives the stages of the work, from any thread
     */
    Brief brief(List<Article> articles, List<Diagnostic> inputDiagnostics, EngineConfig config, Progress progress);
}
