package org.storyline.eval.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.eval.BadDataException;

/**
 * Reads CoNLL-2003-style column files: one token per line with the token in the first column and the NER tag in
 * the last (so the original 4-column files, CoNLL++ and the 2020 set with character offsets all read the same);
 * a blank line ends a sentence; a {@code -DOCSTART-} line starts a document.
 */
public final class ConllReader {
    public static final String LAYOUT = "a CoNLL-2003 column file (TOKEN ... NER-TAG per line, blank line between"
            + " sentences, -DOCSTART- between documents), e.g. ../shared/data/conll2003/eng.testb";

    private ConllReader() {}

    /** Reads a file; throws a {@code BadDataException} naming the format when it is not a CoNLL file. */
    public static List<ConllDocument> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadDataException(file + " is not a file; expected --data to be " + LAYOUT);
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Parses the lines of a CoNLL file; {@code source} names it in error messages. */
    public static List<ConllDocument> parse(List<String> lines, String source) {
        List<ConllDocument> documents = new ArrayList<>();
        List<ConllSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                endSentence(sentences, tokens, tags);
                continue;
            }
            String[] columns = trimmed.split("\\s+");
            if (columns[0].equals("-DOCSTART-")) {
                endSentence(sentences, tokens, tags);
                endDocument(documents, sentences);
                continue;
            }
            String tag = columns[columns.length - 1];
            if (columns.length < 2 || !(tag.equals("O") || tag.matches("[BIES]-.+"))) {
                throw new BadDataException(source + ":" + lineNumber + ": expected 'TOKEN ... TAG' with an IOB tag,"
                        + " found '" + trimmed + "'; expected --data to be " + LAYOUT);
            }
            tokens.add(columns[0]);
            tags.add(tag);
        }
        endSentence(sentences, tokens, tags);
        endDocument(documents, sentences);
        if (documents.isEmpty()) {
            throw new BadDataException(source + " has no sentences; expected --data to be " + LAYOUT);
        }
        return documents;
    }

    private static void endSentence(List<ConllSentence> sentences, List<String> tokens, List<String> tags) {
        if (!tokens.isEmpty()) {
            sentences.add(new ConllSentence(tokens, tags));
            tokens.clear();
            tags.clear();
        }
    }

    private static void endDocument(List<ConllDocument> documents, List<ConllSentence> sentences) {
        if (!sentences.isEmpty()) {
            documents.add(new ConllDocument(sentences));
            sentences.clear();
        }
    }
}
