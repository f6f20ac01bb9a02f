package org.storyline.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar days in short strings: ISO timestamps, numeric dates and dates with month names in
 * English, German, French, Spanish, Italian, Portuguese and Dutch. Only years 1990..2100 are accepted.
 *
 * <p>Stateless and thread-safe.
 */
final class DateTextParser {
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_NAME = "([a-zà-ÿ]{3,10})";
    private static final Pattern YEAR_FIRST =
            Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\s?([./-])\\s?(\\d{1,2})\\s?\\2\\s?((?:19|20)\\d{2}|\\d{2})(?![\\d])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+|of\\s+)?" + MONTH_NAME
                    + "\\.?,?\\s*(?:de\\s+|del\\s+)?'?((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![a-zà-ÿ])" + MONTH_NAME + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DateTextParser() {}

    /**
     * The earliest date (by position) in {@code text}.
     *
     * @param monthFirst whether an ambiguous {@code 03/04/2016} means March 4 (US) rather than 3 April
     * @param compact whether {@code 20161203} counts (safe in URLs and attributes, not in prose)
     */
    static Optional<LocalDate> find(String text, boolean monthFirst, boolean compact) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.length() > 4000 ? text.substring(0, 4000) : text;
        Found best = null;
        best = earlier(best, yearFirst(s));
        best = earlier(best, dayFirst(s, monthFirst));
        best = earlier(best, dayMonthYear(s));
        best = earlier(best, monthDayYear(s));
        if (compact) {
            best = earlier(best, compactDate(s));
        }
        return best == null ? Optional.empty() : Optional.of(best.date);
    }

    private record Found(int position, LocalDate date) {}

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b == null || a.position <= b.position ? a : b;
    }

    private static Found yearFirst(String s) {
        Matcher m = YEAR_FIRST.matcher(s);
        while (m.find()) {
            Optional<LocalDate> d = day(num(m.group(1)), num(m.group(3)), num(m.group(4)));
            if (d.isPresent()) {
                return new Found(m.start(), d.get());
            }
        }
        return null;
    }

    private static Found compactDate(String s) {
        Matcher m = COMPACT.matcher(s);
        while (m.find()) {
            Optional<LocalDate> d = day(num(m.group(1)), num(m.group(2)), num(m.group(3)));
            if (d.isPresent()) {
                return new Found(m.start(), d.get());
            }
        }
        return null;
    }

    private static Found dayFirst(String s, boolean monthFirst) {
        Matcher m = DAY_FIRST.matcher(s);
        while (m.find()) {
            int a = num(m.group(1));
            int b = num(m.group(3));
            int y = num(m.group(4));
            if (y < 100) {
                y += y >= 90 ? 1900 : 2000;
            }
            boolean usOrder = a <= 12 && (b > 12 || (monthFirst && m.group(2).equals("/")));
            Optional<LocalDate> d = usOrder ? day(y, a, b) : day(y, b, a);
            if (d.isPresent()) {
                return new Found(m.start(), d.get());
            }
        }
        return null;
    }

    private static Found dayMonthYear(String s) {
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                Optional<LocalDate> d = day(num(m.group(3)), month, num(m.group(1)));
                if (d.isPresent()) {
                    return new Found(m.start(), d.get());
                }
            }
        }
        return null;
    }

    private static Found monthDayYear(String s) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                Optional<LocalDate> d = day(num(m.group(3)), month, num(m.group(2)));
                if (d.isPresent()) {
                    return new Found(m.start(), d.get());
                }
            }
        }
        return null;
    }

    /** A valid day in the accepted year range. */
    static Optional<LocalDate> day(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            // Not a calendar day (e.g. 31 February): the caller tries the next candidate.
            return Optional.empty();
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {
                "january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen",
                "janeiro", "januari"
            },
            {
                "february",
                "feb",
                "febr",
                "februar",
                "février",
                "fevrier",
                "févr",
                "fév",
                "febrero",
                "febbraio",
                "fevereiro",
                "fev",
                "februari"
            },
            {"march", "mar", "märz", "maerz", "mrz", "mars", "marzo", "março", "marco", "maart", "mär"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
            {"may", "mai", "mayo", "maggio", "mag", "maio", "mei"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augustus"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"},
            {"november", "nov", "novembre", "noviembre", "novembro"},
            {
                "december",
                "dec",
                "dezember",
                "dez",
                "décembre",
                "decembre",
                "déc",
                "diciembre",
                "dic",
                "dicembre",
                "dezembro"
            }
        };
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                map.put(n, i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
