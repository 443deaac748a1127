package accord.http.agreements;

import static accord.http.agreements.Clerks.asClerk;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import accord.messages.queries.AgreementState;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AgreementsApiSlice
class AgreementStateControllerTest {

    private static final String MOU = "kr-blackrock-ai-datacentre-mou";

    @Autowired
    MockMvc mvc;
    @Autowired
    QueryGateway queries;

    @Test
    void answersTheStateWithItsVersionAsETag() throws Exception {
        readSideAnswers(Optional.of(AgreementStates.koreaBlackRockMoUAt(4)));

        mvc.perform(get("/agreements/" + MOU).with(asClerk()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.signatories[1].name").value("Larry Fink"))
                .andExpect(jsonPath("$.termYears").value(10));
    }

    @Test
    void answersNotModifiedWhenTheClientHasTheCurrentVersion() throws Exception {
        readSideAnswers(Optional.of(AgreementStates.koreaBlackRockMoUAt(4)));

        mvc.perform(get("/agreements/" + MOU).with(asClerk()).header("If-None-Match", "\"4\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void anUnknownAgreementIsNotFound() throws Exception {
        readSideAnswers(Optional.empty());

        mvc.perform(get("/agreements/no-such-agreement").with(asClerk()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("UNKNOWN_AGREEMENT"))
                .andExpect(jsonPath("$.type").value("/problems/unknown-agreement"));
    }

    @Test
    void waitsUntilTheReadSideReachesMinVersion() throws Exception {
        when(queries.query(any(), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.of(AgreementStates.koreaBlackRockMoUAt(1))))
                .thenReturn(CompletableFuture.completedFuture(Optional.of(AgreementStates.koreaBlackRockMoUAt(1))))
                .thenReturn(CompletableFuture.completedFuture(Optional.of(AgreementStates.koreaBlackRockMoUAt(4))));

        mvc.perform(get("/agreements/" + MOU).param("minVersion", "4").with(asClerk()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""));
    }

    @Test
    void answersTheLatestStateWhenTheReadSideStaysBehind() throws Exception {
        readSideAnswers(Optional.of(AgreementStates.koreaBlackRockMoUAt(1)));

        mvc.perform(get("/agreements/" + MOU).param("minVersion", "9").with(asClerk()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
    }

    @Test
    void refusesAnIdThatIsNoSlug() throws Exception {
        mvc.perform(get("/agreements/UPPER").with(asClerk()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_AGREEMENT_ID"));
    }

    @Test
    void refusesAMinVersionThatIsNoWholeNumberOrNegativeOrTooLarge() throws Exception {
        for (String minVersion : new String[] {"abc", "-1", "99999999999999999999999", "1.5"}) {
            mvc.perform(get("/agreements/" + MOU).param("minVersion", minVersion).with(asClerk()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("minVersion"));
        }
    }

    @SuppressWarnings("unchecked")
    private void readSideAnswers(Optional<AgreementState> state) {
        when(queries.query(any(), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(state));
    }
}
