package org.storyline.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkerTest {
    @Test
    void reads_iob1_where_b_only_separates_two_adjacent_entities_of_one_type() {
        assertThat(Chunker.chunks(List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC")))
                .containsExactly(new Chunk(0, 2, "PER"), new Chunk(2, 3, "PER"), new Chunk(4, 5, "LOC"));
    }

    @Test
    void reads_iob2() {
        assertThat(Chunker.chunks(List.of("B-ORG", "I-ORG", "B-ORG", "O", "B-MISC")))
                .containsExactly(new Chunk(0, 2, "ORG"), new Chunk(2, 3, "ORG"), new Chunk(4, 5, "MISC"));
    }

    @Test
    void a_change_of_type_ends_a_chunk_even_without_b() {
        assertThat(Chunker.chunks(List.of("I-PER", "I-LOC", "I-LOC")))
                .containsExactly(new Chunk(0, 1, "PER"), new Chunk(1, 3, "LOC"));
    }

    @Test
    void an_i_after_o_starts_a_chunk_in_iob2_files_too() {
        assertThat(Chunker.chunks(List.of("O", "I-ORG", "O"))).containsExactly(new Chunk(1, 2, "ORG"));
    }

    @Test
    void a_sentence_end_closes_the_last_chunk() {
        assertThat(Chunker.chunks(List.of("O", "B-LOC", "I-LOC"))).containsExactly(new Chunk(1, 3, "LOC"));
        assertThat(Chunker.chunks(List.of("O", "O"))).isEmpty();
    }

    @Test
    void random_chunkings_read_the_same_from_iob1_and_iob2() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String[] types = {"PER", "ORG", "LOC", "MISC"};
        for (int round = 0; round < 500; round++) {
            List<Chunk> chunks = new ArrayList<>();
            int position = 0;
            int length = 1 + random.nextInt(15);
            while (position < length) {
                if (random.nextInt(3) == 0) {
                    int end = Math.min(length, position + 1 + random.nextInt(3));
                    chunks.add(new Chunk(position, end, types[random.nextInt(types.length)]));
                    position = end;
                } else {
                    position++;
                }
            }
            assertThat(Chunker.chunks(iob2(chunks, length))).as("seed %d", seed).isEqualTo(chunks);
            assertThat(Chunker.chunks(iob1(chunks, length))).as("seed %d", seed).isEqualTo(chunks);
        }
    }

    private static List<String> iob2(List<Chunk> chunks, int length) {
        List<String> tags = new ArrayList<>(java.util.Collections.nCopies(length, "O"));
        for (Chunk chunk : chunks) {
            for (int i = chunk.start(); i < chunk.end(); i++) {
                tags.set(i, (i == chunk.start() ? "B-" : "I-") + chunk.type());
            }
        }
        return tags;
    }

    private static List<String> iob1(List<Chunk> chunks, int length) {
        List<String> tags = new ArrayList<>(java.util.Collections.nCopies(length, "O"));
        Chunk previous = null;
        for (Chunk chunk : chunks) {
            boolean touchesSameType = previous != null
                    && previous.end() == chunk.start()
                    && previous.type().equals(chunk.type());
            for (int i = chunk.start(); i < chunk.end(); i++) {
                tags.set(i, (i == chunk.start() && touchesSameType ? "B-" : "I-") + chunk.type());
            }
            previous = chunk;
        }
        return tags;
    }
}
