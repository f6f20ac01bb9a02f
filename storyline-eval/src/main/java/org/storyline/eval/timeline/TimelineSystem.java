package org.storyline.eval.timeline;

/** Builds a timeline from a topic's articles within a budget; only days within the input window count. */
public interface TimelineSystem {
    Timeline predict(TlsInput input);
}
