package app.ponte.request;

import app.ponte.base.SearchText;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words a title is found by: normalised (lower case, no accents), at least three letters, without
 * the most common little words of English and Portuguese, at most 60 characters each.
 */
final class TitleWords {

    static final int WORD_MAX = 60;
    private static final Set<String> IGNORED = Set.of("the", "and", "for", "with", "from", "our", "not", "are",
            "can", "that", "this", "into", "para", "com", "uma", "por", "que", "nos", "nao", "dos", "das", "sem",
            "mais", "como", "sobre");

    private TitleWords() {
    }

    static Set<String> of(String title) {
        return Arrays.stream(SearchText.normalise(title).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 3 && !IGNORED.contains(word))
                .map(word -> word.length() > WORD_MAX ? word.substring(0, WORD_MAX) : word)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
