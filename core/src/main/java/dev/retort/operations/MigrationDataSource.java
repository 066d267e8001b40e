package dev.retort.operations;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A {@link DataSource} view of the migration's connection: every {@link #getConnection()} hands
 * out that same connection behind a proxy that ignores {@code close()} and refuses
 * {@code commit()}, {@code rollback()} and switching auto-commit, because the runner owns the
 * connection and its transaction. Spring's {@code JdbcTemplate} works on it unchanged.
 */
public final class MigrationDataSource implements DataSource {

	private final Connection connection;

	public MigrationDataSource(Connection connection) {
		this.connection = Objects.requireNonNull(connection, "connection");
	}

	@Override
	public Connection getConnection() {
		return (Connection) Proxy.newProxyInstance(MigrationDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new BorrowedConnection(this.connection));
	}

	@Override
	public Connection getConnection(String username, String password) {
		return getConnection();
	}

	@Override
	public PrintWriter getLogWriter() {
		return null;
	}

	@Override
	public void setLogWriter(PrintWriter out) {
	}

	@Override
	public void setLoginTimeout(int seconds) {
	}

	@Override
	public int getLoginTimeout() {
		return 0;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException("MigrationDataSource does not log through java.util.logging");
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		if (type.isInstance(this)) {
			return type.cast(this);
		}
		throw new SQLException("MigrationDataSource is not a " + type.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return type.isInstance(this);
	}

	private record BorrowedConnection(Connection target) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "close":
					return null;
				case "equals":
					return proxy == args[0];
				case "hashCode":
					return System.identityHashCode(proxy);
				case "toString":
					return "Migration connection " + this.target;
				case "commit":
				case "rollback":
					if (args != null && args.length > 0) {
						// Rolling back to a savepoint stays within the runner's transaction
						return invokeTarget(method, args);
					}
					throw new SQLException("The migration's connection is handed out by Retort, which commits or rolls"
							+ " back the revision's transaction; do not call " + method.getName() + "() on it");
				case "setAutoCommit":
					if ((boolean) args[0] != this.target.getAutoCommit()) {
						throw new SQLException("The migration's connection is handed out by Retort, which decides"
								+ " its auto-commit mode; do not change it (declare the revision transactional = false"
								+ " to run in auto-commit)");
					}
					return null;
				default:
					return invokeTarget(method, args);
			}
		}

		private Object invokeTarget(Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
