package accord.http.agreements;

import static accord.http.agreements.Clerks.asClerk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import accord.http.demo.SeedAgreements;
import accord.messages.recording.CommandMetadata;
import accord.messages.recording.Recorded;
import accord.messages.refusals.VersionMismatch;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@AgreementsApiSlice
class SendingCommandsWithIfMatchTest {

    private static final String MOU = SeedAgreements.KOREA_BLACKROCK_MOU;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    CommandGateway commands;

    @Test
    void theVersionInIfMatchTravelsWithTheCommand() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenReturn(new Recorded(MOU, 4));

        recordMilestone("\"3\"").andExpect(status().isOk()).andExpect(header().string("ETag", "\"4\""));

        ArgumentCaptor<MetaData> metaData = ArgumentCaptor.forClass(MetaData.class);
        verify(commands).sendAndWait(any(), metaData.capture());
        assertThat(metaData.getValue()).containsEntry(CommandMetadata.EXPECTED_VERSION, "3");
    }

    @Test
    void withoutIfMatchTheCommandCarriesNoCondition() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenReturn(new Recorded(MOU, 4));

        recordMilestone(null).andExpect(status().isOk());

        ArgumentCaptor<MetaData> metaData = ArgumentCaptor.forClass(MetaData.class);
        verify(commands).sendAndWait(any(), metaData.capture());
        assertThat(metaData.getValue()).doesNotContainKey(CommandMetadata.EXPECTED_VERSION);
    }

    @Test
    void aStaleVersionIsAPreconditionFailureWithTheCurrentVersion() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenThrow(new CommandExecutionException("failed",
                new VersionMismatch(5L, "The agreement is at version 5, not 3 as the command expected.")));

        recordMilestone("\"3\"").andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"5\""))
                .andExpect(jsonPath("$.code").value("VERSION_MISMATCH"))
                .andExpect(jsonPath("$.type").value("/problems/version-mismatch"))
                .andExpect(jsonPath("$.currentVersion").value(5));
    }

    @Test
    void aMissingAgreementUnderIfMatchIsAPreconditionFailureWithoutVersion() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class)))
                .thenThrow(new VersionMismatch(null, "The agreement does not exist, but the command expected it to."));

        recordMilestone("*").andExpect(status().isPreconditionFailed())
                .andExpect(header().doesNotExist("ETag"))
                .andExpect(jsonPath("$.code").value("VERSION_MISMATCH"))
                .andExpect(jsonPath("$.currentVersion").doesNotExist());
    }

    @Test
    void aWeakETagIsRefusedBeforeAnyCommandIsSent() throws Exception {
        recordMilestone("W/\"3\"").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_IF_MATCH"))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    private ResultActions recordMilestone(String ifMatch) throws Exception {
        var request = post("/agreements/" + MOU + "/record-milestone").with(asClerk())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\":\"Review\",\"description\":\"Review held\","
                        + "\"occurredOn\":{\"date\":\"2025-10\",\"precision\":\"MONTH\"},"
                        + "\"sources\":[{\"publisher\":\"Bloomberg\",\"title\":\"Review\",\"url\":\"https://seeds.accord.example/001\","
                        + "\"publishedOn\":\"2025-10\",\"language\":\"en\"}]}");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }
}
