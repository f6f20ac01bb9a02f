package org.storyline.analysis.entity;

/**
 * The NER model for tests: loaded at most once per test JVM, on first use, so that no test pays the
 * seconds and half gigabyte of loading twice. Any test class in any package may call {@link #model()}.
 */
public final class SharedNer {

    private SharedNer() {}

    /** The shared {@link NerModel#load()} instance. */
    public static NerModel model() {
        return Holder.MODEL;
    }

    /** Lazy holder: the JVM initialises it exactly once, on the first call to {@link #model()}, thread-safely. */
    private static final class Holder {
        static final NerModel MODEL = NerModel.load();
    }
}
