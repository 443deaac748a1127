package accord.http.platform.persistence;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Which database the service runs on, as its JDBC driver names it (not guessed from the URL). */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    /** @return true when the data source is a PostgreSQL server */
    public static boolean isPostgreSql(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(product);
        } catch (MetaDataAccessException unreachable) {
            throw new IllegalStateException("Cannot tell which database the service runs on: "
                    + unreachable.getMessage(), unreachable);
        }
    }
}
