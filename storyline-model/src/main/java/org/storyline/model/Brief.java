package org.storyline.model;

import java.util.List;

/**
 * Everything Storyline made of one batch of input: a brief per story, and what was skipped and why.
 *
 * @param stories the stories, largest first
 * @param diagnostics problems with the input, from every stage
 */
public record Brief(List<StoryBrief> stories, List<Diagnostic> diagnostics) {
    public Brief {
        stories = List.copyOf(stories);
        diagnostics = List.copyOf(diagnostics);
    }
}
