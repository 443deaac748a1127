package accord.query.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetPolicyTest {

    /** Names resolve to what the test says, without asking any DNS server. */
    private static TargetPolicy resolving(boolean allowPrivate, Map<String, List<String>> names) {
        return new TargetPolicy(allowPrivate, host -> {
            List<String> addresses = names.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = InetAddress.getByName(addresses.get(i));
            }
            return resolved;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "0.0.0.0", "::", "10.1.2.3", "172.16.0.1",
            "172.31.255.254", "192.168.1.1", "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "fec0::1",
            "100.64.0.1", "100.127.255.254", "224.0.0.1", "ff02::1", "255.255.255.255", "240.0.0.1",
            "64:ff9b::a00:1", "::ffff:10.0.0.1"})
    void refusesHostsThatResolveToNonPublicAddresses(String address) {
        TargetPolicy policy = resolving(false, Map.of("hooks.example.org", List.of(address)));

        assertThat(policy.refusal("https://hooks.example.org/accord"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("hooks.example.org").contains("address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
            "64:ff9b::808:808"})
    void allowsHostsThatResolveToPublicAddresses(String address) {
        TargetPolicy policy = resolving(false, Map.of("hooks.example.org", List.of(address)));

        assertThat(policy.refusal("https://hooks.example.org/accord")).isEmpty();
    }

    @Test
    void oneNonPublicAddressAmongPublicOnesIsEnoughToRefuse() {
        TargetPolicy policy = resolving(false, Map.of("hooks.example.org", List.of("93.184.215.14", "10.0.0.7")));

        assertThat(policy.refusal("https://hooks.example.org/accord")).hasValueSatisfying(
                reason -> assertThat(reason).contains("10.0.0.7").contains("private"));
    }

    @Test
    void refusesLiteralAddressesAndNamesThatDoNotResolve() {
        TargetPolicy policy = resolving(false, Map.of("127.0.0.1", List.of("127.0.0.1"), "::1", List.of("::1")));

        assertThat(policy.refusal("http://127.0.0.1:8080/hook")).isPresent();
        assertThat(policy.refusal("http://[::1]:8080/hook")).isPresent();
        assertThat(policy.refusal("https://nowhere.example.org/hook"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("does not resolve"));
    }

    @Test
    void privateTargetsPassWhenAllowed() {
        TargetPolicy policy = resolving(true, Map.of());

        assertThat(policy.refusal("http://127.0.0.1:8080/hook")).isEmpty();
        assertThat(policy.refusal("http://localhost/hook")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.org/accord", "hooks.example.org/accord", "/accord",
            "https://user:password@hooks.example.org/accord", "https://hooks.example.org/accord#part",
            "https:///accord", "https://hooks example.org/"})
    void refusesWhatIsNotAnHttpUrlOfAHost(String url) {
        assertThat(TargetPolicy.formProblem(url)).isPresent();
        assertThat(resolving(true, Map.of()).refusal(url)).isPresent();
    }

    @Test
    void acceptsHttpAndHttpsUrlsWithPortsPathsAndQueries() {
        assertThat(TargetPolicy.formProblem("https://hooks.example.org:8443/accord/events?tenant=7")).isEmpty();
        assertThat(TargetPolicy.formProblem("HTTP://hooks.example.org/")).isEmpty();
    }
}
