package accord.http.agreements;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests as an authenticated clerk. */
public final class Clerks {

    private Clerks() {
    }

    /** @return a post-processor that authenticates the request as the clerk "clerk" */
    public static RequestPostProcessor asClerk() {
        return request -> csrf().postProcessRequest(user("clerk").roles("CLERK").postProcessRequest(request));
    }
}
