package org.storyline.ingest.scrape;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the page furniture that copied web pages carry as lines of text: skip links, cookie and consent
 * notices (also glued to other widget text), share/subscribe/newsletter promos, advertisement labels, "read
 * more" teasers and photo credits.
 *
 * <p>Promo patterns only apply to short lines, so that a story that mentions a newsletter keeps its sentence;
 * consent phrases apply at any length because consent widgets are glued into long lines. Stateless and safe
 * to share across threads.
 */
final class BoilerplateFilter {
    /** Promo and teaser lines are short; body sentences that happen to contain "subscribe" are not. */
    static final int SHORT_LINE_WORDS = 15;
    /** Furniture lines are a few words; the limit also keeps the share-button repetition from deep recursion. */
    static final int WHOLE_LINE_MAX_WORDS = 30;
    /** Text before a glued consent widget is kept only if it is a real sentence of at least this many words. */
    private static final int MIN_KEPT_PREFIX_WORDS = 8;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final String SHARE_BUTTON = "(?:share|tweet|email|e-mail|print|comments?|facebook|twitter"
            + "|whatsapp|linkedin|reddit|pinterest|copy link|x)";

    private static final Pattern WHOLE_LINE = Pattern.compile(
            "(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search|article)"
                    + "|skip navigation|advertisement|advertisements|advert|sponsored(?: content)?"
                    + "|scroll to continue(?: with content)?|continue reading(?: below)?"
                    + "|" + SHARE_BUTTON + "(?:[\\s|·•,/]+" + SHARE_BUTTON + ")*[\\s|·•,/]*",
            FLAGS);

    private static final Pattern SHORT_LINE_START = Pattern.compile(
            "(?:read more\\b.*|related(?: stories| articles| content| coverage| news)?\\s*(?::.*)?"
                    + "|more on this(?: story)?\\b.*|you (?:may|might) also\\b.*|recommended(?: for you)?\\s*:?"
                    + "|most (?:read|popular|viewed)\\s*:?|(?:also read|see also|watch|listen)\\s*:.*"
                    + "|image (?:copyright|caption|source)\\b.*|(?:photo|picture|image|video)(?: credit)?:.*"
                    + "|follow us\\b.*)",
            FLAGS);

    private static final Pattern SHORT_LINE_ANYWHERE = Pattern.compile(
            ".*\\b(?:subscribe|newsletter|sign up|signup|sign-up|follow us|share (?:this|on|via)"
                    + "|download (?:our|the) app|click here|log in to comment|all rights reserved).*",
            FLAGS);

    private static final Pattern CONSENT = Pattern.compile(
            "we use cookies|this (?:web)?site uses cookies|we need your consent|manage (?:cookie )?preferences"
                    + "|accept (?:all )?cookies|cookie (?:policy|settings|preferences|notice)"
                    + "|by continuing to (?:use|browse)|privacy (?:settings|preferences)"
                    + "|consent to (?:the use of )?cookies|accept and continue",
            FLAGS);

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"'”’)]?$");

    /**
     * What is left of a line after its boilerplate is removed.
     *
     * @param kept the text to keep, or empty when the whole line goes
     * @param removed true if anything was removed
     */
    record Cleaned(String kept, boolean removed) {
        Cleaned {
            Objects.requireNonNull(kept, "kept");
        }
    }

    /** Cleans one stripped, non-blank line. */
    Cleaned clean(String line) {
        int words = wordCount(line);
        if (words <= WHOLE_LINE_MAX_WORDS && WHOLE_LINE.matcher(line).matches()) {
            return new Cleaned("", true);
        }
        if (words <= SHORT_LINE_WORDS
                && (SHORT_LINE_START.matcher(line).matches()
                        || SHORT_LINE_ANYWHERE.matcher(line).matches())) {
            return new Cleaned("", true);
        }
        Matcher consent = CONSENT.matcher(line);
        if (consent.find()) {
            String before = line.substring(0, consent.start()).strip();
            if (wordCount(before) >= MIN_KEPT_PREFIX_WORDS
                    && SENTENCE_END.matcher(before).matches()) {
                return new Cleaned(before, true);
            }
            return new Cleaned("", true);
        }
        return new Cleaned(line, false);
    }

    static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** The patterns, for tests that check none of them can run away on long lines. */
    static List<Pattern> patterns() {
        return List.of(WHOLE_LINE, SHORT_LINE_START, SHORT_LINE_ANYWHERE, CONSENT);
    }
}
