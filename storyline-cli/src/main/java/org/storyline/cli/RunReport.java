package org.storyline.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.model.Brief;
import org.storyline.model.Diagnostic;
import org.storyline.model.Severity;
import org.storyline.model.SourceArticle;
import org.storyline.model.StoryBrief;

/** The summary printed on stderr after a run: what was briefed, what was skipped and why. */
final class RunReport {
    private RunReport() {}

    /**
     * "5 articles briefed in 1 story, 1 input skipped:" then one {@link Diagnostic#oneLine()} per skipped input.
     *
     * @param brief the brief, or an empty one when nothing could be briefed
     * @param inputDiagnostics what ingest reported; merged with the brief's own diagnostics, without repeats
     */
    static List<String> lines(Brief brief, List<Diagnostic> inputDiagnostics) {
        Set<Diagnostic> all = new LinkedHashSet<>(inputDiagnostics);
        all.addAll(brief.diagnostics());
        List<Diagnostic> skipped =
                all.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        int inputsSkipped =
                new TreeSet<>(skipped.stream().map(Diagnostic::location).toList()).size();
        int articles = articlesBriefed(brief);
        int stories = brief.stories().size();
        List<String> lines = new ArrayList<>();
        String briefed = count(articles, "article", "articles") + " briefed"
                + (articles == 0 ? "" : " in " + count(stories, "story", "stories"));
        lines.add(
                briefed + ", " + count(inputsSkipped, "input", "inputs") + " skipped" + (skipped.isEmpty() ? "" : ":"));
        skipped.forEach(d -> lines.add(d.oneLine()));
        return List.copyOf(lines);
    }

    /** Distinct articles across the stories' sources, copies included. */
    static int articlesBriefed(Brief brief) {
        Set<String> ids = new TreeSet<>();
        for (StoryBrief story : brief.stories()) {
            for (SourceArticle source : story.sources()) {
                ids.add(source.article().id());
            }
        }
        return ids.size();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
