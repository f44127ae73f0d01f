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
}
