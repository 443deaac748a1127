/**
 * What integration tests of the service stand on: a fresh PostgreSQL database per test run
 * ({@link accord.http.testsupport.TestDatabase}), users with test passwords
 * ({@link accord.http.testsupport.TestUsers}), the {@link accord.http.testsupport.AccordIntegrationTest}
 * annotation, and {@link accord.http.testsupport.AccordContexts} to start the service again on the
 * same database.
 */
package accord.http.testsupport;
