package org.storyline.eval.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.storyline.eval.BadDataException;

/**
 * Reads reference timelines: tilse's text format (blocks of a {@code YYYY-MM-DD} line, one sentence per line,
 * and a line of dashes) or news-tls's {@code timelines.jsonl}. Sentences are kept as written (tokenized); a day that appears twice keeps both blocks'
 * sentences.
 */
public final class TimelineFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TimelineFiles() {}

    /** Every {@code *.txt} timeline in {@code folder}, sorted by file name. */
    public static List<Timeline> readFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(TimelineFiles::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
    }

    /**
     * The timelines of a news-tls {@code timelines.jsonl}: one timeline per line, {@code [["YYYY-MM-DD", [sentence,
     * ...]], ...]}; named {@code <prefix>#<line>} from 1.
     */
    public static List<Timeline> readJsonLines(Path file, String prefix) {
        List<Timeline> out = new ArrayList<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                number++;
                SortedMap<LocalDate, List<String>> days = new TreeMap<>();
                for (JsonNode day : JSON.readTree(line)) {
                    LocalDate date = LocalDate.parse(day.get(0).asText());
                    for (JsonNode sentence : day.get(1)) {
                        if (!sentence.asText().isBlank()) {
                            days.computeIfAbsent(date, k -> new ArrayList<>())
                                    .add(sentence.asText().strip());
                        }
                    }
                }
                out.add(new Timeline(prefix + "#" + number, days));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new BadDataException(file + ": expected lines of [[\"YYYY-MM-DD\", [sentences]], ...]");
        }
        return out;
    }

    public static Timeline read(Path file) {
        try {
            // lenient: some Crisis timelines hold bytes that are not UTF-8; they become U+FFFD
            return parse(
                    new String(Files.readAllBytes(file), StandardCharsets.UTF_8),
                    file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Parses tilse's format; {@code name} names the timeline and appears in messages. */
    public static Timeline parse(String text, String name) {
        SortedMap<LocalDate, List<String>> days = new TreeMap<>();
        LocalDate day = null;
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.matches("-{5,}")) {
                day = null;
            } else if (day == null) {
                try {
                    day = LocalDate.parse(line);
                } catch (DateTimeParseException e) {
                    throw new BadDataException(
                            name + ": expected a YYYY-MM-DD line to open a block, found '" + line + "'");
                }
            } else {
                days.computeIfAbsent(day, k -> new ArrayList<>()).add(line);
            }
        }
        return new Timeline(name, days);
    }
}
