package accord.http.agreements;

import static accord.http.agreements.Clerks.asClerk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import accord.http.demo.SeedAgreements;
import accord.messages.commands.ProposeAgreement;
import accord.messages.commands.SignMoU;
import accord.messages.recording.Recorded;
import accord.messages.recording.RecordingMetadata;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@AgreementsApiSlice
class AgreementCommandsControllerTest {

    private static final String MOU = SeedAgreements.KOREA_BLACKROCK_MOU;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStreams streams;

    @Test
    void signingANewMoUCreatesItAndAnswersTheReceiptWithLocationAndETag() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenReturn(new Recorded(MOU, 0));
        when(streams.exists(MOU)).thenReturn(false);
        when(streams.position(MOU, 0)).thenReturn(41L);

        signMoU(MOU).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/agreements/" + MOU))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(content().json("{\"agreementId\":\"" + MOU + "\",\"version\":0,\"position\":41}", true));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        ArgumentCaptor<MetaData> metaData = ArgumentCaptor.forClass(MetaData.class);
        verify(commands).sendAndWait(sent.capture(), metaData.capture());
        SignMoU command = (SignMoU) sent.getValue();
        assertThat(command.agreementId()).isEqualTo(MOU);
        assertThat(command.signatories()).extracting("name").containsExactly("Lee Jae Myung", "Larry Fink");
        assertThat(command.termYears()).isEqualTo(10);
        assertThat(metaData.getValue()).containsEntry(RecordingMetadata.RECORDED_BY, "clerk")
                .containsEntry(RecordingMetadata.CORRELATION_ID, "request-7");
    }

    @Test
    void signingAnExistingMoUAnswersOkWithoutLocation() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenReturn(new Recorded(MOU, 3));
        when(streams.exists(MOU)).thenReturn(true);
        when(streams.position(MOU, 3)).thenReturn(99L);

        signMoU(MOU).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.position").value(99));
    }

    @Test
    void proposingWithoutAnIdGeneratesOneFromTheTitle() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class)))
                .thenAnswer(call -> new Recorded(((ProposeAgreement) call.getArgument(0)).agreementId(), 0));
        String body = json.writeValueAsString(SeedAgreements.koreaUsTechnologyProsperityDeal().steps().get(0))
                .replace("\"id\":\"kr-us-technology-prosperity-deal\",", "");

        mvc.perform(post("/agreements").with(asClerk()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesRegex(
                        "/agreements/technology-prosperity-deal-[a-z0-9]{6}")))
                .andExpect(jsonPath("$.agreementId").value(org.hamcrest.Matchers.startsWith("technology-prosperity-deal-")));
    }

    @Test
    void everyAnswerEchoesTheCorrelationIdOrAFreshOne() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenReturn(new Recorded(MOU, 0));
        signMoU(MOU).andExpect(header().string("X-Correlation-Id", "request-7"));

        mvc.perform(post("/agreements/" + MOU + "/sign-mou").with(asClerk())
                        .contentType(MediaType.APPLICATION_JSON).content("{"))
                .andExpect(header().string("X-Correlation-Id", org.hamcrest.Matchers.matchesRegex("[0-9a-f-]{36}")));
    }

    @Test
    void signingTwiceIsAConflict() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class)))
                .thenThrow(new AgreementRefused(ErrorCode.ALREADY_SIGNED, "The MoU is already signed."));

        signMoU(MOU).andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/already-signed"))
                .andExpect(jsonPath("$.title").value("Already signed"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.code").value("ALREADY_SIGNED"))
                .andExpect(jsonPath("$.detail").value("The MoU is already signed."))
                .andExpect(jsonPath("$.instance").value("/agreements/" + MOU + "/sign-mou"));
    }

    @Test
    void aSignatoryForNoPartyIsUnprocessableEvenWhenAxonWrapsTheRefusal() throws Exception {
        AgreementRefused refusal = new AgreementRefused(ErrorCode.SIGNATORY_NOT_A_PARTY, "JP is not a party.");
        when(commands.sendAndWait(any(), any(MetaData.class)))
                .thenThrow(new CommandExecutionException("failed", refusal));

        signMoU(MOU).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("SIGNATORY_NOT_A_PARTY"));
    }

    @Test
    void anUnknownAgreementIsNotFound() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class)))
                .thenThrow(new AgreementRefused(ErrorCode.UNKNOWN_AGREEMENT, "No such agreement."));

        signMoU("no-such-agreement").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("UNKNOWN_AGREEMENT"));
    }

    @Test
    void aConcurrentChangeIsAConflictWithItsOwnCode() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenThrow(new ConcurrencyException("seq 4 taken"));

        signMoU(MOU).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_MODIFICATION"));
    }

    @Test
    void proposingAnIdThatIsTakenIsAConflict() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class)))
                .thenThrow(new AggregateStreamCreationException("seq 0 taken"));
        String body = json.writeValueAsString(SeedAgreements.koreaUsTechnologyProsperityDeal().steps().get(0));

        mvc.perform(post("/agreements").with(asClerk()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AGREEMENT_ALREADY_EXISTS"));
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorThatDisclosesNothing() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class)))
                .thenThrow(new IllegalStateException("password=hunter2 at db.internal"));

        signMoU(MOU).andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("hunter2"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
    }

    @Test
    void aPathIdThatIsNoSlugIsRefusedBeforeAnyCommandIsSent() throws Exception {
        signMoU("Not_A_Slug").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_AGREEMENT_ID"))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void everyCommandOfTheSeedsReachesTheGatewayOverItsPath() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenReturn(new Recorded("any", 1));
        for (var seed : java.util.stream.Stream.concat(SeedAgreements.all().stream(),
                SeedAgreements.illustrations().stream()).toList()) {
            for (AgreementRequest step : seed.steps()) {
                mvc.perform(post(AgreementAction.of(step).path(seed.agreementId())).with(asClerk())
                                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(step)))
                        .andExpect(status().is2xxSuccessful());
                verify(commands).sendAndWait(eq(step.toCommand(seed.agreementId())), any(MetaData.class));
            }
        }
    }

    private ResultActions signMoU(String id) throws Exception {
        String body = json.writeValueAsString(SeedAgreements.koreaBlackRockMoU().steps().get(0));
        return mvc.perform(post("/agreements/" + id + "/sign-mou").with(asClerk())
                .header("X-Correlation-Id", "request-7")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
