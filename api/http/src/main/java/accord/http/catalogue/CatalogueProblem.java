package accord.http.catalogue;

import org.springframework.http.HttpStatus;

/** Codes of the problems the catalogue answers with. Clients may rely on the codes. */
public enum CatalogueProblem {
    /** No event schema has this file name. */
    UNKNOWN_EVENT_SCHEMA(HttpStatus.NOT_FOUND, "Unknown event schema");

    private final HttpStatus status;
    private final String title;

    CatalogueProblem(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    /** @return the HTTP status this problem answers with */
    public HttpStatus status() {
        return status;
    }

    /** @return the problem type's short, fixed summary */
    public String title() {
        return title;
    }
}
