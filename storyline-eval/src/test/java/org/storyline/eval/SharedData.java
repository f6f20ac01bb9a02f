package org.storyline.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared benchmark data is, for tests that reproduce published numbers. They run only when the data
 * is there (JUnit assumptions), so the build passes without it. Set {@code STORYLINE_DATA} to override.
 */
public final class SharedData {
    private SharedData() {}

    public static Optional<Path> path(String relative) {
        String configured = System.getenv("STORYLINE_DATA");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "data");
        Path path = root.resolve(relative);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }
}
