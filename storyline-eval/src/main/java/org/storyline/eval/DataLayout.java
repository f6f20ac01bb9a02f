package org.storyline.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks of a benchmark folder that fail with a {@link BadDataException} naming the expected layout. */
public final class DataLayout {
    private final Path root;
    private final String expected;

    /**
     * @param root the {@code --data} path
     * @param expected the expected layout in one line, e.g. {@code "ground-truth.json and html/<id>.html.gz"}
     */
    public DataLayout(Path root, String expected) {
        this.root = root;
        this.expected = expected;
    }

    public Path root() {
        return root;
    }

    /** The root itself, which must be a directory. */
    public Path directory() {
        if (!Files.isDirectory(root)) {
            throw fail(root + " is not a directory");
        }
        return root;
    }

    /** A regular file under the root. */
    public Path file(String relative) {
        Path file = directory().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw fail("missing " + file);
        }
        return file;
    }

    /** A directory under the root. */
    public Path folder(String relative) {
        Path folder = directory().resolve(relative);
        if (!Files.isDirectory(folder)) {
            throw fail("missing folder " + folder);
        }
        return folder;
    }

    /** An exception saying what was wrong and what layout was expected. */
    public BadDataException fail(String problem) {
        return new BadDataException(problem + "; expected --data to point at a folder with " + expected);
    }
}
