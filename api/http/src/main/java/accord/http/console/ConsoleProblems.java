package accord.http.console;

import accord.http.problems.Refused;
import accord.messages.refusals.AgreementRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals on console routes, for a browser: a page with the problem's status, code, detail and
 * wrong fields (an unknown agreement is a friendly 404 page, a wrong version a 400 naming it). Only
 * for clients that accept HTML ({@code produces}): one that asks for {@code application/problem+json}
 * gets the API's own problem details from {@code ProblemAdvice}, so the answer is RFC 9457 either way.
 */
@ControllerAdvice(basePackageClasses = ConsoleProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleProblems {

    @ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView refused(AgreementRefused refusal) {
        return page(ShownProblem.of(refusal));
    }

    @ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView refused(Refused refusal) {
        return page(ShownProblem.of(refusal));
    }

    private static ModelAndView page(ShownProblem problem) {
        ModelAndView page = new ModelAndView("console/problem");
        page.addObject("problem", problem);
        page.setStatus(HttpStatus.valueOf(problem.status()));
        return page;
    }
}
