package accord.command.agreement;

import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by its stable code, and insists on a sentence for the clerk. */
final class Refusals {

    private Refusals() {
    }

    static Matcher<AgreementRefused> refusedWith(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(AgreementRefused refusal) {
                return refusal.code() == code && refusal.getMessage() != null && refusal.getMessage().length() > 20;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code ").appendValue(code).appendText(" and a sentence");
            }

            @Override
            protected void describeMismatchSafely(AgreementRefused refusal, Description mismatch) {
                mismatch.appendText("was ").appendValue(refusal.code()).appendText(": ").appendText(refusal.getMessage());
            }
        };
    }
}
