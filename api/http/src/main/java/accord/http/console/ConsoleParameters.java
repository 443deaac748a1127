package accord.http.console;

import accord.http.agreements.AgreementIds;
import accord.http.agreements.QueryParameters;
import accord.http.problems.InvalidRequest;

/** Reads the console's own query parameters; a wrong one is a 400 naming the field, never a 500. */
final class ConsoleParameters {

    private ConsoleParameters() {
    }

    /** @throws InvalidRequest when the id cannot name an agreement */
    static String agreementId(String id) {
        if (!AgreementIds.isValid(id)) {
            throw InvalidRequest.agreementId(id);
        }
        return id;
    }

    /**
     * @param name the parameter's name
     * @param text its value
     * @return the version, or null when absent or blank
     * @throws InvalidRequest when it is not a whole number from 0
     */
    static Long version(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long version = Long.parseLong(text.strip());
            if (version < 0) {
                throw QueryParameters.invalid(name, "OUT_OF_RANGE", "must be 0 or more");
            }
            return version;
        } catch (NumberFormatException e) {
            throw QueryParameters.invalid(name, "WRONG_TYPE", "must be a whole number from 0");
        }
    }

    /** @throws InvalidRequest when the version is absent or wrong */
    static long requiredVersion(String name, String text) {
        Long version = version(name, text);
        if (version == null) {
            throw QueryParameters.invalid(name, "REQUIRED", "is required");
        }
        return version;
    }
}
