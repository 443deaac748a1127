package accord.http.catalogue;

import java.net.URI;

/**
 * One event type at one revision in the catalogue.
 *
 * @param name           the event's name, e.g. {@code MoUSigned}
 * @param revision       the revision of its data's schema, from 1
 * @param cloudEventType its CloudEvents {@code type}, e.g. {@code example.accord.agreement.MoUSigned.v1}
 * @param dataschema     the absolute URL of its data's JSON Schema, as every such CloudEvent names it
 * @param current        whether Accord records this revision today; older revisions stay published for the
 *                       events stored with them
 * @param description    what the event means
 */
public record CatalogueEntry(String name, int revision, String cloudEventType, URI dataschema, boolean current,
                             String description) {
}
