package org.storyline.eval.timeline;

/**
 * ROUGE-N raw counts of one comparison ({@code -t 2} output of ROUGE-1.5.5).
 *
 * @param model n-grams in the reference ({@code M_count})
 * @param peer n-grams in the system summary ({@code P_count})
 * @param hit clipped n-gram matches ({@code H_count})
 */
public record RougeCounts(long model, long peer, long hit) {}
