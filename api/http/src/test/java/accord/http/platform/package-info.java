/** Specifications of the platform: storage on PostgreSQL and H2, event processors, security. */
package accord.http.platform;
