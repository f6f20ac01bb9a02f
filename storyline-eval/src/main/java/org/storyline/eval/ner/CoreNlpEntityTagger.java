package org.storyline.eval.ner;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.storyline.model.Span;

/**
 * Peer: Stanford CoreNLP on the gold tokens ({@code tokenize.whitespace=true}, one sentence per line), in three
 * set-ups. Its labels map to CoNLL types: PERSON → PER; ORGANIZATION → ORG; LOCATION, CITY, COUNTRY,
 * STATE_OR_PROVINCE → LOC; MISC, NATIONALITY, RELIGION → MISC; every other label (dates, numbers, titles) → O.
 * Adjacent tokens with the same type form one entity, since CoreNLP's token labels carry no B/I.
 */
public final class CoreNlpEntityTagger implements EntityTagger {
    private static final Map<String, String> TYPES = Map.of(
            "PERSON", "PER",
            "ORGANIZATION", "ORG",
            "LOCATION", "LOC",
            "CITY", "LOC",
            "COUNTRY", "LOC",
            "STATE_OR_PROVINCE", "LOC",
            "MISC", "MISC",
            "NATIONALITY", "MISC",
            "RELIGION", "MISC");

    /** The set-ups compared. */
    public enum Setup {
        /** CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner} (all CRF models, SUTime, fine-grained NER). */
        DEFAULT("corenlp", true),
        /** Only the CoNLL-2003 4-class CRF model ({@code english.conll.4class.distsim}). */
        CONLL4("corenlp-conll4", true),
        /** Only the 3-class CRF model trained on several corpora ({@code english.all.3class.distsim}). */
        THREE_CLASS("corenlp-3class", false);

        private final String systemName;
        private final boolean misc;

        Setup(String systemName, boolean misc) {
            this.systemName = systemName;
            this.misc = misc;
        }

        public String systemName() {
            return systemName;
        }
    }

    private final Setup setup;
    private final StanfordCoreNLP pipeline;

    private CoreNlpEntityTagger(Setup setup, StanfordCoreNLP pipeline) {
        this.setup = setup;
        this.pipeline = pipeline;
    }

    /** Loads the models for {@code setup} (slow: seconds to a minute). */
    public static CoreNlpEntityTagger load(Setup setup) {
        return new CoreNlpEntityTagger(setup, new StanfordCoreNLP(properties(setup)));
    }

    static Properties properties(Setup setup) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.whitespace", "true");
        props.setProperty("ssplit.eolonly", "true");
        if (setup != Setup.DEFAULT) {
            String model = setup == Setup.CONLL4
                    ? "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"
                    : "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
            props.setProperty("ner.model", model);
            props.setProperty("ner.applyNumericClassifiers", "false");
            props.setProperty("ner.useSUTime", "false");
            props.setProperty("ner.applyFineGrained", "false");
            props.setProperty("ner.buildEntityMentions", "false");
        }
        return props;
    }

    @Override
    public String name() {
        return setup.systemName();
    }

    @Override
    public boolean producesMisc() {
        return setup.misc;
    }

    @Override
    public List<List<String>> tag(ConllDocument document) {
        DocumentText text = new DocumentText(document);
        CoreDocument annotated = new CoreDocument(text.text());
        pipeline.annotate(annotated);
        List<DocumentText.LabeledSpan> entities = new ArrayList<>();
        int start = -1;
        int end = -1;
        String open = "";
        for (CoreLabel token : annotated.tokens()) {
            String type = Optional.ofNullable(token.ner()).map(TYPES::get).orElse("");
            boolean continues = !type.isEmpty() && type.equals(open) && token.beginPosition() == end + 1;
            if (!continues && !open.isEmpty()) {
                entities.add(new DocumentText.LabeledSpan(new Span(start, end), open));
            }
            if (!continues) {
                start = token.beginPosition();
                open = type;
            }
            end = token.endPosition();
        }
        if (!open.isEmpty()) {
            entities.add(new DocumentText.LabeledSpan(new Span(start, end), open));
        }
        return text.tags(entities);
    }
}
