/** Tests of the integrators' HTTP feed and event stream, against the running service on PostgreSQL. */
package accord.http.feed;
