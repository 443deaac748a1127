/**
 * {@code GET /agreements}: searching and listing agreements, a page at a time, from the read
 * side's search projection.
 */
package accord.http.search;
