package org.storyline.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops blocks that are not article prose even inside the article container: link lists, repeated
 * lines, the headline, bylines and datelines, and short promo or notice lines.
 */
final class BlockFilter {
    private static final Pattern PROMO = Pattern.compile(
            "^(?:advertisement|anzeige|werbung|publicité|publicidad|sponsored|share (?:this|on|via)|share:?$"
                    + "|read more|read also|related:|related articles|related stories|more from|follow us|follow @"
                    + "|sign up|subscribe|click here|tap here|listen to this|skip to|back to top|image:|photo:"
                    + "|getty images|©|copyright|all rights reserved|we use cookies|this site uses cookies"
                    + "|by clicking|accept cookies|cookie|loading|please enable javascript|tweet|print$|email$"
                    + "|leave a comment|comments?$|newsletter|watch:|video:|see also|also read|lesen sie auch"
                    + "|mehr zum thema|weiterlesen|teilen|zum artikel|jetzt abonnieren|facebook$|twitter$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BYLINE =
            Pattern.compile("^(?:by|von|par|por|door|di)\\s+\\p{Lu}.{0,80}$", Pattern.UNICODE_CASE);
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|stand|publié"
                    + "|mis à jour|publicado|actualizado|pubblicato)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final String titleKey;
    private final List<String> authorKeys;

    BlockFilter(String title, List<String> authors) {
        this.titleKey = TitleExtractor.key(title);
        this.authorKeys = authors.stream()
                .map(TitleExtractor::key)
                .filter(k -> k.length() > 3)
                .toList();
    }

    /** The blocks worth keeping, in order; a repeated block is kept only the first time. */
    List<TextBlock> filter(List<TextBlock> blocks) {
        List<TextBlock> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TextBlock b : blocks) {
            String key = TitleExtractor.key(b.text());
            if (!key.isEmpty() && keep(b, key) && seen.add(key)) {
                out.add(b);
            }
        }
        return out;
    }

    /** Whether a block is article prose worth keeping. */
    boolean keep(TextBlock b, String key) {
        String text = b.text();
        int length = text.length();
        if (!titleKey.isEmpty() && key.equals(titleKey)) {
            return false;
        }
        if (b.linkDensity() > 0.5 && length < 300 || b.linkDensity() > 0.8) {
            return false;
        }
        if (length < 120 && PROMO.matcher(text).find()) {
            return false;
        }
        if (length < 120 && (BYLINE.matcher(text).matches() || mentionsAuthorOnly(key))) {
            return false;
        }
        if (length < 100 && DATELINE.matcher(text).matches()) {
            return false;
        }
        return !(length < 60
                && DateTextParser.find(text, false, false).isPresent()
                && text.replaceAll("[^\\p{L}]", "").length() < 20);
    }

    private boolean mentionsAuthorOnly(String key) {
        for (String a : authorKeys) {
            if (key.contains(a) && key.length() < a.length() + 30) {
                return true;
            }
        }
        return false;
    }
}
