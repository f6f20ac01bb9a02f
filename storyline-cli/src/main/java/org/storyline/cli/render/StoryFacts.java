package org.storyline.cli.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.storyline.model.Article;
import org.storyline.model.AttributedQuote;
import org.storyline.model.Claim;
import org.storyline.model.Story;
import org.storyline.model.StoryBrief;

/** Labels every output format shows the same way, as plain (unescaped) text. */
final class StoryFacts {
    private StoryFacts() {}

    /** "3 sources, 2016-08-18 to 2016-12-10": how many sources and the days they span, when known. */
    static String describe(StoryBrief brief) {
        Story story = brief.story();
        int count = brief.sources().size();
        String sources = count + (count == 1 ? " source" : " sources");
        if (story.firstSeen().isEmpty() || story.lastSeen().isEmpty()) {
            return sources + ", undated";
        }
        String first = story.firstSeen().get().toString();
        String last = story.lastSeen().get().toString();
        return sources + ", " + (first.equals(last) ? first : first + " to " + last);
    }

    /** "Elena Marwick, mayor"; "unattributed" when the speaker is unknown. */
    static String speakerLabel(AttributedQuote quote) {
        String speaker = quote.speaker().isBlank() ? "unattributed" : quote.speaker();
        return quote.role().isBlank() ? speaker : speaker + ", " + quote.role();
    }

    /** What a figure counts and, when known, what happened to it: "resident (evacuate)". */
    static String whatLabel(Claim claim) {
        String what = claim.what().isBlank() ? "\u2014" : claim.what();
        return claim.event().isBlank() ? what : what + " (" + claim.event() + ")";
    }

    static String outletLabel(Article article) {
        return article.outlet().isBlank() ? "unknown outlet" : article.outlet();
    }

    static String titleLabel(Article article) {
        return article.title().isBlank() ? "untitled" : article.title();
    }

    /** The story's claims by id, in story order. */
    static Map<String, Claim> claimsById(StoryBrief story) {
        Map<String, Claim> byId = new LinkedHashMap<>();
        story.claims().forEach(c -> byId.putIfAbsent(c.id(), c));
        return byId;
    }

    /**
     * True for an http(s) URL that is safe to show as a link: other locations (file paths, or anything that could
     * run script such as {@code javascript:}) are shown as text only.
     */
    static boolean isWebUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && !url.matches(".*[\\s<>\"'`].*");
    }
}
