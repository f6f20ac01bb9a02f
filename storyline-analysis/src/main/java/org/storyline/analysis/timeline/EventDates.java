package org.storyline.analysis.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.storyline.analysis.summary.SentenceShape;
import org.storyline.analysis.summary.SentenceUnit;
import org.storyline.model.Anchor;
import org.storyline.model.DateMention;
import org.storyline.model.Granularity;
import org.storyline.model.TimexType;

/**
 * The event dates a sentence states. A date mention counts when it names a day, a month or a year (durations,
 * sets, weeks, seasons and vague references such as PAST_REF do not; neither do values that could not be
 * anchored). A coarse date is dropped when a finer one in the same sentence falls inside it ("in August 2016
 * ... on 18 August"). Dates more than {@value #FUTURE_TOLERANCE_DAYS} days after the publication day are
 * plans, not events, and so are later dates in sentences that speak of the future ("will meet on Friday").
 * Stateless.
 */
final class EventDates {

    static final int FUTURE_TOLERANCE_DAYS = 31;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private EventDates() {}

    /** The event date a mention names, if it names one. */
    static Optional<EventDate> of(DateMention m) {
        if (m.anchor() == Anchor.UNRESOLVED || (m.type() != TimexType.DATE && m.type() != TimexType.TIME)) {
            return Optional.empty();
        }
        Optional<LocalDate> day = m.day();
        if (day.isPresent()) {
            return Optional.of(new EventDate(day.get(), Granularity.DAY));
        }
        String v = m.value();
        try {
            if (MONTH.matcher(v).matches()) {
                return Optional.of(new EventDate(LocalDate.parse(v + "-01"), Granularity.MONTH));
            }
            if (YEAR.matcher(v).matches()) {
                return Optional.of(new EventDate(LocalDate.parse(v + "-01-01"), Granularity.YEAR));
            }
        } catch (DateTimeParseException e) {
            // A malformed value such as "2016-13" names no date; the mention is simply not an event date.
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The event dates stated in a sentence, oldest first.
     *
     * @param horizon the publication day to judge future dates against, if known
     */
    static List<EventDate> inSentence(SentenceUnit unit, Optional<LocalDate> horizon) {
        TreeSet<EventDate> found = new TreeSet<>();
        for (DateMention m : unit.article().dates()) {
            if (unit.sentence().span().contains(m.span())) {
                of(m).filter(d -> !isPlan(d, unit.text(), horizon)).ifPresent(found::add);
            }
        }
        List<EventDate> out = new ArrayList<>();
        for (EventDate d : found) {
            if (found.stream().noneMatch(d::covers)) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean isPlan(EventDate d, String sentence, Optional<LocalDate> horizon) {
        if (horizon.isEmpty() || !d.date().isAfter(horizon.get())) {
            return false;
        }
        return d.date().isAfter(horizon.get().plusDays(FUTURE_TOLERANCE_DAYS))
                || SentenceShape.of(sentence).speaksOfFuture();
    }
}
