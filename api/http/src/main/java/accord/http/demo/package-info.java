/**
 * The demo data set: the three seed agreements, translated from the German seed reports, and the
 * switch ({@code accord.demo.enabled=true}) that records them through the command path at start-up.
 */
package accord.http.demo;
