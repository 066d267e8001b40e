package dev.retort.autogenerate.models.nochange;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Timestamps with their precision stated or left to the database's default. */
@Entity
@Table(name = "nc_timestamp")
public class NcTimestamp {

	@Id
	private Long id;

	private LocalDateTime createdAt;

	private Instant placedAt;

}
