package accord.messages.ledger.verifier;

import accord.messages.ledger.AuditBundle;
import accord.messages.ledger.NoteKey;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The verifier's command line (docs/ledger.md §7):
 * {@code java -jar accord-messages.jar <bundle.json> [--key <verifier key>]}. Prints the report
 * and exits 0 when the bundle verifies, 1 when it does not or cannot be read, 2 on wrong usage.
 */
public final class VerifyAuditBundle {

    /** The exit status when the bundle verifies. */
    public static final int VERIFIED = 0;
    /** The exit status when the bundle does not verify, or cannot be read or parsed. */
    public static final int NOT_VERIFIED = 1;
    /** The exit status when the arguments are wrong. */
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = String.join("\n",
            "usage: java -jar accord-messages.jar <bundle.json> [--key <verifier key>]",
            "  Checks an Accord audit bundle (docs/ledger.md section 6) and prints a report.",
            "  --key  the service's verifier key, <name>+<key id>+<base64 key>, obtained independently",
            "         of the bundle (GET /ledger/key, published by the service's operator). Without it the",
            "         bundle's own key is used, which only shows the bundle is consistent with itself.",
            "  exit status: 0 verified, 1 not verified or unreadable, 2 wrong usage");

    private VerifyAuditBundle() {
    }

    /**
     * Runs {@link #run(String[], PrintStream)} on standard output and exits with its status.
     *
     * @param args {@code <bundle.json> [--key <verifier key>]}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /**
     * @param args {@code <bundle.json> [--key <verifier key>]}
     * @param out where the report, or why there is none, is printed
     * @return {@link #VERIFIED}, {@link #NOT_VERIFIED} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out) {
        String file = null;
        String keyText = null;
        for (int i = 0; args != null && i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--key")) {
                if (keyText != null || i + 1 >= args.length) {
                    return usage(out, "--key takes one verifier key, given once");
                }
                keyText = args[++i];
            } else if (arg.startsWith("-")) {
                return usage(out, "unknown option " + arg);
            } else if (file != null) {
                return usage(out, "only one bundle file is checked at a time");
            } else {
                file = arg;
            }
        }
        if (file == null) {
            return usage(out, "the bundle file is missing");
        }
        NoteKey key = null;
        if (keyText != null) {
            try {
                key = NoteKey.parse(keyText);
            } catch (IllegalArgumentException e) {
                return usage(out, "the --key value is not a verifier key: " + e.getMessage());
            }
        }
        String json;
        try {
            json = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            out.println(BundleVerifier.printable("Cannot read " + file + ": " + e));
            out.println("NOT VERIFIED: the bundle could not be read");
            return NOT_VERIFIED;
        }
        AuditBundle bundle;
        try {
            bundle = AuditBundle.parse(json);
        } catch (IllegalArgumentException e) {
            out.println(BundleVerifier.printable(file + " is not an audit bundle of format " + AuditBundle.FORMAT + ": "
                    + e.getMessage()));
            out.println("NOT VERIFIED: the bundle could not be parsed");
            return NOT_VERIFIED;
        }
        VerificationReport report = BundleVerifier.verify(bundle, key);
        out.print(report.text());
        out.flush();
        return report.verified() ? VERIFIED : NOT_VERIFIED;
    }

    private static int usage(PrintStream out, String problem) {
        out.println(BundleVerifier.printable(problem));
        out.println(USAGE_TEXT);
        return USAGE;
    }
}
