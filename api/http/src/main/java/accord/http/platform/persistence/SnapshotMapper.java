package accord.http.platform.persistence;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The object mapper for aggregate snapshots. Aggregates keep their state in private fields with no
 * getters and no Jackson annotations, so snapshots are written and read field by field; with the
 * default bean visibility a snapshot would come back empty and the aggregate would silently lose
 * its state.
 */
public final class SnapshotMapper {

    private SnapshotMapper() {
    }

    /**
     * A copy of {@code objectMapper} that sees every field and no getter.
     *
     * @param objectMapper the application's mapper, whose modules and settings are kept
     * @return the mapper to serialize snapshots with
     */
    public static ObjectMapper from(ObjectMapper objectMapper) {
        ObjectMapper mapper = objectMapper.copy();
        mapper.setVisibility(PropertyAccessor.ALL, Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
        mapper.setVisibility(PropertyAccessor.CREATOR, Visibility.ANY);
        return mapper;
    }
}
