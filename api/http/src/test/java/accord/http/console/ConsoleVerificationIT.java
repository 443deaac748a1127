package accord.http.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import accord.http.agreements.AgreementAction;
import accord.http.agreements.AgreementRequest;
import accord.http.agreements.AnnounceCapacityBody;
import accord.http.agreements.AnnounceSiteBody;
import accord.http.agreements.CorrectRecordBody;
import accord.http.agreements.PartyBody;
import accord.http.agreements.PersonBody;
import accord.http.agreements.RecordCommitmentBody;
import accord.http.agreements.RecordStatementBody;
import accord.http.agreements.SignMoUBody;
import accord.http.agreements.SignatoryBody;
import accord.http.agreements.SourceBody;
import accord.http.agreements.TerminateAgreementBody;
import accord.http.catalogue.AgreementsOfEveryEventType;
import accord.http.demo.SeedAgreements;
import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.Chromium;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import accord.messages.agreement.Ending;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.PartyKind;
import accord.messages.agreement.PartyRole;
import accord.messages.ledger.AuditBundle;
import accord.messages.ledger.CanonicalJson;
import accord.messages.ledger.LeafRecord;
import accord.messages.ledger.MerkleHashes;
import accord.messages.ledger.NoteKey;
import accord.messages.ledger.verifier.BundleVerifier;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.HttpCredentials;
import com.microsoft.playwright.options.HttpCredentialsSend;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's verification module ({@code /console/verify.js}) in a real browser (Debian's
 * Chromium): it verifies real audit bundles with the browser's own Web Crypto, agrees with the Java
 * {@link BundleVerifier}, flags every kind of tampering with the reason a person needs, and fills the
 * console's verification section and the timeline's statuses, with a key that can be pinned.
 *
 * <p>The console pages are built elsewhere, so the module runs on a same-origin page of the service
 * ({@code /ledger/key}) whose body is replaced by the markup the console's contract gives.
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleVerificationIT {

    private static final OccurredOn OCTOBER = OccurredOn.month(2025, 10);
    private static final List<SourceBody> SOURCES = List.of(new SourceBody("Accord tests",
            "Ein Bericht über Verträge — 한국어 😀", "https://seeds.accord.example/verification-test.txt", "2025-10", "de"));
    private static final PartyBody KOREA = new PartyBody("KR", PartyKind.STATE, "Republic of Korea", PartyRole.PARTY);
    private static final PartyBody BLACKROCK = new PartyBody("BLACKROCK", PartyKind.ORGANISATION, "BlackRock", null);
    private static final Pattern VERIFIED_CLASS = Pattern.compile("(^|\\s)verified(\\s|$)");
    private static final Pattern NOT_VERIFIED_CLASS = Pattern.compile("(^|\\s)not-verified(\\s|$)");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    private ServiceClient service;
    private Chromium chromium;
    private String run;
    /** An agreement of many event types, with a correction, unicode text and numbers that stress RFC 8785. */
    private String stressed;
    /** Agreements of every event type, the three seed (demo) agreements among them. */
    private List<String> everyType;
    private String serviceKey;

    @BeforeAll
    void recordAgreementsAndStartTheBrowser() throws Exception {
        service = new ServiceClient(port, json);
        run = UUID.randomUUID().toString().substring(0, 8);
        stressed = "verification-stress-" + run;
        recordStressedAgreement(stressed);
        everyType = AgreementsOfEveryEventType.record(service, "v" + run);
        serviceKey = service.read("/ledger/key").path("verifierKey").asText();
        chromium = Chromium.launch();
    }

    @AfterAll
    void closeTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    // -------------------------------------------------------------------------------------------
    // verifyAuditBundle on real bundles, and agreement with the Java verifier
    // -------------------------------------------------------------------------------------------

    @Test
    void everyEventOfAnAgreementOfManyTypesWithUnicodeAndNumbersIsVerified() throws Exception {
        String bundle = bundle(stressed);
        StringBuilder leaves = new StringBuilder();
        json.readTree(bundle).path("events").forEach(e -> leaves.append(e.path("leaf").asText()));
        assertThat(leaves).contains("Übereinkommen", "😀", "[9007199254740991,123456789012.345,-0.5,0.000001,100000]",
                "{\"1\":\"one\",\"A\":\"line\\nbreak\",\"amount\":1.23456789e-7,",
                "\"\u00f6\":\"o umlaut\",\"\u20ac\":\"Euro\",\"\ud83d\ude00\":\"Grinning face\",\"\ufb33\":\"Dalet\"}");
        int events = json.readTree(bundle).path("events").size();
        assertThat(events).isGreaterThanOrEqualTo(7);

        inPage(page -> {
            JsonNode result = verify(page, bundle, serviceKey);

            assertThat(result.path("ok").asBoolean()).as(result.toPrettyString()).isTrue();
            assertThat(result.path("checkpoint").path("ok").asBoolean()).isTrue();
            assertThat(result.path("checkpoint").path("keySource").asText()).isEqualTo("pinned");
            assertThat(result.path("checkpoint").path("trustedKey").asText()).isEqualTo(serviceKey);
            assertThat(result.path("checkpoint").path("origin").asText()).isEqualTo(NoteKey.parse(serviceKey).name());
            assertThat(result.path("events")).hasSize(events);
            for (JsonNode event : result.path("events")) {
                assertThat(event.path("ok").asBoolean()).as(event.toString()).isTrue();
                assertThat(event.path("reason").isNull()).isTrue();
            }
            assertThat(result.path("verifiedCount").asInt()).isEqualTo(events);
        });
    }

    @Test
    void theBrowserAndTheJavaVerifierAgreeOnEveryBundleOfEveryEventTypeAndTheDemoAgreements() throws Exception {
        List<String> ids = new ArrayList<>(everyType);
        ids.add(stressed);
        assertThat(ids).anyMatch(id -> id.startsWith(SeedAgreements.KOREA_BLACKROCK_MOU + "-"));
        NoteKey key = NoteKey.parse(serviceKey);
        inPage(page -> {
            for (String id : ids) {
                String bundle = bundle(id);
                JsonNode result = verify(page, bundle, serviceKey);
                boolean java = BundleVerifier.verify(AuditBundle.parse(bundle), key).verified();

                assertThat(java).as("the Java verifier on %s", id).isTrue();
                assertThat(result.path("ok").asBoolean()).as("the browser on %s: %s", id, result).isTrue();
                List<String> eventIds = new ArrayList<>();
                for (JsonNode event : json.readTree(bundle).path("events")) {
                    eventIds.add(LeafRecord.parse(event.path("leaf").asText().getBytes(StandardCharsets.UTF_8)).eventId());
                }
                assertThat(result.path("events").findValuesAsText("eventId")).isEqualTo(eventIds);
            }
        });
    }

    @Test
    void aDemoAgreementsBundleVerifiesWithTheBundlesOwnKeyAndSaysTheKeyIsNotPinned() throws Exception {
        String bundle = bundle(SeedAgreements.KOREA_BLACKROCK_MOU + "-v" + run);
        inPage(page -> {
            JsonNode result = verify(page, bundle, null);

            assertThat(result.path("ok").asBoolean()).as(result.toString()).isTrue();
            assertThat(result.path("checkpoint").path("keySource").asText()).isEqualTo("bundle");
            assertThat(result.path("checkpoint").path("trustedKey").asText()).isEqualTo(serviceKey);
        });
    }

    // -------------------------------------------------------------------------------------------
    // Tampered bundles: each is flagged, with the reason, by the browser and by the Java verifier
    // -------------------------------------------------------------------------------------------

    @Test
    void aChangedPayloadByteInALeafIsFlagged() throws Exception {
        ObjectNode bundle = bundleJson(stressed);
        int index = indexOfEventContaining(bundle, "\"GW\"");
        ObjectNode event = (ObjectNode) bundle.path("events").get(index);
        String leaf = event.path("leaf").asText();
        String changed = leaf.replaceFirst("\"GW\"", "\"GX\"");
        assertThat(changed).isNotEqualTo(leaf);
        event.put("leaf", changed);

        expectOnlyEventFlagged(bundle, index, "does not lead to the checkpoint's root");
        expectOnlyEventFlagged(bundle, index, "the leafHash is not SHA-256(0x00 || leaf)");
    }

    @Test
    void aChangedLeafWithItsLeafHashRecomputedIsStillFlaggedByItsProof() throws Exception {
        ObjectNode bundle = bundleJson(stressed);
        int index = indexOfEventContaining(bundle, "Jeollanam-do");
        ObjectNode event = (ObjectNode) bundle.path("events").get(index);
        String changed = event.path("leaf").asText().replace("Data centre site", "Data centre sitf");
        event.put("leaf", changed);
        event.put("leafHash", Base64.getEncoder().encodeToString(
                MerkleHashes.leafHash(changed.getBytes(StandardCharsets.UTF_8))));

        String reason = expectOnlyEventFlagged(bundle, index, "the inclusion proof does not lead to the checkpoint's root");
        assertThat(reason).doesNotContain("leafHash");
    }

    @Test
    void aLeafThatIsNotCanonicalIsFlagged() throws Exception {
        ObjectNode bundle = bundleJson(stressed);
        ObjectNode event = (ObjectNode) bundle.path("events").get(0);
        String spaced = event.path("leaf").asText().replaceFirst("\\{", "{ ");
        event.put("leaf", spaced);
        event.put("leafHash", Base64.getEncoder().encodeToString(
                MerkleHashes.leafHash(spaced.getBytes(StandardCharsets.UTF_8))));

        expectOnlyEventFlagged(bundle, 0, "not in canonical RFC 8785 form");
    }

    @Test
    void aSwappedProofHashIsFlagged() throws Exception {
        ObjectNode bundle = bundleJson(stressed);
        ArrayNode path = (ArrayNode) bundle.path("events").get(3).path("auditPath");
        assertThat(path.size()).isGreaterThanOrEqualTo(2);
        JsonNode first = path.get(0);
        path.set(0, path.get(1));
        path.set(1, first);

        expectOnlyEventFlagged(bundle, 3, "the inclusion proof does not lead to the checkpoint's root");
    }

    @Test
    void aProofOfTheWrongLengthIsFlagged() throws Exception {
        ObjectNode bundle = bundleJson(stressed);
        ArrayNode shorter = (ArrayNode) bundle.path("events").get(4).path("auditPath");
        int length = shorter.size();
        shorter.remove(length - 1);
        ArrayNode longer = (ArrayNode) bundle.path("events").get(5).path("auditPath");
        longer.add(longer.get(0));

        JsonNode result = expectFlagged(bundle);
        assertThat(result.path("events").get(4).path("reason").asText())
                .contains("the inclusion proof has " + (length - 1) + " hashes, but a proof for position")
                .contains("has " + length);
        assertThat(result.path("events").get(5).path("reason").asText()).contains("the inclusion proof has "
                + longer.size() + " hashes");
        assertThat(result.path("events").get(0).path("ok").asBoolean()).isTrue();
    }

    @Test
    void aChangedRootHashInTheCheckpointIsFlagged() throws Exception {
        ObjectNode bundle = bundleJson(stressed);
        String note = bundle.path("checkpoint").asText();
        String[] lines = note.split("\n", -1);
        byte[] root = Base64.getDecoder().decode(lines[2]);
        root[0] ^= 1;
        lines[2] = Base64.getEncoder().encodeToString(root);
        bundle.put("checkpoint", String.join("\n", lines));

        JsonNode result = expectFlagged(bundle);
        assertThat(result.path("checkpoint").path("ok").asBoolean()).isFalse();
        assertThat(result.path("checkpoint").path("reason").asText())
                .startsWith("the checkpoint's signature does not verify with the pinned key");
        for (JsonNode event : result.path("events")) {
            assertThat(event.path("ok").asBoolean()).isFalse();
            assertThat(event.path("reason").asText()).contains("does not lead to the checkpoint's root");
        }
    }

    @Test
    void aChangedTreeSizeInTheCheckpointIsFlagged() throws Exception {
        ObjectNode bundle = bundleJson(stressed);
        String note = bundle.path("checkpoint").asText();
        String[] lines = note.split("\n", -1);
        lines[1] = String.valueOf(Long.parseLong(lines[1]) + 1);
        bundle.put("checkpoint", String.join("\n", lines));

        JsonNode result = expectFlagged(bundle);
        assertThat(result.path("checkpoint").path("treeSize").asLong()).isEqualTo(Long.parseLong(lines[1]));
        assertThat(result.path("checkpoint").path("reason").asText())
                .startsWith("the checkpoint's signature does not verify with the pinned key");
        assertThat(result.path("events").findValuesAsText("ok")).doesNotContain("true");
    }

    @Test
    void aBrokenSignatureIsFlaggedAndNoEventIsVerified() throws Exception {
        ObjectNode bundle = bundleJson(stressed);
        String note = bundle.path("checkpoint").asText();
        int split = note.lastIndexOf(' ');
        byte[] signature = Base64.getDecoder().decode(note.substring(split + 1).trim());
        signature[20] ^= 0x40;
        bundle.put("checkpoint", note.substring(0, split + 1) + Base64.getEncoder().encodeToString(signature) + "\n");

        JsonNode result = expectFlagged(bundle);
        assertThat(result.path("checkpoint").path("reason").asText())
                .startsWith("the checkpoint's signature does not verify with the pinned key");
        for (JsonNode event : result.path("events")) {
            assertThat(event.path("reason").asText())
                    .startsWith("it is in the tree the checkpoint claims, but the checkpoint is not verified");
        }
    }

    @Test
    void aPinnedKeyThatIsNotTheSignersIsFlaggedEvenThoughTheBundleNamesTheSigner() throws Exception {
        String bundle = bundle(stressed);
        String other = NoteKey.of(NoteKey.parse(serviceKey).name(),
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()).verifierKey();

        inPage(page -> {
            JsonNode result = verify(page, bundle, other);

            assertThat(result.path("ok").asBoolean()).isFalse();
            assertThat(result.path("checkpoint").path("trustedKey").asText()).isEqualTo(other);
            assertThat(result.path("checkpoint").path("keySource").asText()).isEqualTo("pinned");
            assertThat(result.path("checkpoint").path("reason").asText())
                    .startsWith("the checkpoint's signature does not verify with the pinned key");
            assertThat(result.path("verifiedCount").asInt()).isZero();
        });
        assertThat(BundleVerifier.verify(AuditBundle.parse(bundle), NoteKey.parse(other)).verified()).isFalse();
    }

    @Test
    void aLeafOfAnotherAgreementIsFlagged() throws Exception {
        ObjectNode bundle = bundleJson(stressed);
        String otherId = everyType.get(0);
        JsonNode foreign = bundleJson(otherId).path("events").get(0);
        ArrayNode events = (ArrayNode) bundle.path("events");
        int last = events.size() - 1;
        events.set(last, foreign);

        JsonNode result = expectFlagged(bundle);
        assertThat(result.path("events").get(last).path("reason").asText())
                .contains("the leaf belongs to agreement " + otherId + ", not to " + stressed);
        for (int i = 0; i < last; i++) {
            assertThat(result.path("events").get(i).path("ok").asBoolean()).isTrue();
        }
    }

    // -------------------------------------------------------------------------------------------
    // RFC 8785 and RFC 9162 known answers, in the browser
    // -------------------------------------------------------------------------------------------

    @Test
    void rfc8785KnownAnswersAreCanonicalizedInTheBrowserAsInJava() {
        // Inputs and canonical outputs hand-copied from RFC 8785: §3.2.2 / §3.2.4 (the "values" example)
        // and §3.2.3 (sorting of member names by UTF-16 code units).
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],"
                        + " \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\","
                        + " \"literals\": [null, true, false]}",
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
        cases.put("{\"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\", \"\\ufb33\": \"Hebrew Letter Dalet With"
                        + " Dagesh\", \"1\": \"One\", \"\\ud83d\\ude00\": \"Emoji: Grinning Face\", \"\\u0080\":"
                        + " \"Control\", \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"}",
                "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O"
                        + " With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\","
                        + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
        // IEEE 754 bit patterns and their canonical numbers, from RFC 8785 Appendix B.
        Map<String, String> numbers = new LinkedHashMap<>();
        numbers.put("0000000000000000", "0");
        numbers.put("8000000000000000", "0");
        numbers.put("0000000000000001", "5e-324");
        numbers.put("8000000000000001", "-5e-324");
        numbers.put("7fefffffffffffff", "1.7976931348623157e+308");
        numbers.put("ffefffffffffffff", "-1.7976931348623157e+308");
        numbers.put("4340000000000000", "9007199254740992");
        numbers.put("c340000000000000", "-9007199254740992");
        numbers.put("4430000000000000", "295147905179352830000");
        numbers.put("44b52d02c7e14af5", "9.999999999999997e+22");
        numbers.put("44b52d02c7e14af6", "1e+23");
        numbers.put("44b52d02c7e14af7", "1.0000000000000001e+23");
        numbers.put("444b1ae4d6e2ef4e", "999999999999999700000");
        numbers.put("444b1ae4d6e2ef4f", "999999999999999900000");
        numbers.put("444b1ae4d6e2ef50", "1e+21");
        numbers.put("3eb0c6f7a0b5ed8c", "9.999999999999997e-7");
        numbers.put("3eb0c6f7a0b5ed8d", "0.000001");
        numbers.put("41b3de4355555553", "333333333.3333332");
        numbers.put("41b3de4355555554", "333333333.33333325");
        numbers.put("41b3de4355555555", "333333333.3333333");
        numbers.put("41b3de4355555556", "333333333.3333334");
        numbers.put("41b3de4355555557", "333333333.33333343");
        numbers.put("becbf647612f3696", "-0.0000033333333333333333");
        numbers.put("43143ff3c1cb0959", "1424953923781206.2");
        inPage(page -> {
            for (Map.Entry<String, String> c : cases.entrySet()) {
                Object canonical = page.evaluate("async (input) => (await import('/console/verify.js'))"
                        + ".canonicalize(JSON.parse(input))", c.getKey());
                assertThat(canonical).as(c.getKey()).isEqualTo(c.getValue());
                assertThat(CanonicalJson.canonicalize(c.getKey())).isEqualTo(c.getValue());
            }
            for (Map.Entry<String, String> n : numbers.entrySet()) {
                Object canonical = page.evaluate("async (bits) => { const v = new DataView(new ArrayBuffer(8));"
                        + " v.setBigUint64(0, BigInt('0x' + bits));"
                        + " return (await import('/console/verify.js')).canonicalize(v.getFloat64(0)); }", n.getKey());
                assertThat(canonical).as(n.getKey()).isEqualTo(n.getValue());
                double value = Double.longBitsToDouble(Long.parseUnsignedLong(n.getKey(), 16));
                assertThat(CanonicalJson.write(value)).as("Java, %s", n.getKey()).isEqualTo(n.getValue());
            }
            Object loneSurrogate = page.evaluate("async () => { try { (await import('/console/verify.js'))"
                    + ".canonicalize('\\ud800'); return 'accepted'; } catch (e) { return e.message; } }");
            assertThat(loneSurrogate).asString().contains("lone surrogate");
        });
    }

    @Test
    void rfc9162InclusionAndConsistencyProofsVerifyInTheBrowserAndWrongOnesDoNot() throws Exception {
        JsonNode checkpoints = service.read("/ledger/checkpoints?limit=500").path("checkpoints");
        JsonNode last = checkpoints.get(checkpoints.size() - 1);
        JsonNode earlier = checkpoints.get(checkpoints.size() / 2);
        long from = earlier.path("treeSize").asLong();
        long to = last.path("treeSize").asLong();
        assertThat(from).isBetween(1L, to - 1);
        JsonNode consistency = service.read("/ledger/proofs/consistency?from=" + from + "&to=" + to);
        JsonNode inclusion = service.read("/ledger/proofs/inclusion?position=" + (to / 3) + "&treeSize=" + to);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("from", (int) from);
        args.put("to", (int) to);
        args.put("fromRoot", earlier.path("rootHash").asText());
        args.put("toRoot", last.path("rootHash").asText());
        args.put("proof", json.convertValue(consistency.path("proof"), List.class));
        args.put("position", (int) (to / 3));
        args.put("leafHash", inclusion.path("leafHash").asText());
        args.put("auditPath", json.convertValue(inclusion.path("auditPath"), List.class));
        inPage(page -> {
            Object verdicts = page.evaluate("async (a) => { const m = await import('/console/verify.js');"
                    + " const b = (h) => m.base64Decode(h, 'a hash'); const p = a.proof.map(b);"
                    + " const path = a.auditPath.map(b);"
                    + " const shorter = p.slice(0, -1);"
                    + " const swapped = p.length > 1 ? [p[1], p[0], ...p.slice(2)] : [b(a.toRoot)];"
                    + " return [await m.verifyConsistency(a.from, a.to, p, b(a.fromRoot), b(a.toRoot)),"
                    + "   await m.verifyConsistency(a.from, a.to, shorter, b(a.fromRoot), b(a.toRoot)),"
                    + "   await m.verifyConsistency(a.from, a.to, swapped, b(a.fromRoot), b(a.toRoot)),"
                    + "   await m.verifyConsistency(a.from, a.to, p, b(a.toRoot), b(a.toRoot)),"
                    + "   await m.verifyInclusion(a.position, a.to, b(a.leafHash), path, b(a.toRoot)),"
                    + "   await m.verifyInclusion(a.position, a.to, b(a.leafHash), path.slice(1), b(a.toRoot)),"
                    + "   await m.verifyInclusion(a.position, a.to, b(a.leafHash), [...path, path[0]], b(a.toRoot)),"
                    + "   await m.verifyInclusion(a.position + 1, a.to, b(a.leafHash), path, b(a.toRoot))]; }", args);
            assertThat((List<Object>) verdicts).containsExactly(true, false, false, false, true, false, false, false);
        });
    }

    // -------------------------------------------------------------------------------------------
    // The console section: renderVerification on the contract's markup
    // -------------------------------------------------------------------------------------------

    @Test
    void theSectionShowsEveryEventVerifiedTheKeyAndPinsIt() throws Exception {
        JsonNode bundle = bundleJson(stressed);
        List<String> eventIds = eventIds(bundle);
        inPage(page -> {
            consoleMarkup(page, stressed, bundle, "an-event-the-ledger-never-saw");
            startModule(page);
            Locator section = page.locator("#verification");

            for (String eventId : eventIds) {
                Locator status = status(page, eventId);
                assertThat(status).hasText("Verified");
                assertThat(status).hasClass(VERIFIED_CLASS);
            }
            assertThat(status(page, "an-event-the-ledger-never-saw")).hasText("Not verified: not in the audit bundle");
            assertThat(status(page, "an-event-the-ledger-never-saw")).hasClass(NOT_VERIFIED_CLASS);
            assertThat(section.locator(".verification-summary")).hasText(Pattern.compile(
                    "^" + eventIds.size() + " of " + eventIds.size() + " events verified against checkpoint of size \\d+$"));
            assertThat(section.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Trusted key")))
                    .isVisible();
            assertThat(section.locator(".verification-key")).hasText(serviceKey);
            assertThat(section.locator(".verification-key-source")).containsText("Taken from the audit bundle, not pinned");
            assertThat(section.locator(".verification-consistency")).not().containsText("Not consistent");

            section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pin this key")).click();

            assertThat(section.locator(".verification-key-source")).containsText("Pinned in this browser");
            assertThat(section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Forget pinned key")))
                    .isEnabled();
            assertThat(page.evaluate("() => localStorage.getItem('accord.verification.pinned-key')")).isEqualTo(serviceKey);
            for (String eventId : eventIds) {
                assertThat(status(page, eventId)).hasText("Verified");
            }
            expectAccessible(page);
        });
    }

    @Test
    void aPinnedKeyThatIsNotTheSignersIsShownAsAMismatchUntilItIsForgotten() throws Exception {
        JsonNode bundle = bundleJson(stressed);
        List<String> eventIds = eventIds(bundle);
        String other = NoteKey.of(NoteKey.parse(serviceKey).name(),
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()).verifierKey();
        inPage(page -> {
            consoleMarkup(page, stressed, bundle);
            page.evaluate("(key) => localStorage.setItem('accord.verification.pinned-key', key)", other);
            startModule(page);
            Locator section = page.locator("#verification");

            assertThat(section.locator(".verification-key-mismatch")).containsText("Key mismatch");
            assertThat(section.locator(".verification-key-mismatch")).containsText(serviceKey);
            assertThat(section.locator(".verification-key")).hasText(other);
            assertThat(section.locator(".verification-summary")).hasText(Pattern.compile(
                    "^0 of " + eventIds.size() + " events verified against checkpoint of size \\d+$"));
            assertThat(section.locator(".verification-signature")).containsText(
                    "Not verified: the checkpoint's signature does not verify with the pinned key");
            assertThat(status(page, eventIds.get(0))).containsText("Not verified: it is in the tree the checkpoint"
                    + " claims, but the checkpoint is not verified: the checkpoint's signature does not verify with"
                    + " the pinned key");

            expectAccessible(page);

            section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Forget pinned key")).click();

            for (String eventId : eventIds) {
                assertThat(status(page, eventId)).hasText("Verified");
            }
            assertThat(section.locator(".verification-key-mismatch")).hasCount(0);
            assertThat(page.evaluate("() => localStorage.getItem('accord.verification.pinned-key')")).isNull();
        });
    }

    @Test
    void aBundleWithOneChangedByteMarksThatEventNotVerified() throws Exception {
        String text = bundle(stressed);
        JsonNode bundle = json.readTree(text);
        List<String> eventIds = eventIds(bundle);
        int changed = text.indexOf("No comment");
        assertThat(changed).isPositive();
        String tampered = text.substring(0, changed) + "Mo comment" + text.substring(changed + "No comment".length());
        int tamperedEvent = indexOfEventContaining(bundle, "No comment");
        inPage(page -> {
            page.route("**/audit-bundle", route -> route.fulfill(new Route.FulfillOptions()
                    .setStatus(200).setContentType("application/json").setBody(tampered)));
            consoleMarkup(page, stressed, bundle);
            startModule(page);

            assertThat(status(page, eventIds.get(tamperedEvent))).containsText(
                    "Not verified: the leafHash is not SHA-256(0x00 || leaf): the leaf or its hash was altered;"
                            + " the inclusion proof does not lead to the checkpoint's root");
            assertThat(status(page, eventIds.get(tamperedEvent))).hasClass(NOT_VERIFIED_CLASS);
            for (int i = 0; i < eventIds.size(); i++) {
                if (i != tamperedEvent) {
                    assertThat(status(page, eventIds.get(i))).hasText("Verified");
                }
            }
            assertThat(page.locator("#verification .verification-summary")).hasText(Pattern.compile(
                    "^" + (eventIds.size() - 1) + " of " + eventIds.size() + " events verified against checkpoint of size \\d+$"));
            assertThat(page.locator("#verification .verification-problem")).containsText("Not verified");
        });
    }

    @Test
    void aBundleThatNamesAnotherKeyThanTheServicePublishesIsShownAsAMismatch() throws Exception {
        JsonNode bundle = bundleJson(stressed);
        String other = NoteKey.of(NoteKey.parse(serviceKey).name(),
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()).verifierKey();
        String published = json.writeValueAsString(Map.of("verifierKey", other));
        inPage(page -> {
            page.route("**/ledger/key", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                    .setContentType("application/json").setBody(published)));
            consoleMarkup(page, stressed, bundle);
            startModule(page);
            Locator mismatch = page.locator("#verification .verification-key-mismatch");

            assertThat(mismatch).hasText("Key mismatch: The audit bundle names the key " + serviceKey
                    + ", but the service publishes " + other + ".");
            assertThat(mismatch).hasAttribute("role", "alert");
            assertThat(page.locator("#verification .verification-key-source")).containsText("not pinned");
        });
    }

    @Test
    void aBundleThatCannotBeFetchedLeavesEveryEventNotVerified() throws Exception {
        JsonNode bundle = bundleJson(stressed);
        inPage(page -> {
            page.route("**/audit-bundle", route -> route.fulfill(new Route.FulfillOptions().setStatus(404)
                    .setContentType("application/problem+json").setBody("{\"status\":404}")));
            consoleMarkup(page, stressed, bundle);
            startModule(page);

            assertThat(page.locator("#verification .verification-summary")).hasText(
                    "Not verified: the audit bundle could not be fetched (the service answered 404 for the audit bundle).");
            for (String eventId : eventIds(bundle)) {
                assertThat(status(page, eventId)).hasText("Not verified: the audit bundle could not be fetched");
                assertThat(status(page, eventId)).hasClass(NOT_VERIFIED_CLASS);
            }
        });
    }

    @Test
    void aNewEventWaitsForACheckpointThatIncludesItThenIsVerified() throws Exception {
        String id = "verification-growing-" + run;
        send(id, new SignMoUBody("A memorandum that grows", List.of(KOREA, BLACKROCK),
                List.of(new SignatoryBody("Lee Jae Myung", "President", "KR")), null, null, null, OCTOBER, SOURCES));
        String before = bundle(id);
        inPage(page -> {
            List<Route> held = new ArrayList<>();
            int[] requests = {0};
            consoleMarkup(page, id, json.readTree(before));
            startModule(page);
            assertThat(page.locator("#verification .verification-summary"))
                    .hasText(Pattern.compile("^1 of 1 events verified against checkpoint of size \\d+$"));

            HttpResponse<String> receipt = send(id, new RecordCommitmentBody("KR", "Korea provides the land.",
                    OCTOBER, SOURCES));
            long position = json.readTree(receipt.body()).path("position").asLong();
            long version = version(receipt);
            JsonNode after = bundleJson(id);
            String newEventId = eventIds(after).get(1);
            // The first fetch after the event sees the bundle from before it (as when no checkpoint
            // covers it yet); the retry is held until the page has said it is waiting.
            page.route("**/audit-bundle", route -> {
                if (requests[0]++ == 0) {
                    route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("application/json")
                            .setBody(before));
                } else {
                    held.add(route);
                }
            });
            page.evaluate("([eventId, position, version]) => { const li = document.createElement('li');"
                    + " li.dataset.eventId = eventId; li.dataset.position = String(position);"
                    + " li.dataset.version = String(version);"
                    + " li.innerHTML = '<span class=\"verification-status\"></span>';"
                    + " document.querySelector('#timeline').append(li);"
                    + " document.dispatchEvent(new CustomEvent('accord:event-added', {detail: {eventId, position}})); }",
                    List.of(newEventId, (int) position, (int) version));

            // The retry is held unanswered: until it is, the page can only be waiting.
            page.waitForCondition(() -> !held.isEmpty());
            assertThat(status(page, newEventId)).hasText("Waiting for a checkpoint that includes it");
            assertThat(status(page, newEventId)).not().hasClass(VERIFIED_CLASS);
            assertThat(page.locator("#verification")).hasAttribute("aria-busy", "true");
            held.forEach(Route::resume);
            page.unroute("**/audit-bundle");

            assertThat(status(page, newEventId)).hasText("Verified");
            assertThat(page.locator("#verification .verification-summary"))
                    .hasText(Pattern.compile("^2 of 2 events verified against checkpoint of size \\d+$"));
            assertThat(requests[0]).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void aCheckpointThatContradictsOneThisBrowserVerifiedBeforeIsFlagged() throws Exception {
        JsonNode bundle = bundleJson(stressed);
        String origin = NoteKey.parse(serviceKey).name();
        String note = bundle.path("checkpoint").asText();
        long size = Long.parseLong(note.split("\n")[1]);
        byte[] otherRoot = new byte[32];
        otherRoot[0] = 7;
        String remembered = json.writeValueAsString(Map.of("origin", origin, "treeSize", size - 1,
                "rootHash", Base64.getEncoder().encodeToString(otherRoot)));
        inPage(page -> {
            page.route("**/audit-bundle", route -> route.fulfill(new Route.FulfillOptions()
                    .setStatus(200).setContentType("application/json").setBody(bundle.toString())));
            consoleMarkup(page, stressed, bundle);
            page.evaluate("([name, value]) => localStorage.setItem(name, value)",
                    List.of("accord.verification.checkpoint:" + origin, remembered));
            startModule(page);
            Locator section = page.locator("#verification");

            assertThat(section.locator(".verification-consistency")).containsText("Not consistent: the checkpoint of size "
                    + size + " is not consistent with the checkpoint of size " + (size - 1)
                    + " this browser verified before");
            assertThat(section.locator(".verification-problem")).containsText("not consistent");
            assertThat(status(page, eventIds(bundle).get(0))).containsText("Not verified: the checkpoint it is proven"
                    + " against is not trusted");
        });
    }

    @Test
    void aCheckpointConsistentWithOneThisBrowserVerifiedBeforeIsAcceptedAndRemembered() throws Exception {
        JsonNode bundle = bundleJson(stressed);
        String origin = NoteKey.parse(serviceKey).name();
        long size = Long.parseLong(bundle.path("checkpoint").asText().split("\n")[1]);
        JsonNode earlier = service.read("/ledger/checkpoints?limit=1").path("checkpoints").get(0);
        if (earlier.path("treeSize").asLong() == 0) {
            earlier = service.read("/ledger/checkpoints?after=0&limit=1").path("checkpoints").get(0);
        }
        long earlierSize = earlier.path("treeSize").asLong();
        assertThat(earlierSize).isBetween(1L, size - 1);
        String remembered = json.writeValueAsString(Map.of("origin", origin, "treeSize", earlierSize,
                "rootHash", earlier.path("rootHash").asText()));
        inPage(page -> {
            page.route("**/audit-bundle", route -> route.fulfill(new Route.FulfillOptions()
                    .setStatus(200).setContentType("application/json").setBody(bundle.toString())));
            consoleMarkup(page, stressed, bundle);
            page.evaluate("([name, value]) => localStorage.setItem(name, value)",
                    List.of("accord.verification.checkpoint:" + origin, remembered));
            startModule(page);
            Locator section = page.locator("#verification");

            assertThat(section.locator(".verification-consistency")).hasText(
                    "Consistent with the checkpoint of size " + earlierSize + " this browser verified before.");
            assertThat(status(page, eventIds(bundle).get(0))).hasText("Verified");
            Object stored = page.evaluate("(name) => JSON.parse(localStorage.getItem(name)).treeSize",
                    "accord.verification.checkpoint:" + origin);
            assertThat(((Number) stored).longValue()).isEqualTo(size);
        });
    }

    // -------------------------------------------------------------------------------------------
    // Helpers
    // -------------------------------------------------------------------------------------------

    /** Records a signed MoU and later events of many types, with unicode text and numbers that stress RFC 8785. */
    private void recordStressedAgreement(String id) throws Exception {
        send(id, new SignMoUBody("Übereinkommen über KI-Rechenzentren — 한국 😀 «Zitat» \"quoted\" \\ </script> \u2028 e\u0301",
                List.of(KOREA, BLACKROCK), List.of(new SignatoryBody("Bae Kyung-hoon", "Minister of Science and ICT", "KR")),
                "Seoul 서울", List.of("Eins\nzwei drei", "Ω ≈ ç √ ∫ ‰ \uFEFF"), 5, OCTOBER, SOURCES));
        long site = version(send(id, new AnnounceSiteBody("Data centre site", "Jeollanam-do 전라남도", "KR", OCTOBER,
                SOURCES)));
        long capacity = version(send(id, new AnnounceCapacityBody(new BigDecimal("1.50"), "GW", "erste Stufe", OCTOBER,
                SOURCES)));
        send(id, new RecordStatementBody(new PersonBody("Sprecherin", null), null, "No comment. 😶", OCTOBER, SOURCES));
        Map<String, Object> site2 = new LinkedHashMap<>();
        site2.put("name", "Data centre site ✓");
        site2.put("location", "Jeollanam-do 전라남도, Haenam");
        site2.put("countryCode", "KR");
        send(id, new CorrectRecordBody(site, "Der Bericht nannte den Ort genauer.", site2, OCTOBER, SOURCES));
        // Member names whose UTF-16 order differs from their code point order, and numbers whose
        // ECMAScript form is not their decimal spelling.
        Map<String, Object> capacity2 = new LinkedHashMap<>();
        capacity2.put("amount", new BigDecimal("0.000000123456789"));
        capacity2.put("unit", "GW");
        capacity2.put("limits", List.of(new BigDecimal("9007199254740991"), new BigDecimal("123456789012.345"),
                new BigDecimal("-0.50"), new BigDecimal("0.000001"), new BigDecimal("100E3")));
        capacity2.put("\u20ac", "Euro");
        capacity2.put("\ufb33", "Dalet");
        capacity2.put("\ud83d\ude00", "Grinning face");
        capacity2.put("\u00f6", "o umlaut");
        capacity2.put("1", "one");
        capacity2.put("A", "line\nbreak");
        send(id, new CorrectRecordBody(capacity, "Die Leistung war falsch übertragen.", capacity2, OCTOBER, SOURCES));
        send(id, new TerminateAgreementBody(Ending.TERMINATED, "Beendet.", null, OCTOBER, SOURCES));
    }

    private HttpResponse<String> send(String agreementId, AgreementRequest body) throws Exception {
        HttpResponse<String> answer = service.post(TestUsers.CLERK, AgreementAction.of(body).path(agreementId), body);
        assertThat(answer.statusCode()).as("%s of %s: %s", AgreementAction.of(body), agreementId, answer.body())
                .isIn(200, 201);
        return answer;
    }

    private long version(HttpResponse<String> receipt) throws Exception {
        return json.readTree(receipt.body()).path("version").asLong();
    }

    /** @return the agreement's audit bundle as the service serves it (it waits for a covering checkpoint) */
    private String bundle(String agreementId) throws Exception {
        HttpResponse<String> answer = service.get(TestUsers.AUDITOR, "/agreements/" + agreementId + "/audit-bundle");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private ObjectNode bundleJson(String agreementId) throws Exception {
        return (ObjectNode) json.readTree(bundle(agreementId));
    }

    private static List<String> eventIds(JsonNode bundle) {
        List<String> ids = new ArrayList<>();
        for (JsonNode event : bundle.path("events")) {
            ids.add(LeafRecord.parse(event.path("leaf").asText().getBytes(StandardCharsets.UTF_8)).eventId());
        }
        return ids;
    }

    private static int indexOfEventContaining(JsonNode bundle, String text) {
        for (int i = 0; i < bundle.path("events").size(); i++) {
            if (bundle.path("events").get(i).path("leaf").asText().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no event's leaf contains " + text);
    }

    /** Runs the check on a fresh authenticated page of the service's origin, in a context of its own. */
    private void inPage(PageCheck check) {
        Browser browser = chromium.browser();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setHttpCredentials(
                new HttpCredentials(TestUsers.AUDITOR.name(), TestUsers.AUDITOR.password())
                        .setSend(HttpCredentialsSend.ALWAYS)))) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);
            page.navigate("http://localhost:" + port + "/ledger/key");
            check.run(page);
            assertThat(errors).as("errors thrown in the page").isEmpty();
        } catch (RuntimeException | AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface PageCheck {
        void run(Page page) throws Exception;
    }

    /** @return the verifier's result for the bundle text, as JSON */
    private JsonNode verify(Page page, String bundle, String pinnedKey) throws Exception {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("bundle", bundle);
        args.put("key", pinnedKey);
        Object result = page.evaluate("async (a) => { const m = await import('/console/verify.js');"
                + " return JSON.stringify(await m.verifyAuditBundle(JSON.parse(a.bundle),"
                + " a.key ? {pinnedVerifierKey: a.key} : {})); }", args);
        return json.readTree((String) result);
    }

    /** Checks the tampered bundle fails in the browser and in Java (with the service's key pinned); @return the browser's result */
    private JsonNode expectFlagged(JsonNode bundle) throws Exception {
        String text = json.writeValueAsString(bundle);
        JsonNode[] result = new JsonNode[1];
        inPage(page -> result[0] = verify(page, text, serviceKey));
        assertThat(result[0].path("ok").asBoolean()).as(result[0].toString()).isFalse();
        assertThat(result[0].path("reason").asText()).isNotBlank();
        assertThat(BundleVerifier.verify(AuditBundle.parse(text), NoteKey.parse(serviceKey)).verified())
                .as("the Java verifier on the same tampered bundle").isFalse();
        return result[0];
    }

    /** Checks only the event at that index is flagged, with a reason containing the text; @return the reason */
    private String expectOnlyEventFlagged(JsonNode bundle, int index, String reason) throws Exception {
        JsonNode result = expectFlagged(bundle);
        assertThat(result.path("checkpoint").path("ok").asBoolean()).isTrue();
        JsonNode events = result.path("events");
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).path("ok").asBoolean()).as("event %d: %s", i, events.get(i)).isEqualTo(i != index);
        }
        assertThat(events.get(index).path("reason").asText()).contains(reason);
        return events.get(index).path("reason").asText();
    }

    /** Puts the console's contract markup on the page: the section and one timeline entry per event. */
    private void consoleMarkup(Page page, String agreementId, JsonNode bundle, String... extraEventIds) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (JsonNode event : bundle.path("events")) {
            LeafRecord leaf = LeafRecord.parse(event.path("leaf").asText().getBytes(StandardCharsets.UTF_8));
            entries.add(Map.of("eventId", leaf.eventId(), "position", (int) leaf.position(), "version", (int) leaf.version()));
        }
        for (String extra : extraEventIds) {
            entries.add(Map.of("eventId", extra, "position", 999_999, "version", 99));
        }
        page.evaluate("([agreementId, entries]) => {"
                + " document.documentElement.lang = 'en'; document.title = 'Agreement';"
                + " document.body.innerHTML = '<main><h1>Agreement</h1><ol id=\"timeline\"></ol>"
                + "<section id=\"verification\" aria-live=\"polite\"></section></main>';"
                + " document.querySelector('#verification').dataset.agreementId = agreementId;"
                + " for (const e of entries) { const li = document.createElement('li');"
                + "   li.dataset.eventId = e.eventId; li.dataset.position = String(e.position);"
                + "   li.dataset.version = String(e.version); li.textContent = 'event ' + e.version + ' ';"
                + "   const s = document.createElement('span'); s.className = 'verification-status'; li.append(s);"
                + "   document.querySelector('#timeline').append(li); } }", List.of(agreementId, entries));
    }

    /** Checks the verification section with axe-core: no accessibility violations. */
    private static void expectAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).include("#verification").analyze();
        assertThat(results.getViolations()).as("axe-core violations in #verification: %s",
                results.getViolations().stream().map(v -> v.getId() + ": " + v.getHelp()).toList()).isEmpty();
    }

    /** Imports the module, which starts itself because the page has a #verification section. */
    private static void startModule(Page page) {
        page.evaluate("async () => { await import('/console/verify.js'); }");
    }

    private static Locator status(Page page, String eventId) {
        return page.locator("[data-event-id=\"" + eventId + "\"] .verification-status");
    }
}
