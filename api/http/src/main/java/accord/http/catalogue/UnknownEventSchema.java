package accord.http.catalogue;

import accord.http.problems.Refused;

/** A request for an event schema the catalogue does not have: {@link CatalogueProblem#UNKNOWN_EVENT_SCHEMA}. */
public class UnknownEventSchema extends Refused {

    /** @param fileName the file name asked for */
    public UnknownEventSchema(String fileName) {
        super(CatalogueProblem.UNKNOWN_EVENT_SCHEMA, "There is no event schema named '" + fileName
                + "'. Schemas are named <EventName>.v<revision>.json, for example MoUSigned.v1.json; "
                + "GET /schemas/events lists every one.");
    }
}
