package app.ponte.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names found in text as whole words, in the stored form of names. */
class SearchTextTest {

    @Test
    void a_name_is_held_as_whole_words_with_case_and_accents_ignored() {
        String text = SearchText.normalise("Nothing ships inside SÃO PAULO Foods’ freeze; ask Sales.");

        assertThat(SearchText.holdsWords(text, SearchText.normalise("São Paulo Foods"))).isTrue();
        assertThat(SearchText.holdsWords(text, "sales")).isTrue();
        assertThat(SearchText.holdsWords(text, "paulo foods")).isTrue();
    }

    @Test
    void a_name_inside_a_longer_word_or_an_empty_name_is_not_held() {
        String text = SearchText.normalise("Wholesale figures for salesforce, then sales2");

        assertThat(SearchText.holdsWords(text, "sales")).isFalse();
        assertThat(SearchText.holdsWords(text, "")).isFalse();
        assertThat(SearchText.holdsWords(SearchText.normalise("Wholesale, then Sales"), "sales")).isTrue();
    }
}
