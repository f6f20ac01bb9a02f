package org.storyline.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Cuts the text under some elements into {@link TextBlock}s at block-level element boundaries and line breaks. */
final class BlockCollector implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "blockquote",
            "pre",
            "table",
            "tbody",
            "thead",
            "tfoot",
            "tr",
            "dl",
            "dt",
            "dd",
            "address",
            "hr",
            "br",
            "figure",
            "center",
            "form",
            "fieldset",
            "details",
            "summary",
            "caption",
            "body",
            "aside",
            "footer",
            "nav");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<String> openBlocks = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;

    private BlockCollector() {}

    /** The blocks of {@code roots}, in order. */
    static List<TextBlock> collect(List<Element> roots) {
        BlockCollector c = new BlockCollector();
        for (Element root : roots) {
            c.openBlocks.push(root.normalName());
            NodeTraversor.traverse(c, root);
            c.flush();
            c.openBlocks.clear();
        }
        return c.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText().replace('\u00a0', ' ').replaceAll("[\\s\\u200b\\u00ad]+", " ");
            if (text.length() == 0 || text.charAt(text.length() - 1) == ' ') {
                s = s.stripLeading();
            }
            text.append(s);
            if (linkDepth > 0) {
                linkChars += s.strip().length();
            }
        } else if (node instanceof Element e) {
            if ("a".equals(e.normalName())) {
                linkDepth++;
            } else if (("td".equals(e.normalName()) || "th".equals(e.normalName())) && text.length() > 0) {
                text.append(' '); // table cells of one row stay one block, like a line of a printed table
            } else if (BLOCKS.contains(e.normalName())) {
                flush();
                if (!"br".equals(e.normalName()) && !"hr".equals(e.normalName())) {
                    openBlocks.push(e.normalName());
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            if ("a".equals(e.normalName())) {
                linkDepth--;
            } else if (BLOCKS.contains(e.normalName())
                    && !"br".equals(e.normalName())
                    && !"hr".equals(e.normalName())) {
                flush();
                if (!openBlocks.isEmpty()) {
                    openBlocks.pop();
                }
            }
        }
    }

    private void flush() {
        String s = text.toString().strip();
        if (!s.isEmpty()) {
            String tag = openBlocks.isEmpty() ? "div" : openBlocks.peek();
            blocks.add(new TextBlock(s, Math.min(linkChars, s.length()), tag));
        }
        text.setLength(0);
        linkChars = 0;
    }
}
