package accord.http.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CorrelationIdFilterTest {

    private final CorrelationIdFilter filter = new CorrelationIdFilter();

    @Test
    void echoesAPlausibleIdAndLogsUnderItWhileTheRequestIsHandled() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/agreements");
        request.addHeader(CorrelationIdFilter.HEADER, "clerk-42.retry:1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> logged = new AtomicReference<>();

        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() { },
                (servletRequest, servletResponse, chain) -> logged.set(MDC.get(CorrelationIdFilter.LOG_KEY))));

        assertThat(response.getHeader(CorrelationIdFilter.HEADER)).isEqualTo("clerk-42.retry:1");
        assertThat(logged.get()).isEqualTo("clerk-42.retry:1");
        assertThat(MDC.get(CorrelationIdFilter.LOG_KEY)).as("cleared after the request").isNull();
    }

    @Test
    void generatesAnIdWhenTheRequestHasNoneOrAnImplausibleOne() throws Exception {
        for (String sent : new String[] {null, "", "has spaces", "x".repeat(129), "new\nline"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/agreements");
            if (sent != null) {
                request.addHeader(CorrelationIdFilter.HEADER, sent);
            }
            MockHttpServletResponse response = new MockHttpServletResponse();
            AtomicReference<String> logged = new AtomicReference<>();

            filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() { },
                    (servletRequest, servletResponse, chain) -> logged.set(MDC.get(CorrelationIdFilter.LOG_KEY))));

            String answered = response.getHeader(CorrelationIdFilter.HEADER);
            assertThat(answered).as("for %s", sent).matches("[0-9a-f-]{36}");
            assertThat(logged.get()).isEqualTo(answered);
        }
    }
}
