package org.storyline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of articles about the same evolving story.
 *
 * @param id stable within a run ("s1")
 * @param articleIds member articles, duplicates included, sorted
 * @param duplicateOf for each article that is a near-duplicate copy, the id of the article it copies
 *     (pairs {@code copy -> original}), sorted by copy id
 * @param keyEntities canonical names of the most central entities, most central first
 * @param firstSeen the earliest publication day of a member, if any is known
 * @param lastSeen the latest publication day of a member, if any is known
 */
public record Story(
        String id,
        List<String> articleIds,
        java.util.SortedMap<String, String> duplicateOf,
        List<String> keyEntities,
        Optional<LocalDate> firstSeen,
        Optional<LocalDate> lastSeen) {
    public Story {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        duplicateOf = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(duplicateOf));
        keyEntities = List.copyOf(keyEntities);
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }
}
