package dev.retort.autogenerate.models.enums1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * Enums as Hibernate maps them, before each gained a constant: by ordinal (the JPA default, a
 * number checked by a range), by name in a column shorter than 255 (a {@code varchar} checked by
 * a list on PostgreSQL), and by name in the default length; one ordinal in a column whose name
 * is a reserved word.
 */
@Entity
public class Ticket {

	@Id
	private Long id;

	private Priority priority;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private State state;

	/** A reserved word, quoted in the mapping as it must be on every database. */
	@Column(name = "\"order\"")
	private Priority order;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	public Ticket() {
	}

	public Ticket(Long id, Priority priority, State state, Kind kind) {
		this.id = id;
		this.priority = priority;
		this.state = state;
		this.kind = kind;
		this.order = priority;
	}

	public enum Priority {

		LOW, HIGH

	}

	public enum State {

		OPEN, CLOSED

	}

	public enum Kind {

		BUG, TASK

	}

}
