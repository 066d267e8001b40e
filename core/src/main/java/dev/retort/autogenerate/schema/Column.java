package dev.retort.autogenerate.schema;

import java.util.Objects;

import dev.retort.operations.ServerDefault;
import dev.retort.operations.types.ColumnType;

/**
 * A column.
 *
 * @param name the column's name
 * @param type its portable type; a {@link ColumnType.Raw} when no portable type matches exactly
 * @param nativeType the type as the database (or Hibernate's dialect) spells it, for messages
 * @param nullable whether it accepts {@code null}
 * @param serverDefault its default, normalised ({@link ServerDefault.Bool}, {@link ServerDefault.Numeric},
 * {@link ServerDefault.Text} where the default is a literal), or {@code null} for none
 * @param identity whether the database generates its values (identity, auto-increment, serial)
 * @param comment its comment, or {@code null} for none
 */
public record Column(String name, ColumnType type, String nativeType, boolean nullable, ServerDefault serverDefault,
		boolean identity, String comment) {

	public Column {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		if (serverDefault instanceof ServerDefault.None) {
			serverDefault = null;
		}
		comment = Table.emptyToNull(comment);
	}

	public Column withName(String newName) {
		return new Column(newName, this.type, this.nativeType, this.nullable, this.serverDefault, this.identity,
				this.comment);
	}

	public Column withNativeType(String spelling) {
		return new Column(this.name, this.type, spelling, this.nullable, this.serverDefault, this.identity,
				this.comment);
	}

	public Column withType(ColumnType newType) {
		return new Column(this.name, newType, this.nativeType, this.nullable, this.serverDefault, this.identity,
				this.comment);
	}

}
