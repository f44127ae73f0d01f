package app.ponte.security;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least 12 characters (at most 128) and not one of the ~49,000
 * most common passwords, compared ignoring case. The list ships with the app (see
 * {@code security/common-passwords.LICENSE.txt}); nothing is looked up online.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a password was refused; each has a translation key. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, TOO_COMMON;

        public String messageKey() {
            return "password.problem." + name();
        }
    }

    private final PasswordValidator validator;

    public PasswordPolicy() {
        this.validator = new PasswordValidator(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new DictionaryRule(new WordListDictionary(loadCommonPasswords())));
    }

    /** The problems of the password, empty when it is acceptable. */
    public List<Problem> check(String password) {
        RuleResult result = validator.validate(new PasswordData(Objects.requireNonNullElse(password, "")));
        return result.getDetails().stream()
                .map(detail -> switch (detail.getErrorCode()) {
                    case LengthRule.ERROR_CODE_MIN -> Problem.TOO_SHORT;
                    case LengthRule.ERROR_CODE_MAX -> Problem.TOO_LONG;
                    default -> Problem.TOO_COMMON;
                })
                .distinct()
                .toList();
    }

    private static org.passay.dictionary.WordList loadCommonPasswords() {
        var stream = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            // false = case-insensitive: "Password1234" is as weak as "password1234".
            return WordLists.createFromReader(new Reader[] {reader}, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
