package dev.retort.autogenerate.models.kinds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One attribute of each basic Java type, for the types each dialect gives them. */
@Entity
public class Measurement {

	@Id
	private UUID id;

	private LocalDate day;

	private LocalTime atTime;

	private LocalDateTime localAt;

	private OffsetDateTime offsetAt;

	private Instant instantAt;

	private double precise;

	private float ratio;

	private short small;

	private long big;

	private Boolean flag;

	private BigDecimal amount;

	@Column(length = 64)
	private byte[] digest;

	private Character initial;

}
