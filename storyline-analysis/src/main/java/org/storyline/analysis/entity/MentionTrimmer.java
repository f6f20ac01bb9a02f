package org.storyline.analysis.entity;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.Span;

/**
 * Cheap fixes for the CRF's systematic slips at mention edges. A title is not part of a person's name
 * ("Mr. Olsen" → "Olsen"), a possessive is not part of any name ("Berg's" → "Berg"), and punctuation
 * at either end ("Oslo," or a quote mark) is dropped.
 */
final class MentionTrimmer {

    /** Abbreviated titles, lower case, without the period. Full words ("President") stay: they are rarely tagged. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "gen", "maj", "lt", "col", "sgt", "st", "prof", "rep", "sen", "gov",
            "capt", "cmdr", "adm", "rev", "hon", "pres", "brig", "cpl", "pvt", "sir", "dame", "mister");

    private MentionTrimmer() {}

    /** The mention the tokens make after trimming, or empty when nothing of a name is left. */
    static Optional<EntityMention> trim(String text, List<CoreLabel> tokens, EntityType type) {
        int first = 0;
        int last = tokens.size() - 1;
        while (first <= last
                && (isPunctuation(tokens.get(first)) || (type == EntityType.PERSON && isTitle(tokens.get(first))))) {
            first++;
        }
        while (last >= first && (isPunctuation(tokens.get(last)) || isPossessive(tokens.get(last)))) {
            last--;
        }
        if (first > last) {
            return Optional.empty();
        }
        int start = tokens.get(first).beginPosition();
        int end = tokens.get(last).endPosition();
        end = withoutPossessiveSuffix(text, start, end);
        if (end <= start) {
            return Optional.empty();
        }
        Span span = new Span(start, end);
        return Optional.of(new EntityMention(span, span.of(text), type));
    }

    private static boolean isTitle(CoreLabel token) {
        String word = token.word();
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return TITLES.contains(bare.toLowerCase(Locale.ROOT));
    }

    private static boolean isPossessive(CoreLabel token) {
        String word = token.word();
        return word.equals("'s")
                || word.equals("\u2019s")
                || word.equals("'S")
                || word.equals("'")
                || word.equals("\u2019");
    }

    private static boolean isPunctuation(CoreLabel token) {
        return token.word().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Drops a possessive the tokenizer left attached to the last word. */
    private static int withoutPossessiveSuffix(String text, int start, int end) {
        if (end - start > 2) {
            String tail = text.substring(end - 2, end);
            if (tail.equals("'s") || tail.equals("\u2019s")) {
                return end - 2;
            }
        }
        return end;
    }
}
