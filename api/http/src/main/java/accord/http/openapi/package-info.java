/**
 * The OpenAPI 3 document at {@code /v3/api-docs}: operationIds named after the commands, request
 * examples taken from the seed agreements, every answer declared (problem details included) and
 * HTTP Basic or a bearer API token as the security schemes.
 */
package accord.http.openapi;
