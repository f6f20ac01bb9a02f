package org.storyline.eval.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.storyline.eval.BadDataException;
import org.storyline.eval.DataLayout;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.model.PublishedDate;

/**
 * Reads Timeline17 and Crisis as news-tls uses them.
 *
 * <ul>
 *   <li>Timeline17: {@code <Topic>_<source>/docs/<YYYY-MM-DD>/<n>.htm.txt} (PTB tokens, one sentence per line;
 *       the folder is the publication day) and {@code <Topic>_<source>/timelines.jsonl} (else {@code timelines/*.txt}). Folders are merged by
 *       topic (the part before {@code _}), giving news-tls's 9 topics with all their timelines as references.
 *   <li>Crisis: {@code <topic>/timelines/*.txt}; input articles only where {@code <topic>/derived_input/time-sent.csv}
 *       exists (columns {@code time, Sentences}: a day and a Python list of sentences; each row becomes one
 *       pseudo-article published that day). Topics without input are listed as skipped.
 * </ul>
 *
 * Documents are detokenized lightly ({@link Detokenizer}); each sentence line becomes its own paragraph. Empty
 * documents are left out.
 */
public final class TlsReader {
    public static final String LAYOUT = "Timeline17 (<Topic>_<source>/docs/<date>/*.htm.txt and timelines/*.txt) or"
            + " Crisis (<topic>/timelines/*.txt, input in <topic>/derived_input/time-sent.csv)";

    private static final Map<String, String> T17_TOPICS = Map.of(
            "EgyptianProtest",
            "egypt",
            "Finan",
            "finan",
            "H1N1",
            "h1n1",
            "IraqWar",
            "iraq",
            "LibyaWar",
            "libya",
            "MJ",
            "mj",
            "SyrianCrisis",
            "syria",
            "bpoil",
            "bpoil",
            "haiti",
            "haiti");

    private TlsReader() {}

    public static TlsDataset read(Path root) {
        DataLayout layout = new DataLayout(root, LAYOUT);
        List<Path> folders = subfolders(layout.directory());
        if (folders.stream().anyMatch(f -> Files.isDirectory(f.resolve("docs")))) {
            return timeline17(folders);
        }
        if (folders.stream().anyMatch(f -> Files.isDirectory(f.resolve("timelines")))) {
            return crisis(folders);
        }
        throw layout.fail("no <topic>/docs or <topic>/timelines folder in " + root);
    }

    private static TlsDataset timeline17(List<Path> folders) {
        Map<String, List<Path>> byTopic = new TreeMap<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder.resolve("docs")) && Files.isDirectory(folder.resolve("timelines"))) {
                String prefix = folder.getFileName().toString().split("_")[0];
                byTopic.computeIfAbsent(
                                T17_TOPICS.getOrDefault(prefix, prefix.toLowerCase(java.util.Locale.ROOT)),
                                k -> new ArrayList<>())
                        .add(folder);
            }
        }
        List<TlsTopic> topics = new ArrayList<>();
        byTopic.forEach((topic, sources) -> {
            List<Article> articles = new ArrayList<>();
            List<Timeline> references = new ArrayList<>();
            for (Path source : sources) {
                articles.addAll(t17Articles(source));
                references.addAll(references(source));
            }
            topics.add(new TlsTopic(topic, articles, references));
        });
        return new TlsDataset("timeline17", topics, List.of());
    }

    /**
     * news-tls's {@code timelines.jsonl} where present (it is what news-tls scores against; it leaves out the one
     * malformed day, "2011-04-0", of the MJ text timeline), else the tilse text files.
     */
    private static List<Timeline> references(Path source) {
        Path jsonl = source.resolve("timelines.jsonl");
        return Files.isRegularFile(jsonl)
                ? TimelineFiles.readJsonLines(jsonl, source.getFileName().toString())
                : TimelineFiles.readFolder(source.resolve("timelines"));
    }

    private static List<Article> t17Articles(Path source) {
        String outlet = source.getFileName().toString();
        List<Article> articles = new ArrayList<>();
        for (Path day : subfolders(source.resolve("docs"))) {
            LocalDate published = LocalDate.parse(day.getFileName().toString());
            for (Path file : files(day)) {
                List<String> lines = readText(file)
                        .lines()
                        .filter(l -> !l.isBlank())
                        .map(Detokenizer::detokenize)
                        .toList();
                if (!lines.isEmpty()) {
                    String id = outlet + "/" + day.getFileName() + "/" + file.getFileName();
                    articles.add(article(id, file.toString(), outlet, published, lines));
                }
            }
        }
        return articles;
    }

    private static TlsDataset crisis(List<Path> folders) {
        List<TlsTopic> topics = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder.resolve("timelines"))) {
                continue;
            }
            String topic = folder.getFileName().toString();
            List<Timeline> references = TimelineFiles.readFolder(folder.resolve("timelines"));
            Path derived = folder.resolve("derived_input/time-sent.csv");
            if (!Files.isRegularFile(derived)) {
                skipped.add(topic + ": " + references.size() + " reference timelines but no input articles");
                continue;
            }
            topics.add(new TlsTopic(topic, derivedArticles(derived, topic), references));
        }
        return new TlsDataset("crisis", topics, skipped);
    }

    /** One pseudo-article per CSV row: the day's sentences, published that day. */
    private static List<Article> derivedArticles(Path csv, String topic) {
        List<List<String>> rows = SimpleCsv.parse(readText(csv));
        if (rows.isEmpty() || !rows.get(0).equals(List.of("time", "Sentences"))) {
            throw new BadDataException(csv + ": expected a CSV with the header time,Sentences");
        }
        List<Article> articles = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < 2) {
                continue;
            }
            LocalDate day = LocalDate.parse(row.get(0).strip());
            List<String> sentences = PythonStringList.parse(row.get(1), csv.toString()).stream()
                    .filter(s -> !s.isBlank())
                    .map(Detokenizer::detokenize)
                    .toList();
            if (!sentences.isEmpty()) {
                articles.add(article(topic + "/" + day, csv.toString(), topic, day, sentences));
            }
        }
        articles.sort(Comparator.comparing(Article::id));
        return articles;
    }

    private static Article article(String id, String url, String outlet, LocalDate published, List<String> lines) {
        return new Article(
                id,
                url,
                outlet,
                "",
                List.of(),
                Optional.of(new PublishedDate(published, DateSource.SUPPLIED)),
                "en",
                String.join("\n\n", lines));
    }

    private static List<Path> subfolders(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
    }

    private static String readText(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
