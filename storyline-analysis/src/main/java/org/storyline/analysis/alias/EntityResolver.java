package org.storyline.analysis.alias;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Entity;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.Evidence;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/**
 * Merges entity mentions across articles. Stateless, thread-safe.
 *
 * <p>Mentions whose names reduce to the same key ({@link NameForms}) are one entity; acronyms and partial
 * person names then join their unique expansion or full name ({@link GroupMerger}). Per entity:
 *
 * <ul>
 *   <li>name: the most complete form — titles such as "Mr" aside and, unless nothing else is written,
 *       acronyms and forms in capitals only ("MAREN BAY" of a dateline) aside — the longest, then the most
 *       often written, then the first in string order;
 *   <li>aliases: every other form as written (possessive and leading "the" removed; a person's title written
 *       right before the name kept: "Ms Varga"), sorted, without forms in capitals only that repeat a form
 *       written in normal case;
 *   <li>type: the majority of the mentions' types (ties: {@link EntityType} order);
 *   <li>role (people only): the role stated most often right before or after a mention
 *       ({@link RoleFinder}), ties to the first stated; empty if none.
 * </ul>
 *
 * Ids are "e1", "e2"... by descending mention count, then name.
 */
public final class EntityResolver {

    public EntityResolver() {}

    /** Every entity of the batch; articles may come in any order. */
    public ResolvedEntities resolve(List<AnalyzedArticle> articles) {
        Map<String, AnalyzedArticle> byId = new TreeMap<>();
        for (AnalyzedArticle a : articles) {
            byId.put(a.article().id(), a);
        }
        Map<String, MentionGroup> groups = new TreeMap<>();
        for (AnalyzedArticle a : byId.values()) {
            for (EntityMention m : a.entities()) {
                String form = NameForms.clean(m.text());
                List<String> tokens = NameForms.tokens(form);
                String titled = "";
                if (m.type() == EntityType.PERSON && !NameForms.hasHonorific(form)) {
                    titled = NameForms.titleBefore(a.article().text(), m.span().start())
                            .map(t -> t + " " + NameForms.clean(m.text()))
                            .orElse("");
                }
                if (tokens.isEmpty()) {
                    continue;
                }
                String key = String.join(" ", tokens);
                groups.computeIfAbsent(key, k -> new MentionGroup(k, tokens))
                        .add(new MentionGroup.Written(a.article().id(), m.span(), form, titled, m.type()));
            }
        }
        List<Entity> unnumbered = new ArrayList<>();
        for (List<MentionGroup> component : GroupMerger.components(new ArrayList<>(groups.values()))) {
            unnumbered.add(entity(component, byId));
        }
        unnumbered.sort(Comparator.comparingInt((Entity e) -> -e.mentions().size())
                .thenComparing(Entity::name)
                .thenComparing(e -> e.mentions().get(0)));
        List<Entity> entities = new ArrayList<>();
        for (Entity e : unnumbered) {
            entities.add(
                    new Entity("e" + (entities.size() + 1), e.name(), e.type(), e.aliases(), e.role(), e.mentions()));
        }
        return new ResolvedEntities(entities);
    }

    private static Entity entity(List<MentionGroup> component, Map<String, AnalyzedArticle> byId) {
        List<MentionGroup.Written> mentions = new ArrayList<>();
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        Map<String, Integer> formCounts = new TreeMap<>();
        TreeSet<String> titledForms = new TreeSet<>();
        for (MentionGroup g : component) {
            for (MentionGroup.Written w : g.mentions) {
                mentions.add(w);
                if (!w.titled().isEmpty()) {
                    titledForms.add(w.titled());
                }
                votes.merge(w.type(), 1, Integer::sum);
                formCounts.merge(w.form(), 1, Integer::sum);
            }
        }
        mentions.sort(
                Comparator.comparing((MentionGroup.Written w) -> w.articleId()).thenComparing(w -> w.span()));
        EntityType type = MentionGroup.majority(votes);
        String name = canonicalName(formCounts);
        TreeSet<String> aliases = new TreeSet<>(formCounts.keySet());
        aliases.addAll(titledForms);
        aliases.remove(name);
        aliases.removeIf(f -> isShoutedCopy(f, formCounts.keySet()));
        String role = type == EntityType.PERSON ? role(mentions, byId) : "";
        List<Evidence> evidence = new ArrayList<>();
        for (MentionGroup.Written w : mentions) {
            Evidence e = new Evidence(w.articleId(), w.span());
            if (evidence.isEmpty() || !evidence.get(evidence.size() - 1).equals(e)) {
                evidence.add(e);
            }
        }
        return new Entity("", name, type, List.copyOf(aliases), role, evidence);
    }

    /**
     * True for a form in capitals only ("MAREN BAY") when the same name is also written in normal case
     * ("Maren Bay"); acronyms ("WHO") have no such twin and stay.
     */
    private static boolean isShoutedCopy(String form, java.util.Set<String> forms) {
        if (!NameForms.isAllCaps(form)) {
            return false;
        }
        String key = NameForms.key(form);
        return forms.stream()
                .anyMatch(f -> !NameForms.isAllCaps(f) && NameForms.key(f).equals(key));
    }

    /** The most complete form, as documented on the class. */
    static String canonicalName(Map<String, Integer> formCounts) {
        List<String> forms = new ArrayList<>(formCounts.keySet());
        List<String> plain = forms.stream()
                .filter(f -> !NameForms.hasHonorific(f) && NameForms.acronym(f).isEmpty() && !NameForms.isAllCaps(f))
                .toList();
        if (plain.isEmpty()) {
            plain = forms.stream()
                    .filter(f ->
                            !NameForms.hasHonorific(f) && NameForms.acronym(f).isEmpty())
                    .toList();
        }
        if (plain.isEmpty()) {
            plain = forms.stream().filter(f -> !NameForms.hasHonorific(f)).toList();
        }
        if (plain.isEmpty()) {
            plain = forms;
        }
        return plain.stream()
                .min(Comparator.comparingInt((String f) -> -f.length())
                        .thenComparing(f -> -formCounts.get(f))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }

    /** The role stated most often around the mentions (compared ignoring case), ties to the first stated. */
    private static String role(List<MentionGroup.Written> mentions, Map<String, AnalyzedArticle> byId) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> firstWritten = new LinkedHashMap<>();
        for (MentionGroup.Written w : mentions) {
            AnalyzedArticle a = byId.get(w.articleId());
            String text = a.article().text();
            Span sentence = sentenceAround(a, w.span());
            Optional<String> role =
                    RoleFinder.roleAround(text, w.span().start(), w.span().end(), sentence.start(), sentence.end());
            if (role.isPresent()) {
                String key = role.get().toLowerCase(Locale.ROOT);
                counts.merge(key, 1, Integer::sum);
                firstWritten.putIfAbsent(key, role.get());
            }
        }
        String best = "";
        int bestCount = 0;
        for (Map.Entry<String, String> e : firstWritten.entrySet()) {
            int c = counts.get(e.getKey());
            if (c > bestCount) {
                best = e.getValue();
                bestCount = c;
            }
        }
        return best;
    }

    /** The sentence holding the span, found by binary search; the whole text when sentences are missing. */
    private static Span sentenceAround(AnalyzedArticle a, Span span) {
        List<Sentence> sentences = a.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (span.start() < s.start()) {
                hi = mid - 1;
            } else if (span.start() >= s.end()) {
                lo = mid + 1;
            } else {
                return new Span(
                        s.start(),
                        Math.max(
                                s.end(), Math.min(span.end(), a.article().text().length())));
            }
        }
        return new Span(0, a.article().text().length());
    }
}
