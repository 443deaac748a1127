/**
 * Questions the read side answers, and the records it answers with.
 */
package accord.messages.queries;
