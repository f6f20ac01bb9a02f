package org.storyline.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's class, id and role say about it: article content, or page furniture. */
final class BoilerplateHints {
    private static final Pattern NEGATIVE = Pattern.compile(
            "\\b(?:nav|navbar|navigation|menu|menus|footer|sidebar|side-bar|widget|widgets|comment|comments"
                    + "|commentlist|disqus|related|relatedposts|recommend|recommended|recommendations|promo|promos"
                    + "|share|shares|sharing|sharebar|social|socials|newsletter|newsletters|subscribe|subscription"
                    + "|signup|sign-up|cookie|cookies|consent|gdpr|ad|ads|adv|advert|adverts|advertisement|advertising"
                    + "|sponsor|sponsored|breadcrumb|breadcrumbs|pagination|pager|tags|tag-list|taglist|masthead"
                    + "|popup|modal|outbrain|taboola|skip|skiplink|toolbar|byline|bylines|author-bio|authorbio"
                    + "|caption|captions|credit|credits|print|login|paywall|more-stories|trending|popular|most-read"
                    + "|mostread|read-more|readmore|jump|sr-only|visually-hidden|screen-reader-text|hidden-print"
                    + "|banner|meta|post-meta|entry-meta|dateline|timestamp|date|published|share-tools|topics"
                    + "|keywords|rating|author|copyright|disclaimer|infobox|links|linklist|teaser-list|newsletter-box"
                    + "|contact|bottom|header|site-header|top-bar|topbar|dropdown|overlay|lightbox|slider|carousel|gallery"
                    + "|video-player|audio|podcast|tooltip|alert|notice|signin|register|donate|donation)\\b");
    private static final Pattern POSITIVE = Pattern.compile(
            "\\b(?:article|articlebody|article-body|article-content|article__body|body|content|entry|entry-content"
                    + "|main|post|post-content|post-body|text|blog|story|story-body|storycontent|artikel|inhalt"
                    + "|beitrag|paragraph|prose|rich-text|richtext|hentry|page-content|single|news)\\b");
    private static final Pattern NEGATIVE_ROLE =
            Pattern.compile("navigation|banner|complementary|contentinfo|menu|dialog|alert|search");

    private BoilerplateHints() {}

    static String hints(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when class/id or ARIA role name page furniture such as navigation, promos or comments. */
    static boolean negative(Element e) {
        String h = hints(e);
        return NEGATIVE.matcher(h).find()
                || NEGATIVE_ROLE
                        .matcher(e.attr("role").toLowerCase(Locale.ROOT))
                        .find();
    }

    static boolean positive(Element e) {
        return POSITIVE.matcher(hints(e)).find()
                || "articleBody".equalsIgnoreCase(e.attr("itemprop"))
                || "main".equals(e.attr("role"));
    }

    /** Readability-style class weight: +25 for content hints, -25 for furniture hints. */
    static int weight(Element e) {
        int w = 0;
        String h = hints(e);
        if (h.isBlank()) {
            return 0;
        }
        if (NEGATIVE.matcher(h).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(h).find()) {
            w += 25;
        }
        return w;
    }
}
