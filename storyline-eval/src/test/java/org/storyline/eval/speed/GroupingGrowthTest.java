package org.storyline.eval.speed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupingGrowthTest {

    @Test
    void linear_growth_is_a_factor_of_ten_per_tenfold_batch() {
        List<GroupingGrowth.Point> points =
                List.of(new GroupingGrowth.Point(1000, 0.5, 1, 0), new GroupingGrowth.Point(100_000, 50, 1, 0));
        assertThat(GroupingGrowth.factorPerTenfold(points)).isCloseTo(10, within(1e-9));
    }

    @Test
    void quadratic_growth_is_a_factor_of_a_hundred() {
        List<GroupingGrowth.Point> points = List.of(
                new GroupingGrowth.Point(100, 1, 1, 0),
                new GroupingGrowth.Point(500, 9, 1, 0),
                new GroupingGrowth.Point(1000, 100, 1, 0));
        assertThat(GroupingGrowth.factorPerTenfold(points)).isCloseTo(100, within(1e-9));
    }

    @Test
    void needs_two_growing_sizes() {
        assertThatThrownBy(() -> GroupingGrowth.factorPerTenfold(List.of(new GroupingGrowth.Point(10, 1, 1, 0))))
                .hasMessage("expected at least two sizes, found 1");
        assertThatThrownBy(() -> GroupingGrowth.factorPerTenfold(
                        List.of(new GroupingGrowth.Point(10, 1, 1, 0), new GroupingGrowth.Point(10, 2, 1, 0))))
                .hasMessage("expected growing sizes, found 10 then 10");
    }

    @Test
    void measures_every_size_and_counts_stories_and_copies() {
        List<GroupingGrowth.Point> points = new GroupingGrowth(new SyntheticNews(2)).measure(List.of(30, 300), 1);
        assertThat(points).extracting(GroupingGrowth.Point::articles).containsExactly(30, 300);
        assertThat(points.get(1).stories()).isBetween(20, 60);
        assertThat(points.get(1).copies()).isPositive();
    }
}
