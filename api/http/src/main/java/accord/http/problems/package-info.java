/**
 * Every error answer as RFC 9457 problem details ({@code application/problem+json}): a type
 * {@code /problems/<code-in-kebab-case>}, a title, the status, a sentence in {@code detail}, the
 * request path as {@code instance}, the stable {@code code}, and for invalid input the
 * {@code errors} with every field that is wrong. No client input yields a 500.
 */
package accord.http.problems;
