package org.storyline.eval.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.analysis.time.TimeExpressionTagger;
import org.storyline.model.DateMention;

/** Storyline's time-expression tagger with the DCT as the publication date. */
public final class StorylineTimexTagger implements TimexTagger {
    private final TimeExpressionTagger tagger = new TimeExpressionTagger();

    @Override
    public String name() {
        return "storyline";
    }

    @Override
    public List<Timex> tag(String text, LocalDate creationDay) {
        List<Timex> found = new ArrayList<>();
        for (DateMention mention : tagger.tag(text, Optional.of(creationDay))) {
            found.add(new Timex(mention.span(), mention.text(), mention.type().name(), mention.value()));
        }
        return found;
    }
}
