/**
 * Bean Validation constraints for what clerks send: agreement ids, country and language codes,
 * source URLs and world dates. Each constraint names the stable field-error code it reports.
 */
package accord.http.agreements.validation;
