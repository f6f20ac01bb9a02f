package org.storyline.eval.time;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.components.ResultFormatter;
import de.unihd.dbs.heideltime.standalone.exceptions.DocumentCreationTimeMissingException;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.storyline.model.Span;

/**
 * Peer: HeidelTime 2.2.1 (standalone, English, news), the DCT as document creation time.
 *
 * <p>HeidelTime's published TempEval-3 numbers used TreeTagger for tokens, sentences and POS; TreeTagger is a
 * native binary that is neither on Maven Central nor installable here. HeidelTime's Stanford-tagger option does
 * not run with CoreNLP 4.5 ({@code PTBLexer: the invertible option requires a CoreLabelTokenFactory}: the
 * wrapper was built against CoreNLP 3.3), so this peer runs HeidelTime's own "no POS" preprocessing
 * ({@code -pos no}, its AllLanguagesTokenizer). Rules that test POS tags then never see them, so scores can be
 * below the published ones. HeidelTime keeps its configuration in static state; it is set once here from the
 * stock {@code config.props} values.
 */
public final class HeidelTimeTagger implements TimexTagger {
    private static final Logger QUIET = Logger.getLogger("HeidelTimeStandalone");

    private final HeidelTimeStandalone heidelTime;

    private HeidelTimeTagger(HeidelTimeStandalone heidelTime) {
        this.heidelTime = heidelTime;
    }

    /** Loads HeidelTime's English resources (a few seconds). */
    public static HeidelTimeTagger load() {
        configure();
        // one INFO line per document otherwise; the logger is kept so that the level sticks
        QUIET.setLevel(Level.WARNING);
        HeidelTimeStandalone standalone =
                new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, null, POSTagger.NO);
        return new HeidelTimeTagger(standalone);
    }

    private static synchronized void configure() {
        if (Config.isInitialized()) {
            return;
        }
        // the stock conf/config.props, minus the TreeTagger/HunPos/JVnTextPro paths that cannot be set here
        Properties props = new Properties();
        props.setProperty(Config.CONSIDER_DATE, "true");
        props.setProperty(Config.CONSIDER_DURATION, "true");
        props.setProperty(Config.CONSIDER_SET, "true");
        props.setProperty(Config.CONSIDER_TIME, "true");
        props.setProperty(Config.CONSIDER_TEMPONYM, "false");
        props.setProperty(Config.TYPESYSTEMHOME, "desc/type/HeidelTime_TypeSystem.xml");
        props.setProperty(Config.TYPESYSTEMHOME_DKPRO, "desc/type/DKPro_TypeSystem.xml");
        props.setProperty(Config.UIMAVAR_DATE, "Date");
        props.setProperty(Config.UIMAVAR_DURATION, "Duration");
        props.setProperty(Config.UIMAVAR_LANGUAGE, "Language");
        props.setProperty(Config.UIMAVAR_SET, "Set");
        props.setProperty(Config.UIMAVAR_TIME, "Time");
        props.setProperty(Config.UIMAVAR_TEMPONYM, "Temponym");
        props.setProperty(Config.UIMAVAR_TYPETOPROCESS, "Type");
        Config.setProps(props);
    }

    @Override
    public String name() {
        return "heideltime";
    }

    @Override
    public List<Timex> tag(String text, LocalDate creationDay) {
        Date dct = Date.from(creationDay.atStartOfDay(ZoneId.systemDefault()).toInstant());
        Collector collector = new Collector(text);
        try {
            heidelTime.process(text, dct, collector);
        } catch (DocumentCreationTimeMissingException e) {
            throw new IllegalStateException("HeidelTime rejected the document creation time " + creationDay, e);
        }
        return collector.found;
    }

    /** Reads the TIMEX3 annotations straight from the CAS, so offsets need no re-alignment. */
    private static final class Collector implements ResultFormatter {
        private final String text;
        private final List<Timex> found = new ArrayList<>();

        Collector(String text) {
            this.text = text;
        }

        @Override
        public String format(JCas jcas) {
            FSIterator<Annotation> iterator =
                    jcas.getAnnotationIndex(Timex3.type).iterator();
            while (iterator.hasNext()) {
                Timex3 timex = (Timex3) iterator.next();
                found.add(new Timex(
                        new Span(timex.getBegin(), timex.getEnd()),
                        text.substring(timex.getBegin(), timex.getEnd()),
                        nullToEmpty(timex.getTimexType()),
                        nullToEmpty(timex.getTimexValue())));
            }
            return "";
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
