package accord.http.problems;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error answers as problem details instead of an HTML page: requests Tomcat refuses
 * before any servlet sees them (an undecodable path, an encoded slash, headers above the size
 * limit, broken framing). Only the status is known there, so the problem says no more than that.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        RequestProblem problem = switch (status) {
            case 404 -> RequestProblem.NOT_FOUND;
            case 405 -> RequestProblem.METHOD_NOT_ALLOWED;
            case 413 -> RequestProblem.PAYLOAD_TOO_LARGE;
            case 415 -> RequestProblem.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> RequestProblem.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? RequestProblem.INTERNAL_ERROR : RequestProblem.MALFORMED_REQUEST;
        };
        String detail = status >= 500
                ? "Something went wrong inside the service; try again."
                : "The request could not be read: check its path, its headers (at most 8 KB in all) and its framing.";
        String json = "{\"type\":\"" + problem.type() + "\",\"title\":\"" + problem.title() + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + problem.name() + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the answer was started elsewhere: nothing more can be sent.
        }
    }
}
