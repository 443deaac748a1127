/** The Accord service: HTTP endpoints, security and the wiring of the write and read sides. */
package accord.http;
