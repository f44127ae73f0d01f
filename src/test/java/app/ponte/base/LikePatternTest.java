package app.ponte.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void typed_text_becomes_a_lower_case_contains_pattern() {
        assertThat(LikePattern.contains("  Aurora ")).isEqualTo("%aurora%");
    }

    @Test
    void wildcards_typed_by_the_user_match_literally() {
        assertThat(LikePattern.contains("50%_off!")).isEqualTo("%50!%!_off!!%");
    }

    @Test
    void no_text_matches_everything() {
        assertThat(LikePattern.contains(null)).isEqualTo("%%");
        assertThat(LikePattern.contains("")).isEqualTo("%%");
    }
}
