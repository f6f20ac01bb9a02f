package org.storyline.eval.ner;

import java.util.List;

/** The NER systems {@code eval ner} knows, by name. */
final class NerSystems {
    static final List<String> NAMES = List.of("storyline", "corenlp-conll4", "corenlp-3class", "corenlp");
    static final List<String> DEFAULTS = List.of("storyline", "corenlp-conll4", "corenlp-3class");

    private NerSystems() {}

    static EntityTagger load(String name) {
        if (name.equals("storyline")) {
            return StorylineEntityTagger.load();
        }
        for (CoreNlpEntityTagger.Setup setup : CoreNlpEntityTagger.Setup.values()) {
            if (setup.systemName().equals(name)) {
                return CoreNlpEntityTagger.load(setup);
            }
        }
        throw new IllegalArgumentException("expected one of " + NAMES + ", found " + name);
    }
}
