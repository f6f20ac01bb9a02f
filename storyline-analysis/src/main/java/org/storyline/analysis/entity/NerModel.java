package org.storyline.analysis.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The CoreNLP CRF named-entity model ({@value #DEFAULT_MODEL}), loaded once from the classpath.
 *
 * <p>Loading is heavy (seconds, about 0.5 GB of heap): do it once per JVM and share the instance. The
 * model is never modified after loading; CoreNLP itself classifies sentences concurrently with one
 * classifier instance (its {@code ner.nthreads} option runs {@code NERCombinerAnnotator} sentences on
 * a thread pool sharing the classifier), so an instance is safe to share across threads.
 */
public final class NerModel {

    /** The 3-class (PERSON, ORGANIZATION, LOCATION) distsim model of the CoreNLP models jar. */
    public static final String DEFAULT_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final CRFClassifier<CoreLabel> classifier;
    private final String resource;

    private NerModel(CRFClassifier<CoreLabel> classifier, String resource) {
        this.classifier = classifier;
        this.resource = resource;
    }

    /**
     * Loads {@link #DEFAULT_MODEL}.
     *
     * @throws UncheckedIOException when the models jar is not on the classpath or is damaged
     */
    public static NerModel load() {
        return load(DEFAULT_MODEL);
    }

    /**
     * Loads a serialized CRF classifier from the classpath (or a file path), such as
     * {@code edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz}.
     *
     * @throws UncheckedIOException when the resource is missing or cannot be read as a CRF classifier
     */
    public static NerModel load(String resource) {
        Objects.requireNonNull(resource, "resource");
        try {
            return new NerModel(CRFClassifier.getClassifier(resource), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read NER model " + resource + "; is stanford-corenlp's 'models' jar on the classpath?", e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new UncheckedIOException(
                    "NER model " + resource + " is not a CRF classifier of this CoreNLP version", new IOException(e));
        }
    }

    /** Where the model was loaded from. */
    public String resource() {
        return resource;
    }

    CRFClassifier<CoreLabel> classifier() {
        return classifier;
    }

    @Override
    public String toString() {
        return "NerModel[" + resource + "]";
    }
}
