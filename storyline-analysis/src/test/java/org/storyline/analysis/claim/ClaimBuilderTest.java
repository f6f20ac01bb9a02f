package org.storyline.analysis.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.analysis.story.ArticleFixture.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyline.model.Claim;
import org.storyline.model.Evidence;
import org.storyline.model.Qualifier;
import org.storyline.model.Span;

class ClaimBuilderTest {

    private final ClaimBuilder builder = new ClaimBuilder();

    @Test
    void turns_a_figure_into_a_claim_cited_by_its_sentence() {
        var a = article("a1", "2020-03-01", "", "Rain fell. About 300 people fled the valley.")
                .figure("About 300 people", 300, Qualifier.ABOUT, "person", "flee")
                .build();

        List<Claim> claims = builder.build(List.of(a), new TreeMap<>());

        assertThat(claims).containsExactly(new Claim("c1", 300, "", "person", "flee", Qualifier.ABOUT, "",
                Optional.of(LocalDate.parse("2020-03-01")), "About 300 people",
                List.of(new Evidence("a1", new Span(11, 44))), List.of()));
    }
}
