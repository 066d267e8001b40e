package dev.retort.operations;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Code run on the migration's own connection, inside the revision's transaction where there is
 * one. It must neither close nor commit the connection.
 */
@FunctionalInterface
public interface ConnectionCallback {

	void doInConnection(Connection connection) throws SQLException;

}
