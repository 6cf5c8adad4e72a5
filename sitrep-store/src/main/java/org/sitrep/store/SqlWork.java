package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on one workspace connection, inside a transaction when it writes.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
