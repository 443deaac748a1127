package accord.http.agreements.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private boolean lineBreaks;

    @Override
    public void initialize(PlainText constraint) {
        lineBreaks = constraint.lineBreaks();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = problemOf(value, lineBreaks);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(Templates.literal(problem)).addConstraintViolation();
        return false;
    }

    /** @return what is wrong with the text, or null when it is plain text */
    public static String problemOf(CharSequence text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (at character " + i + ")";
            } else if (Character.isISOControl(c) && !(lineBreaks && c == '\n')) {
                return String.format("must not contain the control character U+%04X (at character %d)%s", (int) c, i,
                        lineBreaks ? "; only line feeds are allowed" : "");
            }
        }
        return null;
    }
}
