package app.ponte.base;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form names are stored and searched in: lower case, without accents, single spaces. "São Paulo"
 * and "sao paulo" match, and a plain index on the stored form serves "starts with" searches.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a text in this form holds a phrase in this form as whole words: "meridian bank's audit" holds
     * "meridian bank", "wholesale figures" does not hold "sales". Both sides as {@link #normalise} gives them.
     */
    public static boolean holdsWords(String normalisedText, String normalisedPhrase) {
        if (normalisedPhrase.isEmpty()) {
            return false;
        }
        for (int at = normalisedText.indexOf(normalisedPhrase); at >= 0;
                at = normalisedText.indexOf(normalisedPhrase, at + 1)) {
            int end = at + normalisedPhrase.length();
            if (!wordAt(normalisedText, at - 1) && !wordAt(normalisedText, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordAt(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }
}
