package accord.query.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs deliveries may go to. A target is an absolute {@code http} or {@code https} URL with
 * a host, no user information and no fragment. Unless private targets are allowed, every address
 * its host resolves to must be public: not loopback, unspecified, link-local (cloud metadata
 * services live there), private (10/8, 172.16/12, 192.168/16, fc00::/7, the deprecated fec0::/10),
 * shared (100.64/10), multicast, broadcast or reserved. Otherwise anyone allowed to subscribe could
 * make the service probe the network it runs in. Targets are checked when a subscription is made and
 * again before every delivery, since what a name resolves to can change.
 */
public class TargetPolicy {

    /** Resolves a host name to its addresses; the JDK's resolver in production. */
    @FunctionalInterface
    public interface Resolver {
        /** @return every address of the host */
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    /** @param allowPrivate whether targets on loopback and private networks are allowed (tests, closed networks) */
    public TargetPolicy(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public TargetPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** @return what is wrong with the URL's form, or empty when it can be a target */
    public static Optional<String> formProblem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            return Optional.of("must be an absolute http or https URL, for example https://hooks.example.org/accord");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry user information; authenticate deliveries by their signature");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        return Optional.empty();
    }

    /**
     * @param url a target whose form is valid
     * @return why deliveries may not go there, or empty when they may
     */
    public Optional<String> refusal(String url) {
        Optional<String> form = formProblem(url);
        if (form.isPresent()) {
            return form;
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = URI.create(url).getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("the host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = nonPublic(address);
            if (kind.isPresent()) {
                return Optional.of("the host " + host + " resolves to " + address.getHostAddress() + ", a "
                        + kind.get() + " address; deliveries go to public addresses only");
            }
        }
        return Optional.empty();
    }

    /** @return what kind of non-public address it is, or empty for a public one */
    static Optional<String> nonPublic(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4(bytes);
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return Optional.of("private");
            }
            if (isNat64(bytes)) {
                byte[] embedded = {bytes[12], bytes[13], bytes[14], bytes[15]};
                try {
                    return nonPublic(InetAddress.getByAddress(embedded));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("four bytes are an IPv4 address", e);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ipv4(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if (first == 0) {
            return Optional.of("unspecified");
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return Optional.of("shared (carrier-grade NAT)");
        }
        if (first >= 240) {
            return Optional.of("reserved or broadcast");
        }
        return Optional.empty();
    }

    /** The well-known NAT64 prefix 64:ff9b::/96, through which an IPv6 name can reach any IPv4 address. */
    private static boolean isNat64(byte[] bytes) {
        if (bytes[0] != 0 || bytes[1] != 0x64 || (bytes[2] & 0xff) != 0xff || (bytes[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
