package org.storyline.analysis.quote;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;

/**
 * Turns a speaker as written into the speaker's full name: a short name into the longest earlier full
 * name containing it ("Kerry" → "John Kerry"), a pronoun into the speaker of a quote just before or the
 * nearest preceding person named outside quotes, "the ministry" into an earlier organization whose name
 * contains "ministry". Unknown speakers resolve to "".
 */
final class SpeakerResolver {
    /** How many sentences back a pronoun may reach. */
    private static final int PRONOUN_REACH = 3;
    /** How many sentences back the previous quote's speaker is the obvious referent of "he said". */
    private static final int PREVIOUS_QUOTE_REACH = 2;

    /** Nouns that, after "the", describe an organization named earlier. */
    private static final Set<String> ORGANIZATION_NOUNS = Set.of(
            "group",
            "organization",
            "organisation",
            "agency",
            "ministry",
            "monitor",
            "observatory",
            "body",
            "committee",
            "council",
            "coalition",
            "alliance",
            "company",
            "firm",
            "network",
            "center",
            "centre",
            "office",
            "department",
            "militia",
            "movement",
            "party",
            "government",
            "watchdog",
            "charity",
            "union",
            "institute",
            "foundation",
            "association",
            "bank",
            "court",
            "commission",
            "outlet",
            "newspaper",
            "broadcaster",
            "channel",
            "station",
            "campaign",
            "federation",
            "bureau",
            "service");

    private final Article article;

    SpeakerResolver(Article article) {
        this.article = article;
    }

    /** A quote attributed earlier in the article: where it ends and to whom (a person) it went. */
    record Previous(int end, String speaker) {}

    String resolve(Speaker speaker, Optional<Previous> previous) {
        String written = speaker.mention().of(article.text());
        int at = speaker.mention().start();
        return switch (speaker.kind()) {
            case PRONOUN -> pronoun(written.toLowerCase(Locale.ROOT), at, previous);
            case NAME -> speaker.entity().map(e -> entity(e)).orElseGet(() -> bareName(written, at));
            case PHRASE -> organizationByHead(written, at)
                    .or(() -> organizationDescribed(written, at))
                    .orElse("");
        };
    }

    private String entity(EntityMention e) {
        if (e.type() == EntityType.PERSON) {
            return fullName(Names.clean(e.text()), e.span().start());
        }
        return e.text();
    }

    private String bareName(String written, int at) {
        String name = Names.trailingName(written);
        if (name.isEmpty()) {
            return "";
        }
        Optional<String> org = organizationByHead(written, at);
        if (org.isPresent() && !name.contains(" ")) {
            return org.get();
        }
        return fullName(name, at);
    }

    /** The longest PERSON mention before {@code before} whose name contains {@code name}. */
    String fullName(String name, int before) {
        String best = name;
        int bestKeys = Names.keys(name).size();
        for (EntityMention e : article.entities()) {
            if (e.span().start() >= before) {
                break;
            }
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            String candidate = Names.clean(e.text());
            int keys = Names.keys(candidate).size();
            if (keys > bestKeys && Names.contains(candidate, name)) {
                best = candidate;
                bestKeys = keys;
            }
        }
        return best;
    }

    private String pronoun(String pronoun, int at, Optional<Previous> previous) {
        int sentence = article.sentenceAt(at);
        if (pronoun.equals("it")) {
            return nearest(at, sentence, EntityType.ORGANIZATION)
                    .map(EntityMention::text)
                    .orElse("");
        }
        if (pronoun.equals("who")) {
            // "X, who ..., said": the relative pronoun stands for the name just before it in its sentence
            return nearest(at, sentence, EntityType.PERSON)
                    .filter(e -> article.sentenceAt(e.span().start()) == sentence)
                    .map(e -> fullName(Names.clean(e.text()), e.span().start()))
                    .orElse("");
        }
        if (previous.isPresent()
                && !previous.get().speaker().isEmpty()
                && sentence - article.sentenceAt(Math.max(0, previous.get().end() - 1)) <= PREVIOUS_QUOTE_REACH) {
            return previous.get().speaker();
        }
        return nearest(at, sentence, EntityType.PERSON)
                .map(e -> fullName(Names.clean(e.text()), e.span().start()))
                .orElse("");
    }

    private Optional<EntityMention> nearest(int at, int sentence, EntityType type) {
        EntityMention best = null;
        for (EntityMention e : article.entities()) {
            if (e.span().start() >= at) {
                break;
            }
            boolean near =
                    sentence < 0 || sentence - article.sentenceAt(e.span().start()) <= PRONOUN_REACH;
            if (e.type() == type && near && !article.inQuote(e.span())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * "the group", "the agency": a definite description of an organization stands for the nearest
     * organization named before it (outside quotes, a few sentences back at most).
     */
    private Optional<String> organizationDescribed(String phrase, int at) {
        String[] parts = phrase.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (parts.length != 2 || !parts[0].equals("the") || !ORGANIZATION_NOUNS.contains(parts[1])) {
            return Optional.empty();
        }
        return nearest(at, article.sentenceAt(at), EntityType.ORGANIZATION).map(EntityMention::text);
    }

    /** "the ministry" → the latest earlier organization with "ministry" in its name. */
    private Optional<String> organizationByHead(String phrase, int at) {
        String[] parts = phrase.trim().split("\\s+");
        String head = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        if (parts.length > 3 || head.length() < 3) {
            return Optional.empty();
        }
        String found = null;
        for (EntityMention e : article.entities()) {
            if (e.span().start() >= at) {
                break;
            }
            if (e.type() == EntityType.ORGANIZATION && Names.keys(e.text()).contains(head.replaceAll("[.,]", ""))) {
                found = e.text();
            }
        }
        return Optional.ofNullable(found);
    }
}
