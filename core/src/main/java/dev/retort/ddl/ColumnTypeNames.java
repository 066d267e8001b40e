package dev.retort.ddl;

import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.service.Service;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;
import org.hibernate.type.spi.TypeConfiguration;

import dev.retort.operations.types.ColumnType;

/**
 * Names portable column types as the Hibernate dialect's {@link DdlTypeRegistry} names the
 * matching JDBC type codes, so that a column created by a revision has the type Hibernate gives
 * the entity attribute (and {@code ddl-auto=validate} and autogenerate agree with it). A
 * renderer overrides {@link #name} where Hibernate's choice does not suit a migration.
 * <p>
 * Enum types are not named here: their rendering needs the column (see the renderers).
 */
public class ColumnTypeNames {

	private final Dialect dialect;

	private final DdlTypeRegistry registry;

	private final DatabaseFamily family;

	public ColumnTypeNames(Dialect dialect, DatabaseFamily family) {
		this.dialect = dialect;
		this.family = family;
		this.registry = typeRegistryOf(dialect);
	}

	/**
	 * The dialect's DDL types, as Hibernate registers them at boot, without a connection: the
	 * dialect contributes its types into a fresh type configuration.
	 */
	private static DdlTypeRegistry typeRegistryOf(Dialect dialect) {
		try (ServicesOnDemand services = new ServicesOnDemand(dialect)) {
			TypeConfiguration types = new TypeConfiguration();
			dialect.contributeTypes(() -> types, services);
			return types.getDdlTypeRegistry();
		}
	}

	/**
	 * The services a dialect may ask for while it contributes its types, from a standard service
	 * registry built on the first question. H2's and MariaDB's dialects ask none, and building
	 * the registry (its service loaders, its bootstrap registry) was most of the cost of making
	 * a renderer, which every command that renders pays once.
	 */
	private static final class ServicesOnDemand implements ServiceRegistry {

		private final Dialect dialect;

		private StandardServiceRegistry services;

		ServicesOnDemand(Dialect dialect) {
			this.dialect = dialect;
		}

		private StandardServiceRegistry services() {
			if (this.services == null) {
				this.services = new StandardServiceRegistryBuilder()
					.applySetting(AvailableSettings.DIALECT, this.dialect)
					.applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, false)
					.build();
			}
			return this.services;
		}

		@Override
		public ServiceRegistry getParentServiceRegistry() {
			return services().getParentServiceRegistry();
		}

		@Override
		public <R extends Service> R getService(Class<R> serviceRole) {
			return services().getService(serviceRole);
		}

		@Override
		public void close() {
			if (this.services != null) {
				StandardServiceRegistryBuilder.destroy(this.services);
			}
		}

	}

	/** The database's name of the type. */
	public String name(ColumnType type) {
		if (type instanceof ColumnType.VarChar varChar) {
			return sized(SqlTypes.VARCHAR, (long) varChar.length(), null, null);
		}
		if (type instanceof ColumnType.Text) {
			return sized(SqlTypes.LONG32VARCHAR, null, null, null);
		}
		if (type instanceof ColumnType.Bool) {
			return sized(SqlTypes.BOOLEAN, null, null, null);
		}
		if (type instanceof ColumnType.SmallInt) {
			return sized(SqlTypes.SMALLINT, null, null, null);
		}
		if (type instanceof ColumnType.Int) {
			return sized(SqlTypes.INTEGER, null, null, null);
		}
		if (type instanceof ColumnType.BigInt) {
			return sized(SqlTypes.BIGINT, null, null, null);
		}
		if (type instanceof ColumnType.Decimal decimal) {
			return sized(SqlTypes.NUMERIC, null, decimal.precision(), decimal.scale());
		}
		if (type instanceof ColumnType.Real) {
			return sized(SqlTypes.FLOAT, null, this.dialect.getFloatPrecision(), null);
		}
		if (type instanceof ColumnType.DoublePrecision) {
			return sized(SqlTypes.DOUBLE, null, this.dialect.getDoublePrecision(), null);
		}
		if (type instanceof ColumnType.Date) {
			return sized(SqlTypes.DATE, null, null, null);
		}
		if (type instanceof ColumnType.Time time) {
			return sized(SqlTypes.TIME, null, time.precision(), null);
		}
		if (type instanceof ColumnType.Timestamp timestamp) {
			// TIMESTAMP_UTC is what Hibernate maps Instant and OffsetDateTime to: a native
			// "with time zone" type where one exists, else a datetime normalised to UTC
			int code = timestamp.withTimeZone() ? SqlTypes.TIMESTAMP_UTC : SqlTypes.TIMESTAMP;
			return sized(code, null, timestamp.precision(), null);
		}
		if (type instanceof ColumnType.Uuid) {
			return isRegistered(SqlTypes.UUID) ? sized(SqlTypes.UUID, null, null, null)
					: sized(SqlTypes.BINARY, 16L, null, null);
		}
		if (type instanceof ColumnType.Binary binary) {
			return sized(SqlTypes.BINARY, (long) binary.length(), null, null);
		}
		if (type instanceof ColumnType.VarBinary varBinary) {
			return sized(SqlTypes.VARBINARY, (long) varBinary.length(), null, null);
		}
		if (type instanceof ColumnType.Blob) {
			return sized(SqlTypes.BLOB, null, null, null);
		}
		if (type instanceof ColumnType.Json) {
			return isRegistered(SqlTypes.JSON) ? sized(SqlTypes.JSON, null, null, null)
					: sized(SqlTypes.LONG32VARCHAR, null, null, null);
		}
		if (type instanceof ColumnType.Raw raw) {
			return raw.sqlFor(this.family);
		}
		if (type instanceof ColumnType.Enumerated) {
			throw new IllegalArgumentException("Enum types are rendered with their column by the renderer");
		}
		throw new IllegalArgumentException("Unknown column type " + type);
	}

	/** The type Hibernate registers for a JDBC type code, with the given length, precision and scale. */
	protected final String sized(int sqlTypeCode, Long length, Integer precision, Integer scale) {
		return this.registry.getTypeName(sqlTypeCode, length, precision, scale);
	}

	protected final boolean isRegistered(int sqlTypeCode) {
		return this.registry.getDescriptor(sqlTypeCode) != null;
	}

}
