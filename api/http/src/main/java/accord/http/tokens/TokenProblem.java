package accord.http.tokens;

import accord.http.problems.ProblemType;
import org.springframework.http.HttpStatus;

/** Codes of the problems the token endpoints answer with, beside the common ones. Clients may rely on them. */
public enum TokenProblem implements ProblemType {
    /** No API token has this id. */
    TOKEN_NOT_FOUND(HttpStatus.NOT_FOUND, "Token not found");

    private final HttpStatus status;
    private final String title;

    TokenProblem(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
