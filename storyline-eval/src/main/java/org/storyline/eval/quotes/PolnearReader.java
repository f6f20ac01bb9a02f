package org.storyline.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.eval.BadDataException;
import org.storyline.eval.DataLayout;
import org.storyline.model.Span;

/**
 * Reads a PolNeAR split: {@code metadata.tsv} names the articles of the split (column {@code compartment}) and
 * their annotators ({@code a|b|...}); the first annotator listed is scored (the few articles annotated by all
 * six, for agreement, thus use annotator {@code 4b22}). Text: {@code <split>/text/<name>.txt}; attributions:
 * {@code <split>/attributions/<name>_<annotator>.ann} in brat standoff, where an {@code E} line links an
 * {@code Attribution} (or {@code Attribution-no-source}) to {@code Content} (and {@code Content2}...),
 * {@code Cue} and {@code Source} text-bound annotations with {@code start end[;start end]} code-point offsets.
 * {@code Discuss} and {@code Discard} annotations are not attributions and are ignored.
 */
public final class PolnearReader {
    public static final String LAYOUT =
            "metadata.tsv and <split>/text/<name>.txt, <split>/attributions/<name>_<annotator>.ann"
                    + " (the PolNeAR data folder)";

    private PolnearReader() {}

    /** The articles of one split ({@code test}, {@code dev}, {@code train}) in metadata order. */
    public static List<PolnearArticle> read(Path root, String split) {
        DataLayout layout = new DataLayout(root, LAYOUT);
        List<String> lines = lines(layout.file("metadata.tsv"));
        if (lines.isEmpty()) {
            throw layout.fail("empty metadata.tsv");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int compartment = header.indexOf("compartment");
        int filename = header.indexOf("filename");
        int annotators = header.indexOf("annotators");
        if (compartment < 0 || filename < 0 || annotators < 0) {
            throw layout.fail("metadata.tsv lacks the columns compartment, filename, annotators");
        }
        List<PolnearArticle> articles = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            if (fields.length <= Math.max(compartment, Math.max(filename, annotators))
                    || !fields[compartment].equals(split)) {
                continue;
            }
            String name = fields[filename];
            String annotator = fields[annotators].split("\\|")[0];
            String text = read(layout.file(split + "/text/" + name + ".txt"));
            String ann = read(layout.file(split + "/attributions/" + name + "_" + annotator + ".ann"));
            articles.add(new PolnearArticle(name, annotator, text, parse(ann, text, name)));
        }
        if (articles.isEmpty()) {
            throw layout.fail("no article of split '" + split + "' in metadata.tsv");
        }
        return articles;
    }

    /** The attributions of one brat file; {@code source} names it in messages. */
    static List<Attribution> parse(String ann, String text, String source) {
        Map<String, List<Span>> spans = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        List<String[]> relations = new ArrayList<>();
        for (String line : ann.split("\n")) {
            String[] fields = line.split("\t");
            if (fields.length >= 2 && fields[0].startsWith("T")) {
                int space = fields[1].indexOf(' ');
                if (space < 0) {
                    throw new BadDataException(source + ": malformed annotation line '" + line + "'");
                }
                types.put(fields[0], fields[1].substring(0, space));
                spans.put(fields[0], spans(fields[1].substring(space + 1), text, source));
            } else if (fields.length >= 2 && fields[0].startsWith("E")) {
                relations.add(fields[1].split(" "));
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (String[] arguments : relations) {
            List<Span> content = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            List<Span> speaker = new ArrayList<>();
            for (String argument : arguments) {
                int colon = argument.indexOf(':');
                String role = argument.substring(0, Math.max(0, colon));
                List<Span> filler = spans.getOrDefault(argument.substring(colon + 1), List.of());
                if (role.startsWith("Content")) {
                    content.addAll(filler);
                } else if (role.equals("Cue")) {
                    cue.addAll(filler);
                } else if (role.equals("Source")) {
                    speaker.addAll(filler);
                }
            }
            out.add(new Attribution(content, cue, speaker));
        }
        out.sort((a, b) -> first(a).compareTo(first(b)));
        return out;
    }

    private static Span first(Attribution a) {
        List<Span> all = new ArrayList<>(a.content());
        all.addAll(a.cue());
        all.addAll(a.source());
        return all.stream().min(Span::compareTo).orElse(new Span(0, 0));
    }

    /** {@code "120 211;215 230"} in code points, as UTF-16 spans of {@code text}. */
    private static List<Span> spans(String offsets, String text, String source) {
        List<Span> out = new ArrayList<>();
        int codePoints = text.codePointCount(0, text.length());
        for (String piece : offsets.split(";")) {
            String[] ends = piece.trim().split(" ");
            try {
                int start = Integer.parseInt(ends[0]);
                int end = Integer.parseInt(ends[1]);
                if (start < 0 || end < start || end > codePoints) {
                    throw new BadDataException(source + ": span " + piece + " lies outside the text");
                }
                out.add(new Span(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new BadDataException(source + ": malformed offsets '" + offsets + "'");
            }
        }
        return out;
    }

    private static List<String> lines(Path file) {
        return read(file).lines().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
