package org.storyline.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the chunks in a tag sequence with conlleval.pl's rules ({@code startOfChunk} / {@code endOfChunk}), so
 * IOB1 ({@code I-X I-X B-X}), IOB2 ({@code B-X I-X}) and IOE tags are all read the way the official script reads
 * them: a chunk starts at B, at I after O, or at any change of type; it ends before B, O or a change of type.
 * A sentence boundary ends every chunk.
 */
public final class Chunker {
    private Chunker() {}

    public static List<Chunk> chunks(List<String> tags) {
        List<Chunk> chunks = new ArrayList<>();
        String prevTag = "O";
        String prevType = "";
        int open = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String label = i < tags.size() ? tags.get(i) : "O";
            int dash = label.indexOf('-');
            String tag = dash < 0 ? label : label.substring(0, dash);
            String type = dash < 0 ? "" : label.substring(dash + 1);
            if (open >= 0 && endOfChunk(prevTag, tag, prevType, type)) {
                chunks.add(new Chunk(open, i, prevType));
                open = -1;
            }
            if (startOfChunk(prevTag, tag, prevType, type)) {
                open = i;
            }
            prevTag = tag;
            prevType = type;
        }
        return chunks;
    }

    static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
        boolean end = (prevTag.equals("B") && (tag.equals("B") || tag.equals("O")))
                || (prevTag.equals("I") && (tag.equals("B") || tag.equals("O")))
                || (prevTag.equals("E") && (tag.equals("E") || tag.equals("I") || tag.equals("O")))
                || prevTag.equals("]")
                || prevTag.equals("[");
        return end || (!prevTag.equals("O") && !prevTag.equals(".") && !prevType.equals(type));
    }

    static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
        boolean start = (tag.equals("B") && (prevTag.equals("B") || prevTag.equals("I") || prevTag.equals("O")))
                || (prevTag.equals("O") && (tag.equals("I") || tag.equals("E")))
                || (prevTag.equals("E") && (tag.equals("E") || tag.equals("I")))
                || tag.equals("[")
                || tag.equals("]");
        return start || (!tag.equals("O") && !tag.equals(".") && !prevType.equals(type));
    }
}
