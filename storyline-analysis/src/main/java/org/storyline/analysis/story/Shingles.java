package org.storyline.analysis.story;

import java.util.Arrays;
import java.util.List;

/**
 * Word shingles of a text as a sorted set of 32-bit hashes. A text shorter than the shingle width yields
 * one shingle of all its words; a text without words yields none.
 */
final class Shingles {

    static final int WIDTH = 5;

    private Shingles() {}

    /** Sorted, distinct shingle hashes of {@code words}. */
    static int[] of(List<String> words) {
        if (words.isEmpty()) {
            return new int[0];
        }
        int count = Math.max(1, words.size() - WIDTH + 1);
        int[] hashes = new int[count];
        for (int i = 0; i < count; i++) {
            int h = 0x3c6ef372;
            for (int j = i; j < Math.min(words.size(), i + WIDTH); j++) {
                h = h * 0x01000193 ^ words.get(j).hashCode();
            }
            hashes[i] = mix(h);
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    /** How many values two sorted, distinct arrays share. */
    static int shared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Murmur3's finalizer, so that shingles sampled by {@code hash % k} are spread evenly. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
