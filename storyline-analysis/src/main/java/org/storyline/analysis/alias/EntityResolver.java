package org.storyline.analysis.alias;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Entity;
import org.storyline.model.EntityMention;
import org.storyline.model.Evidence;

/** Merges entity mentions across articles. Stateless, thread-safe. */
public final class EntityResolver {

    public EntityResolver() {}

    /** Every entity of the batch, ids "e1", "e2"... by descending mention count then name. */
    public ResolvedEntities resolve(List<AnalyzedArticle> articles) {
        Map<String, List<Evidence>> mentions = new TreeMap<>();
        Map<String, EntityMention> first = new TreeMap<>();
        for (AnalyzedArticle a : articles) {
            for (EntityMention m : a.entities()) {
                String key = m.text().strip().toLowerCase(Locale.ROOT);
                mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Evidence(a.article().id(), m.span()));
                first.putIfAbsent(key, m);
            }
        }
        List<String> keys = new ArrayList<>(mentions.keySet());
        keys.sort(Comparator.comparingInt((String k) -> -mentions.get(k).size()).thenComparing(k -> k));
        List<Entity> entities = new ArrayList<>();
        for (String k : keys) {
            EntityMention m = first.get(k);
            List<Evidence> ev = mentions.get(k).stream().sorted().toList();
            entities.add(new Entity("e" + (entities.size() + 1), m.text().strip(), m.type(), List.of(), "", ev));
        }
        return new ResolvedEntities(entities);
    }
}
