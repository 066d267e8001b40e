package dev.retort.autogenerate.models.coldef;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Column definitions that carry a default, as people write them. */
@Entity
@Table(name = "cd_ticket")
public class CdTicket {

	@Id
	private Long id;

	@Column(columnDefinition = "varchar(40) default 'new'")
	private String state;

	@Column(columnDefinition = "boolean default false", nullable = false)
	private boolean urgent;

	@Column(columnDefinition = "timestamp default current_timestamp")
	private LocalDateTime openedAt;

	@Column(columnDefinition = "integer DEFAULT 3 not null")
	private int priority;

}
