package accord.http.webhooks;

import accord.http.agreements.QueryParameters;
import accord.http.platform.security.Role;
import accord.http.problems.FieldProblem;
import accord.http.problems.InvalidRequest;
import accord.http.problems.RequestProblem;
import accord.messages.feed.EventType;
import accord.query.feed.AgreementFeed;
import accord.query.feed.FeedFilter;
import accord.query.webhooks.DeliveryAttempt;
import accord.query.webhooks.Subscriptions;
import accord.query.webhooks.TargetPolicy;
import accord.query.webhooks.WebhookDispatcher;
import accord.query.webhooks.WebhookSecret;
import accord.query.webhooks.WebhookSubscription;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions (docs/webhooks.md), for INTEGRATOR and ADMIN. An integrator sees and changes
 * only the subscriptions they created; ADMIN sees and changes everyone's. Another user's subscription
 * answers 404, as one that does not exist.
 */
@RestController
@RequestMapping("/subscriptions")
@Tag(name = "Webhooks", description = "Subscriptions that POST every matching event to an integrator's URL as a "
        + "CloudEvent signed as Standard Webhooks says, in ledger-position order, at least once. INTEGRATOR and ADMIN.")
public class SubscriptionsController {

    static final int MAX_DELIVERIES = 500;
    private static final int DEFAULT_DELIVERIES = 50;
    private static final int LONGEST_ID_ECHOED = 60;

    private final Subscriptions subscriptions;
    private final AgreementFeed feed;
    private final TargetPolicy targets;
    private final WebhookDispatcher dispatcher;
    private final WebhookSettings settings;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    SubscriptionsController(Subscriptions subscriptions, AgreementFeed feed, TargetPolicy targets,
                            WebhookDispatcher dispatcher, WebhookSettings settings) {
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.targets = targets;
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    @Operation(operationId = "createSubscription", summary = "Subscribe a URL to the events",
            description = "Every event that passes the filters (agreementIds, types; absent or empty: all) and is "
                    + "recorded after the position `after` (by default the ledger's last position, so only new "
                    + "events; -1 for the whole history) is POSTed to url as one structured CloudEvent "
                    + "(application/cloudevents+json), with the Standard Webhooks headers webhook-id (the event's "
                    + "id, the same on every attempt), webhook-timestamp and webhook-signature. The answer carries "
                    + "the signing secret, once: store it now. The url must be http or https without user "
                    + "information, on a public address (TARGET_NOT_ALLOWED otherwise).")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<SubscriptionStatus> createSubscription(@Valid @RequestBody SubscriptionBody body,
                                                                 @Parameter(hidden = true) Authentication caller) {
        TargetPolicy.formProblem(body.url()).ifPresent(problem -> {
            throw QueryParameters.invalid("url", "INVALID_URL", problem);
        });
        FeedFilter filter = new FeedFilter(body.agreementIds() == null ? Set.of() : Set.copyOf(body.agreementIds()),
                types(body.types()));
        long after = body.after() == null ? feed.head() - 1 : position("after", body.after());
        if (subscriptions.countOwnedBy(caller.getName()) >= settings.maxSubscriptionsPerOwner()) {
            throw new SubscriptionRefused(SubscriptionProblem.SUBSCRIPTION_LIMIT_REACHED, "You have "
                    + settings.maxSubscriptionsPerOwner() + " webhook subscriptions, as many as one user may have; "
                    + "delete one you no longer need first.", List.of());
        }
        checkTarget(body.url());
        WebhookSecret secret = WebhookSecret.generate(random);
        WebhookSubscription created = subscriptions.create(UUID.randomUUID().toString(), caller.getName(), body.url(),
                filter, secret, after, clock.instant());
        dispatcher.wakeUp();
        return ResponseEntity.created(URI.create("/subscriptions/" + created.id()))
                .body(SubscriptionStatus.of(created, secret));
    }

    @Operation(operationId = "listSubscriptions", summary = "List webhook subscriptions",
            description = "The caller's subscriptions (everyone's for ADMIN), oldest first, without secrets.")
    @GetMapping
    public SubscriptionListing listSubscriptions(@Parameter(hidden = true) Authentication caller) {
        return new SubscriptionListing(subscriptions.list(isAdmin(caller) ? null : caller.getName()).stream()
                .map(SubscriptionStatus::of).toList());
    }

    @Operation(operationId = "findSubscription", summary = "Find a webhook subscription",
            description = "Its filters, state (and why it is paused), cursor (the position delivered last), "
                    + "consecutive failures, last error and next attempt. Never its secret.")
    @GetMapping("/{id}")
    public SubscriptionStatus findSubscription(@PathVariable String id, @Parameter(hidden = true) Authentication caller) {
        return SubscriptionStatus.of(visible(id, caller));
    }

    @Operation(operationId = "deleteSubscription", summary = "Delete a webhook subscription",
            description = "Stops its deliveries (a request already under way may still arrive) and deletes its "
                    + "delivery log.")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public ResponseEntity<Void> deleteSubscription(@PathVariable String id,
                                                   @Parameter(hidden = true) Authentication caller) {
        visible(id, caller);
        subscriptions.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "listSubscriptionDeliveries", summary = "A subscription's delivery log",
            description = "Every delivery attempt, newest first: the event's position and id, the attempt's "
                    + "number for that event, when, the HTTP status or the error, how long it took. The newest "
                    + "accord.webhooks.delivery-log-size attempts are kept.")
    @GetMapping("/{id}/deliveries")
    public DeliveryLog listSubscriptionDeliveries(
            @PathVariable String id,
            @Parameter(description = "only attempts older than this one (the next of the page before)")
            @RequestParam(required = false) Long before,
            @Parameter(description = "at most this many, 1 to 500; 50 when absent")
            @RequestParam(required = false) Integer limit,
            @Parameter(hidden = true) Authentication caller) {
        visible(id, caller);
        if (limit != null && (limit < 1 || limit > MAX_DELIVERIES)) {
            throw QueryParameters.invalid("limit", "OUT_OF_RANGE", "must be between 1 and " + MAX_DELIVERIES);
        }
        int size = limit == null ? DEFAULT_DELIVERIES : limit;
        List<DeliveryAttempt> page = subscriptions.deliveries(id, before, size + 1);
        Long next = page.size() > size ? page.get(size - 1).id() : null;
        return new DeliveryLog(page.subList(0, Math.min(size, page.size())), next);
    }

    @Operation(operationId = "replaySubscription", summary = "Deliver again from a position",
            description = "Moves the cursor to `after` (back to deliver events again, forward to skip them) and "
                    + "delivers from there at once; a paused subscription is resumed, failures are forgotten. A "
                    + "delivery already under way may still arrive.")
    @PostMapping("/{id}/replay")
    public SubscriptionStatus replaySubscription(@PathVariable String id, @Valid @RequestBody ReplayBody body,
                                                 @Parameter(hidden = true) Authentication caller) {
        visible(id, caller);
        long after = position("after", body.after());
        WebhookSubscription replayed = subscriptions.replay(id, after, clock.instant())
                .orElseThrow(() -> notFound(id));
        dispatcher.wakeUp();
        return SubscriptionStatus.of(replayed);
    }

    @Operation(operationId = "resumeSubscription", summary = "Resume a webhook subscription",
            description = "A paused subscription delivers again from its cursor; an active one waiting for its "
                    + "next attempt tries now. Failures are forgotten.")
    @PostMapping("/{id}/resume")
    public SubscriptionStatus resumeSubscription(@PathVariable String id,
                                                 @Parameter(hidden = true) Authentication caller) {
        visible(id, caller);
        WebhookSubscription resumed = subscriptions.resume(id, clock.instant()).orElseThrow(() -> notFound(id));
        dispatcher.wakeUp();
        return SubscriptionStatus.of(resumed);
    }

    @Operation(operationId = "pauseSubscription", summary = "Pause a webhook subscription",
            description = "Nothing is delivered until it is resumed; its cursor stays, so nothing is missed.")
    @PostMapping("/{id}/pause")
    public SubscriptionStatus pauseSubscription(@PathVariable String id,
                                                @Parameter(hidden = true) Authentication caller) {
        visible(id, caller);
        return SubscriptionStatus.of(subscriptions.pause(id, "Paused by " + caller.getName() + ".", clock.instant())
                .orElseThrow(() -> notFound(id)));
    }

    @Operation(operationId = "rotateSubscriptionSecret", summary = "Rotate a subscription's signing secret",
            description = "Answers a new secret, once. For accord.webhooks.secret-overlap (24 hours by default) "
                    + "deliveries carry two signatures in webhook-signature, by the new secret and the old, so a "
                    + "receiver can switch secrets without rejecting a delivery.")
    @PostMapping("/{id}/secret")
    public SubscriptionStatus rotateSubscriptionSecret(@PathVariable String id,
                                                       @Parameter(hidden = true) Authentication caller) {
        visible(id, caller);
        WebhookSecret secret = WebhookSecret.generate(random);
        Instant now = clock.instant();
        if (!subscriptions.rotateSecret(id, secret, now.plus(settings.secretOverlap()))) {
            throw notFound(id);
        }
        return SubscriptionStatus.of(subscriptions.find(id).orElseThrow(() -> notFound(id)), secret);
    }

    private WebhookSubscription visible(String id, Authentication caller) {
        return subscriptions.find(id)
                .filter(subscription -> isAdmin(caller) || subscription.owner().equals(caller.getName()))
                .orElseThrow(() -> notFound(id));
    }

    private static SubscriptionRefused notFound(String id) {
        return SubscriptionRefused.notFound(id.length() > LONGEST_ID_ECHOED ? id.substring(0, LONGEST_ID_ECHOED) + "…" : id);
    }

    private static boolean isAdmin(Authentication caller) {
        String admin = "ROLE_" + Role.ADMIN.name();
        return caller.getAuthorities().stream().anyMatch(authority -> admin.equals(authority.getAuthority()));
    }

    private void checkTarget(String url) {
        Optional<String> refusal = targets.refusal(url);
        if (refusal.isPresent()) {
            throw new SubscriptionRefused(SubscriptionProblem.TARGET_NOT_ALLOWED,
                    "Deliveries cannot go to " + url + ": " + refusal.get() + ".",
                    List.of(new FieldProblem("url", SubscriptionProblem.TARGET_NOT_ALLOWED.name(), refusal.get())));
        }
    }

    /** @return the position, when it is -1 or a position the ledger has */
    private long position(String field, long after) {
        long last = feed.head() - 1;
        if (after > last) {
            throw QueryParameters.invalid(field, "OUT_OF_RANGE",
                    "must be -1 or a position the ledger has; its last is " + last);
        }
        return after;
    }

    private static Set<EventType> types(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        Set<EventType> types = new LinkedHashSet<>();
        List<FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Optional<EventType> type = EventType.parse(names.get(i).trim());
            if (type.isPresent()) {
                types.add(type.get());
            } else {
                unknown.add(new FieldProblem("types[" + i + "]", "UNKNOWN_EVENT_TYPE",
                        "is not an event type Accord records; name one as example.accord.agreement.MoUSigned.v1 "
                                + "or MoUSigned"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidRequest(RequestProblem.VALIDATION_FAILED, unknown.size() == 1
                    ? "The request has 1 invalid field; see errors."
                    : "The request has " + unknown.size() + " invalid fields; see errors.", unknown);
        }
        return types;
    }
}
