package accord.http.tokens;

import accord.http.problems.Refused;

/** A token request that cannot be done, answered as problem details with its {@link TokenProblem} code. */
public class TokenRefused extends Refused {

    TokenRefused(TokenProblem problem, String detail) {
        super(problem, detail);
    }

    static TokenRefused notFound(String id) {
        String shown = id.length() > 60 ? id.substring(0, 60) + "…" : id;
        return new TokenRefused(TokenProblem.TOKEN_NOT_FOUND,
                "No API token has the id '" + shown + "'; GET /admin/tokens lists them.");
    }
}
