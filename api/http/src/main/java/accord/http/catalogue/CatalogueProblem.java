package accord.http.catalogue;

import accord.http.problems.ProblemType;
import org.springframework.http.HttpStatus;

/** Codes of the problems the catalogue answers with. Clients may rely on the codes. */
public enum CatalogueProblem implements ProblemType {
    /** No event schema has this file name. */
    UNKNOWN_EVENT_SCHEMA(HttpStatus.NOT_FOUND, "Unknown event schema");

    private final HttpStatus status;
    private final String title;

    CatalogueProblem(HttpStatus status, String title) {
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
