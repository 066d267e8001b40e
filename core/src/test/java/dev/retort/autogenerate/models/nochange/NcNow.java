package dev.retort.autogenerate.models.nochange;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnDefault;

/** {@code current_timestamp} against {@code now()} and {@code current_timestamp(6)}. */
@Entity
@Table(name = "nc_now")
public class NcNow {

	@Id
	private Long id;

	@ColumnDefault("current_timestamp")
	private LocalDateTime updatedAt;

}
