package org.storyline.eval.speed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storyline.eval.DataLayout;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.model.PublishedDate;

/**
 * Timeline17 input documents as {@link Article}s: {@code <Topic>_<source>/docs/<YYYY-MM-DD>/<n>.htm.txt}, PTB
 * tokens one sentence per line. Each line becomes one paragraph of lightly detokenized text; the day folder is
 * the publication date; the outlet is the folder's source part ({@code bbc}). Empty documents are left out
 * (the data set has a few). Folders under {@code docs/} that are not days are ignored.
 */
public final class Timeline17Corpus {
    public static final String LAYOUT = "Timeline17 topic folders <Topic>_<source>/docs/<YYYY-MM-DD>/<n>.htm.txt"
            + " (e.g. ../shared/data/timeline17)";
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final PtbDetokenizer detokenizer = new PtbDetokenizer();

    /**
     * The documents of every topic folder under {@code root} whose name starts with {@code folderPrefix}, sorted
     * by folder, day and document number.
     *
     * @throws org.storyline.eval.BadDataException when no such folder with documents exists
     */
    public List<CorpusArticle> read(Path root, String folderPrefix) {
        DataLayout layout = new DataLayout(root, LAYOUT);
        List<Path> folders;
        try (Stream<Path> list = Files.list(layout.directory())) {
            folders = list.filter(p -> p.getFileName().toString().startsWith(folderPrefix))
                    .filter(p -> Files.isDirectory(p.resolve("docs")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + root, e);
        }
        if (folders.isEmpty()) {
            throw layout.fail("no folder named " + folderPrefix + "*_<source> with a docs/ folder in " + root);
        }
        List<CorpusArticle> articles = new ArrayList<>();
        for (Path folder : folders) {
            articles.addAll(readTopic(folder));
        }
        if (articles.isEmpty()) {
            throw layout.fail("no non-empty <YYYY-MM-DD>/*.htm.txt document under " + folders);
        }
        return List.copyOf(articles);
    }

    /** The non-empty documents of one topic folder ({@code <folder>/docs/<day>/*.htm.txt}), sorted. */
    public List<CorpusArticle> readTopic(Path folder) {
        String name = folder.getFileName().toString();
        String outlet = name.contains("_") ? name.substring(name.lastIndexOf('_') + 1) : "";
        List<CorpusArticle> articles = new ArrayList<>();
        for (Path day : sorted(folder.resolve("docs"))) {
            String dayName = day.getFileName().toString();
            if (!Files.isDirectory(day) || !DAY.matcher(dayName).matches()) {
                continue;
            }
            Optional<LocalDate> date = parseDay(dayName);
            List<Path> documents = sorted(day).stream()
                    .filter(p -> p.getFileName().toString().endsWith(".htm.txt"))
                    .sorted(java.util.Comparator.comparingInt(Timeline17Corpus::documentNumber)
                            .thenComparing(Path::toString))
                    .toList();
            for (Path document : documents) {
                String stem = document.getFileName().toString().replace(".htm.txt", "");
                String id = name + "/" + dayName + "/" + stem;
                article(id, document, outlet, date).ifPresent(articles::add);
            }
        }
        return List.copyOf(articles);
    }

    private Optional<CorpusArticle> article(String id, Path document, String outlet, Optional<LocalDate> date) {
        List<String> lines;
        try {
            lines = Files.readAllLines(document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + document, e);
        }
        List<String> paragraphs = new ArrayList<>();
        int tokens = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                paragraphs.add(detokenizer.detokenize(line));
                tokens += PtbDetokenizer.tokenCount(line);
            }
        }
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        Article article = new Article(
                id,
                document.toString(),
                outlet,
                "",
                List.of(),
                date.map(d -> new PublishedDate(d, DateSource.SUPPLIED)),
                "en",
                String.join("\n\n", paragraphs));
        return Optional.of(new CorpusArticle(article, tokens));
    }

    private static Optional<LocalDate> parseDay(String name) {
        try {
            return Optional.of(LocalDate.parse(name));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int documentNumber(Path document) {
        String stem = document.getFileName().toString().toLowerCase(Locale.ROOT).replace(".htm.txt", "");
        return stem.matches("\\d{1,9}") ? Integer.parseInt(stem) : Integer.MAX_VALUE;
    }

    private static List<Path> sorted(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
    }
}
