/** Stand-ins for the platform's test support, replaced when the branches are merged. */
package accord.http.testsupport;
