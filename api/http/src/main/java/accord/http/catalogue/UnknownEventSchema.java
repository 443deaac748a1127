package accord.http.catalogue;

/** A request for an event schema the catalogue does not have. */
public class UnknownEventSchema extends RuntimeException {

    /** @param fileName the file name asked for */
    public UnknownEventSchema(String fileName) {
        super("There is no event schema named '" + fileName + "'. Schemas are named <EventName>.v<revision>.json, "
                + "for example MoUSigned.v1.json; GET /schemas/events lists every one.", null, false, false);
    }

    /** @return what was wrong */
    public CatalogueProblem problem() {
        return CatalogueProblem.UNKNOWN_EVENT_SCHEMA;
    }
}
