package org.storyline.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishDetectorTest {
    private final EnglishDetector detector = new EnglishDetector();

    @Test
    void english_news_prose_is_english() {
        assertThat(detector.judge("The council said on Monday that the bridge would reopen in the spring, after"
                        + " engineers found that two of its arches had been damaged by the floods of last winter."))
                .isEqualTo(EnglishDetector.Verdict.ENGLISH);
    }

    @Test
    void french_german_and_russian_prose_is_not_english() {
        assertThat(detector.judge("Le conseil municipal a adopté mardi soir un budget en hausse pour les écoles"
                        + " primaires, après un long débat entre la majorité et l'opposition de la ville."))
                .isEqualTo(EnglishDetector.Verdict.NOT_ENGLISH);
        assertThat(detector.judge("Der Stadtrat hat am Dienstag einen höheren Haushalt für die Grundschulen"
                        + " beschlossen, nach einer langen Debatte zwischen der Mehrheit und der Opposition."))
                .isEqualTo(EnglishDetector.Verdict.NOT_ENGLISH);
        assertThat(detector.judge("Городской совет во вторник принял бюджет для начальных школ после долгих"
                        + " споров между большинством и оппозицией в городе и области весной этого года."))
                .isEqualTo(EnglishDetector.Verdict.NOT_ENGLISH);
    }

    @Test
    void a_few_words_are_not_enough_to_reject() {
        assertThat(detector.judge("Wahlergebnis Berlin")).isEqualTo(EnglishDetector.Verdict.UNDECIDED);
        assertThat(detector.judge("")).isEqualTo(EnglishDetector.Verdict.UNDECIDED);
        assertThat(detector.judge("Storm hits the coast")).isEqualTo(EnglishDetector.Verdict.ENGLISH);
    }
}
