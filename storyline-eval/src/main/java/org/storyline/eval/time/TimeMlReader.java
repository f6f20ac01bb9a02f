package org.storyline.eval.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storyline.eval.BadDataException;
import org.storyline.model.Span;

/**
 * Reads TempEval-3 TimeML files ({@code *.tml}): the DCT from {@code <DCT><TIMEX3 value=...>}, and the text of
 * {@code <TEXT>} with its inline {@code <TIMEX3 type value>} annotations turned into character spans. Other
 * inline tags ({@code EVENT}, {@code SIGNAL}) are dropped.
 */
public final class TimeMlReader {
    public static final String LAYOUT = "TimeML files (*.tml with <DCT><TIMEX3 value=YYYY-MM-DD> and inline <TIMEX3> in"
            + " <TEXT>), e.g. ../shared/data/tempeval3/Evaluation/te3-platinum";

    private static final Pattern DOCID = Pattern.compile("<DOCID>\\s*([^<]*?)\\s*</DOCID>");
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)>");
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:]+)\\s*=\\s*\"([^\"]*)\"");

    private TimeMlReader() {}

    /** Every {@code *.tml} file in {@code folder} (or the one file given), sorted by file name. */
    public static List<TimeMlDocument> read(Path folderOrFile) {
        List<Path> files;
        if (Files.isRegularFile(folderOrFile)) {
            files = List.of(folderOrFile);
        } else if (Files.isDirectory(folderOrFile)) {
            try (Stream<Path> listing = Files.list(folderOrFile)) {
                files = listing.filter(p -> p.getFileName().toString().endsWith(".tml"))
                        .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("could not list " + folderOrFile, e);
            }
        } else {
            throw new BadDataException(folderOrFile + " does not exist; expected --data to hold " + LAYOUT);
        }
        if (files.isEmpty()) {
            throw new BadDataException("no *.tml file in " + folderOrFile + "; expected --data to hold " + LAYOUT);
        }
        List<TimeMlDocument> documents = new ArrayList<>();
        for (Path file : files) {
            try {
                documents.add(parse(
                        Files.readString(file, StandardCharsets.UTF_8),
                        file.getFileName().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + file, e);
            }
        }
        return documents;
    }

    /** Parses one TimeML document; {@code source} names it in messages. */
    public static TimeMlDocument parse(String xml, String source) {
        Matcher dct = DCT.matcher(xml);
        Optional<LocalDate> creation =
                dct.find() ? attribute(dct.group(1), "value").flatMap(TimeMlReader::day) : Optional.empty();
        if (creation.isEmpty()) {
            throw new BadDataException(
                    source + " has no <DCT><TIMEX3 value=\"YYYY-MM-DD...\">; expected --data to hold " + LAYOUT);
        }
        Matcher text = TEXT.matcher(xml);
        if (!text.find()) {
            throw new BadDataException(source + " has no <TEXT> element; expected --data to hold " + LAYOUT);
        }
        Matcher docId = DOCID.matcher(xml);
        String id = docId.find() ? docId.group(1) : source;
        return strip(text.group(1), id, creation.get(), source);
    }

    private static TimeMlDocument strip(String content, String id, LocalDate creation, String source) {
        StringBuilder plain = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        Deque<String[]> open = new ArrayDeque<>(); // {start offset, type, value}
        int i = 0;
        while (i < content.length()) {
            char c = content.charAt(i);
            if (c == '<') {
                int close = content.indexOf('>', i);
                if (close < 0) {
                    throw new BadDataException(source + ": unclosed tag in <TEXT>");
                }
                String tag = content.substring(i + 1, close);
                if (tag.startsWith("TIMEX3")) {
                    open.push(new String[] {
                        Integer.toString(plain.length()),
                        attribute(tag, "type").orElse(""),
                        attribute(tag, "value").orElse("")
                    });
                } else if (tag.startsWith("/TIMEX3")) {
                    if (open.isEmpty()) {
                        throw new BadDataException(source + ": </TIMEX3> without <TIMEX3> in <TEXT>");
                    }
                    String[] started = open.pop();
                    int start = Integer.parseInt(started[0]);
                    timexes.add(
                            new Timex(new Span(start, plain.length()), plain.substring(start), started[1], started[2]));
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = content.indexOf(';', i);
                String entity = semi < 0 ? "" : content.substring(i, semi + 1);
                String decoded = decode(entity);
                plain.append(decoded.isEmpty() ? "&" : decoded);
                i = decoded.isEmpty() ? i + 1 : semi + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        timexes.sort(Comparator.comparing(Timex::span));
        return new TimeMlDocument(id, creation, plain.toString(), timexes);
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "&amp;" -> "&";
            case "&lt;" -> "<";
            case "&gt;" -> ">";
            case "&quot;" -> "\"";
            case "&apos;" -> "'";
            default -> "";
        };
    }

    private static Optional<String> attribute(String tag, String name) {
        Matcher matcher = ATTRIBUTE.matcher(tag);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return Optional.of(matcher.group(2));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(String value) {
        if (value.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
