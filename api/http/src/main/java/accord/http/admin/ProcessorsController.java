package accord.http.admin;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The event processors of the read side, their rebuilds and their dead letters (ADMIN only). */
@RestController
@RequestMapping("/admin/processors")
@Tag(name = "Operating", description = "The read side's event processors: lag, replays, rebuilds and dead letters. "
        + "ADMIN only.")
public class ProcessorsController {

    private final EventProcessors processors;
    private final DeadLetters deadLetters;

    ProcessorsController(EventProcessors processors, DeadLetters deadLetters) {
        this.processors = processors;
        this.deadLetters = deadLetters;
    }

    @Operation(operationId = "listProcessors", summary = "List the event processors",
            description = "Each processor with its position, the head of the event stream, its lag in events, "
                    + "whether it replays (and how far it has come) and its dead letters.")
    @GetMapping
    public List<ProcessorStatus> listProcessors() {
        return processors.all();
    }

    @Operation(operationId = "findProcessor", summary = "Find an event processor",
            description = "One processor's status; while it is rebuilt, replay shows its progress.")
    @GetMapping("/{name}")
    public ProcessorStatus findProcessor(@PathVariable String name) {
        return processors.one(name);
    }

    @Operation(operationId = "rebuildProcessor", summary = "Rebuild an event processor's read model",
            description = "Stops the processor, clears what it built, and replays every event into it. Answers 202 "
                    + "at once; Location names the processor, whose status shows the replay's progress.")
    @ApiResponse(responseCode = "202", description = "The rebuild has started; Location names the processor",
            headers = @Header(name = "Location", description = "/admin/processors/{name}", schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProcessorStatus.class)))
    @PostMapping("/{name}/rebuild")
    public ResponseEntity<ProcessorStatus> rebuildProcessor(@PathVariable String name) {
        ProcessorStatus status = processors.rebuild(name);
        return ResponseEntity.accepted().location(URI.create("/admin/processors/" + name)).body(status);
    }

    @Operation(operationId = "listDeadLetters", summary = "List a processor's dead letters",
            description = "Every sequence held back, with the event that failed and the later events waiting "
                    + "behind it.")
    @GetMapping("/{name}/dead-letters")
    public List<DeadLetterSequence> listDeadLetters(@PathVariable String name) {
        return deadLetters.list(name);
    }

    @Operation(operationId = "retryDeadLetters", summary = "Retry a processor's dead letters",
            description = "Hands every sequence (or the one named by sequenceId) back to the processor's handlers. "
                    + "Sequences that succeed leave the queue; those that fail again stay, with the new cause.")
    @PostMapping("/{name}/dead-letters/retry")
    public RetryOutcome retryDeadLetters(@PathVariable String name,
                                         @RequestBody(required = false) RetryRequest request) {
        return deadLetters.retry(name, request == null ? null : request.sequenceId());
    }

    @Operation(operationId = "evictDeadLetters", summary = "Evict a dead-lettered sequence",
            description = "Drops the sequence's letters for good: the processor never handles those events.")
    @ApiResponse(responseCode = "204", description = "Evicted")
    @DeleteMapping("/{name}/dead-letters/{sequenceId}")
    public ResponseEntity<Void> evictDeadLetters(@PathVariable String name, @PathVariable String sequenceId) {
        deadLetters.evict(name, sequenceId);
        return ResponseEntity.noContent().build();
    }
}
