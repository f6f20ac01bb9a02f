package org.storyline.eval.grouping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storyline.eval.DataLayout;
import org.storyline.eval.timeline.Detokenizer;

/**
 * Reads the ECB+ documents ({@code ECB+/<topic>/<topic>_<n>ecb.xml} and {@code ..ecbplus.xml}): the {@code
 * <token sentence=...>} elements joined into text (light detokenization, one sentence per line, a blank line
 * between sentences so each is its own paragraph). The gold story of a document is its topic and corpus half.
 */
public final class EcbReader {
    public static final String LAYOUT = "ECB+/<topic>/<topic>_<n>ecb.xml and ..ecbplus.xml (the ecbplus folder)";

    private static final Pattern FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");
    private static final Pattern TOKEN = Pattern.compile("<token\\b[^>]*\\bsentence=\"(\\d+)\"[^>]*>([^<]*)</token>");

    private EcbReader() {}

    /** Every document, sorted by topic, then corpus half, then number. */
    public static List<EcbDocument> read(Path root) {
        DataLayout layout = new DataLayout(root, LAYOUT);
        Path corpus = layout.folder("ECB+");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> FILE.matcher(p.getFileName().toString()).matches())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + corpus, e);
        }
        if (files.isEmpty()) {
            throw layout.fail("no <topic>_<n>ecb(plus).xml file under " + corpus);
        }
        List<EcbDocument> documents = new ArrayList<>();
        for (Path file : files) {
            Matcher name = FILE.matcher(file.getFileName().toString());
            name.matches();
            int topic = Integer.parseInt(name.group(1));
            String id = file.getFileName().toString().replace(".xml", "");
            documents.add(new EcbDocument(id, topic, topic + "/" + name.group(3), text(readText(file))));
        }
        documents.sort(Comparator.comparingInt(EcbDocument::topic)
                .thenComparing(EcbDocument::subTopic)
                .thenComparingInt(d -> number(d.id())));
        return documents;
    }

    /** The text of one document's XML. */
    static String text(String xml) {
        StringBuilder out = new StringBuilder();
        List<String> sentence = new ArrayList<>();
        String current = null;
        Matcher token = TOKEN.matcher(xml);
        while (token.find()) {
            if (current != null && !current.equals(token.group(1))) {
                appendSentence(out, sentence);
            }
            current = token.group(1);
            sentence.add(unescape(token.group(2)));
        }
        appendSentence(out, sentence);
        return out.toString();
    }

    private static void appendSentence(StringBuilder out, List<String> sentence) {
        if (sentence.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append(Detokenizer.join(sentence));
        sentence.clear();
    }

    private static String unescape(String xmlText) {
        return xmlText.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static int number(String id) {
        Matcher m = Pattern.compile("_(\\d+)").matcher(id);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
