package org.storyline.cli.render;

import java.util.List;
import org.storyline.model.Brief;
import org.storyline.model.Diagnostic;
import org.storyline.model.Severity;
import org.storyline.model.StoryBrief;

/**
 * Renders a brief as one self-contained HTML page: inline style and script, no reference to anything outside the
 * file (a Content-Security-Policy forbids loading any), so it opens offline.
 *
 * <p>Each story lists its summary, timeline, people and organisations, quotes and figures, then its sources'
 * full texts. Every citation marker links to the highlighted passage it cites. Differing figures are flagged.
 * Everything taken from the input is escaped. Stateless and thread-safe.
 */
public final class HtmlBriefWriter implements BriefWriter {

    @Override
    public String write(Brief brief) {
        StringBuilder html = new StringBuilder(64 * 1024);
        String title = brief.stories().isEmpty()
                ? "Storyline brief"
                : brief.stories().get(0).headline();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(HtmlAssets.CONTENT_SECURITY_POLICY)
                .append("\">\n");
        html.append("<title>").append(HtmlText.escape(title)).append("</title>\n");
        html.append("<style>\n").append(HtmlAssets.STYLE).append("</style>\n</head>\n<body>\n");
        writeHeader(html, brief.stories());
        html.append("<main>\n");
        if (brief.stories().isEmpty()) {
            html.append("<p>No story could be made from the input.</p>\n");
        }
        for (int i = 0; i < brief.stories().size(); i++) {
            new HtmlStory(brief.stories().get(i), i + 1, html).write();
        }
        writeSkipped(html, brief.diagnostics());
        html.append("</main>\n");
        html.append("<footer class=\"page\">Made by Storyline from the sources listed above. "
                + "Every cited passage is highlighted in its source.</footer>\n");
        html.append("<script>\n").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void writeHeader(StringBuilder html, List<StoryBrief> stories) {
        html.append("<header class=\"page\">\n<p class=\"kicker\">Storyline brief \u00b7 ")
                .append(stories.size())
                .append(stories.size() == 1 ? " story" : " stories")
                .append("</p>\n");
        if (stories.size() > 1) {
            html.append("<nav><ol>\n");
            for (int i = 0; i < stories.size(); i++) {
                html.append("<li><a href=\"#")
                        .append(HtmlStory.anchor(i + 1))
                        .append("\">")
                        .append(HtmlText.escape(stories.get(i).headline()))
                        .append("</a></li>\n");
            }
            html.append("</ol></nav>\n");
        }
        html.append("</header>\n");
    }

    private static void writeSkipped(StringBuilder html, List<Diagnostic> diagnostics) {
        List<Diagnostic> skipped =
                diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (skipped.isEmpty()) {
            return;
        }
        html.append("<section class=\"skipped\">\n<h2>Skipped inputs</h2>\n<ul>\n");
        skipped.forEach(
                d -> html.append("<li>").append(HtmlText.escape(d.oneLine())).append("</li>\n"));
        html.append("</ul>\n</section>\n");
    }
}
