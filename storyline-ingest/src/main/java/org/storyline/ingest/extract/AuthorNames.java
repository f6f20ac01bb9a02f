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
            "^(?:.*?\\b(?:posts|beiträge|artikel|articles|stories|einträge)\\s+(?:by|von|de|par)\\s+"
                    + "|(?:post\\s+)?(?:author|autor(?:in)?)\\s*:?\\s*(?=\\p{Lu})"
                    + "|(?:veröffentlicht|geschrieben|verfasst|erstellt|publiziert|gepostet|eingestellt|gespeichert)\\s+(?:von|vom)\\s*:?\\s*"
                    + "|(?:written|posted|published|reported|text|story|words|photos?|publié|escrito|scritto)\\s+"
                    + "(?:by|par|por|da)\\s+"
                    + "|(?:interview|auteur|autorin|artikel|beitrag|pressemitteilung|text|foto|fotos)\\s*(?:von|by)?\\s*:\\s*"
                    + "|(?:artikel|beitrag|pressemitteilung|ein beitrag)\\s*von\\s*"
                    + "|(?:by|von|vom|par|por|di|door|from|text|de|af|av|by:)\\s*:?\\s+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE_SUFFIX = Pattern.compile(
            "\\s+(?:am|on|le|el|il|em|op|at|um)\\s+(?:\\d|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun).*$"
                    + "|\\s+\\d{1,2}[./]\\s?\\d{0,2}.*$|\\s+\\d{1,2}\\s+\\p{L}+.*$|\\s+\\d{4}.*$"
                    + "|\\s+(?:stand|shares?|fr|mo|di|mi|do|sa|so|vor \\d.*|updated.*|aktualisiert.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPLIT =
            Pattern.compile("\\s*(?:,|;|\\||/|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\bor\\b|\\s[-–—]\\s)\\s*");
    private static final Pattern JUNK = Pattern.compile(
            "https?://|www\\.|@|\\d{3,}|\\b(?:updated|published|posted|min read|read more|comments?|share|follow)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AGENCIES = Pattern.compile(
            "(?i)reuters|ap|afp|dpa|apa|epd|kna|sid|ani|pti|ians|efe|ansa|upi|bloomberg|associated press"
                    + "|agence france-presse|agencies|agenturen|staff|newsroom|redaktion");

    /** Web addresses and bare protocol words left over from a split URL. */
    private static final Pattern DOMAIN = Pattern.compile("(?i)https?:?|[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}");

    /** Words that sit where a byline would but are labels, roles or placeholders. */
    private static final Pattern LABELS = Pattern.compile(
            "(?iu)by|von|text|datum|date|stand|editor|admin|administrator|wordpressadmin|unknown|anonymous"
                    + "|no author|about the author|über den autor|veröffentlicht|published|updated|shares?|mehr|more"
                    + "|phd|ph\\.d\\.|md|dr\\.?|prof\\.?|staff writer|contributor|guest|gast|posted|geschrieben");

    private final String outletKey;

    AuthorNames(String outlet) {
        this.outletKey = TitleExtractor.key(outlet);
    }

    /** Cleaned, de-duplicated names in input order; the outlet's own name is not a byline here. */
    List<String> clean(List<String> raw) {
        return clean(raw, false);
    }

    /**
     * Like {@link #clean(List)} for names the page declares as its author (JSON-LD, meta tags): there the
     * outlet's own name is a deliberate credit (press releases, company blogs), not a logo caught by accident.
     */
    List<String> cleanDeclared(List<String> raw) {
        return clean(raw, true);
    }

    private List<String> clean(List<String> raw, boolean outletAllowed) {
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
                name = DATE_SUFFIX.matcher(name).replaceFirst("");
                name = name.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$|\\s+$", "")
                        .strip();
                if (plausible(name, outletAllowed) && seen.add(name.toLowerCase(Locale.ROOT))) {
                    out.add(name);
                }
            }
        }
        List<String> names = new ArrayList<>(out);
        // "Jane Doe | Reuters": the wire credit is not a byline once a person is named.
        if (names.stream().anyMatch(n -> !AGENCIES.matcher(n).matches() && !isOutlet(n))) {
            names.removeIf(n -> AGENCIES.matcher(n).matches() || isOutlet(n));
        }
        return names;
    }

    private boolean isOutlet(String name) {
        return !outletKey.isEmpty() && TitleExtractor.key(name).equals(outletKey);
    }

    private boolean plausible(String name, boolean outletAllowed) {
        if (name.length() < 2
                || name.length() > 60
                || JUNK.matcher(name).find()
                || DOMAIN.matcher(name).matches()) {
            return false;
        }
        if (!outletAllowed && isOutlet(name)) {
            return false;
        }
        if (LABELS.matcher(name).matches() || name.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        int words = name.split("\\s+").length;
        return words <= 5 && Character.isLetter(name.codePointAt(0));
    }
}
