package accord.http.demo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import accord.http.agreements.EventStreams;
import accord.http.agreements.Recorder;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.SignMoU;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class DemoLoaderTest {

    private final Recorder recorder = mock(Recorder.class);
    private final EventStreams streams = mock(EventStreams.class);
    private final DemoLoader loader = new DemoLoader(recorder, streams);

    @Test
    void recordsEverySeedStepThroughTheCommandPathAsTheDemoUser() {
        loader.run(new DefaultApplicationArguments());

        int steps = SeedAgreements.all().stream().mapToInt(seed -> seed.steps().size()).sum();
        verify(recorder, times(steps)).record(any(), eq("accord-demo"), anyString());
        verify(recorder).record(argThat(command -> command instanceof SignMoU signing
                && signing.agreementId().equals("kr-blackrock-ai-datacentre-mou")), eq("accord-demo"), anyString());
    }

    @Test
    void leavesAnAgreementThatAlreadyHasEventsAlone() {
        when(streams.exists("kr-blackrock-ai-datacentre-mou")).thenReturn(true);

        loader.run(new DefaultApplicationArguments());

        verify(recorder, never()).record(argThat((AgreementCommand command) ->
                command.agreementId().equals("kr-blackrock-ai-datacentre-mou")), anyString(), anyString());
        verify(recorder, times(SeedAgreements.koreaUsTechnologyProsperityDeal().steps().size())).record(
                argThat((AgreementCommand command) -> command.agreementId().equals("kr-us-technology-prosperity-deal")),
                eq("accord-demo"), anyString());
    }
}
