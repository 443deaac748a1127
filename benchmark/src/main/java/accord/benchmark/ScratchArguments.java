package accord.benchmark;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of a scratch benchmark: an optional leading count, {@code --name=value} options
 * (a bare {@code --name} means true), and the repeatable {@code --service-jvm-arg} and
 * {@code --service-arg}. Each option is taken once; what is left over is an error.
 */
public final class ScratchArguments {

    private final Map<String, String> given = new LinkedHashMap<>();
    private final List<String> serviceJvmArguments = new ArrayList<>();
    private final List<String> serviceArguments = new ArrayList<>();

    /**
     * @param count     the name a leading number is taken as, e.g. {@code events}
     * @param arguments the command line
     * @throws IllegalArgumentException for an argument that is neither a number nor an option
     */
    public ScratchArguments(String count, String... arguments) {
        for (String argument : arguments) {
            if (argument.matches("[0-9_,]+")) {
                given.put(count, argument.replace("_", "").replace(",", ""));
                continue;
            }
            if (!argument.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + argument);
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument.substring(2) : argument.substring(2, equals);
            String value = equals < 0 ? "true" : argument.substring(equals + 1);
            switch (name) {
                case "service-jvm-arg" -> serviceJvmArguments.add(value);
                case "service-arg" -> serviceArguments.add(value);
                default -> given.put(name, value);
            }
        }
    }

    /** @return the option's value, or the fallback when it was not given */
    public String take(String name, String fallback) {
        String value = given.remove(name);
        return value == null ? fallback : value;
    }

    /** @return whether the option was given (it is not taken) */
    public boolean has(String name) {
        return given.containsKey(name);
    }

    /**
     * @return the option's value as a whole number of at least 1
     * @throws IllegalArgumentException when it is not one
     */
    public int number(String name, String fallback) {
        String value = take(name, fallback);
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new IllegalArgumentException("--" + name + " must be at least 1");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not " + value);
        }
    }

    /** @return the {@code --service-jvm-arg} values, in order */
    public List<String> serviceJvmArguments() {
        return List.copyOf(serviceJvmArguments);
    }

    /** @return the {@code --service-arg} values, in order */
    public List<String> serviceArguments() {
        return List.copyOf(serviceArguments);
    }

    /** @throws IllegalArgumentException when an option was given that nothing took */
    public void requireAllTaken() {
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown option --" + given.keySet().iterator().next());
        }
    }

    /** @return a password for every user of the service, none of them a development password */
    public static String randomPassword() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return "bench-" + HexFormat.of().formatHex(bytes);
    }
}
