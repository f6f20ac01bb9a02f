package org.storyline.cli.render;

import org.storyline.model.Brief;

/**
 * Renders a {@link Brief} as one document.
 *
 * <p>Implementations are pure and thread-safe: the same brief always gives the same string, byte for byte.
 */
@FunctionalInterface
public interface BriefWriter {
    /** The whole document for {@code brief}, ending with a newline. */
    String write(Brief brief);
}
