package org.storyline.analysis.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.analysis.story.ArticleFixture.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyline.model.Story;

class StoryGrouperTest {

    @Test
    void keeps_a_duplicate_with_its_original() {
        var original = article("a1", "2020-03-01", "Storm", "A storm hit the coastal town of Velmar.").build();
        var copy = article("a2", "2020-03-02", "Storm hits", "A storm hit the coastal town of Velmar.").build();
        var duplicates = new TreeMap<String, String>();
        duplicates.put("a2", "a1");

        List<Story> stories = StoryGrouper.defaults().group(List.of(copy, original), duplicates);

        assertThat(stories).hasSize(1);
        Story s = stories.get(0);
        assertThat(s.id()).isEqualTo("s1");
        assertThat(s.articleIds()).containsExactly("a1", "a2");
        assertThat(s.duplicateOf()).containsExactly(java.util.Map.entry("a2", "a1"));
        assertThat(s.firstSeen()).isEqualTo(Optional.of(LocalDate.parse("2020-03-01")));
        assertThat(s.lastSeen()).isEqualTo(Optional.of(LocalDate.parse("2020-03-02")));
    }
}
