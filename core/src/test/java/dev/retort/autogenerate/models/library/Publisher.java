package dev.retort.autogenerate.models.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Quoted identifiers keep their case. */
@Entity
@Table(name = "\"Publisher\"")
public class Publisher {

	@Id
	@GeneratedValue
	private Long id;

	@Column(name = "\"DisplayName\"", length = 100, nullable = false)
	private String displayName;

}
