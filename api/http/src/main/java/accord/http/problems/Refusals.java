package accord.http.problems;

import accord.messages.refusals.AgreementRefused;
import org.springframework.http.HttpStatus;

/** How an agreement's refusal is answered: its status and title, for the API and the console alike. */
public final class Refusals {

    private Refusals() {
    }

    /** @return 404, 409, 422 or 412, by the kind of refusal */
    public static HttpStatus statusOf(AgreementRefused refusal) {
        return switch (refusal.code().kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
        };
    }

    /** @return the refusal's title: ALREADY_SIGNED reads "Already signed" */
    public static String titleOf(AgreementRefused refusal) {
        return Problems.titleOf(refusal.code().name());
    }
}
