package org.storyline.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns raw byline strings into person names: strips "By"/"Von"/"Par", dates, roles and
 * "| Reuters"-style outlet trailers, splits "A and B" / "A, B", drops URLs and e-mail addresses.
 */
final class AuthorNames {
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:written|posted|published|reported|text|story|words|photos?)\\s+)?"
                    + "(?:by|von|par|por|di|door|from|autor(?:in)?|author|text|de|af|av|av:|by:)\\s*:?\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\||/|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\bor\\b|\\s[-–—]\\s)\\s*");
    private static final Pattern JUNK = Pattern.compile(
            "https?://|www\\.|@|\\d{3,}|\\b(?:updated|published|posted|min read|read more|comments?|share|follow)\\b",
            Pattern.CASE_INSENSITIVE);

    private final String outletKey;

    AuthorNames(String outlet) {
        this.outletKey = TitleExtractor.key(outlet);
    }

    /** Cleaned, de-duplicated names in input order. */
    List<String> clean(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String r : raw) {
            String s = TitleExtractor.clean(r);
            if (s.matches("(?i)^https?://.*")) {
                continue;
            }
            s = PREFIX.matcher(s).replaceFirst("");
            for (String part : SPLIT.split(s)) {
                String name = PREFIX.matcher(part.strip()).replaceFirst("").strip();
                name = name.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$|\\s+$", "").strip();
                if (plausible(name) && seen.add(name.toLowerCase(Locale.ROOT))) {
                    out.add(name);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private boolean plausible(String name) {
        if (name.length() < 2 || name.length() > 60 || JUNK.matcher(name).find()) {
            return false;
        }
        if (!outletKey.isEmpty() && TitleExtractor.key(name).equals(outletKey)) {
            return false;
        }
        int words = name.split("\\s+").length;
        return words <= 5 && Character.isLetter(name.codePointAt(0));
    }
}
