package org.storyline.analysis.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.analysis.story.ArticleFixture.article;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    private final DuplicateDetector detector = new DuplicateDetector();

    @Test
    void finds_no_duplicates_among_different_reports() {
        var a = article("a1", "2020-03-01", "Storm", "A storm hit the coastal town of Velmar on Sunday night.").build();
        var b = article("a2", "2020-03-01", "Vote", "Parliament passed the budget after a long debate on Monday.")
                .build();

        assertThat(detector.findDuplicates(List.of(a, b))).isEmpty();
    }
}
