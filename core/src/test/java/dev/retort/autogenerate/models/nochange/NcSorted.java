package dev.retort.autogenerate.models.nochange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** An index column ascending by default against one ascending explicitly. */
@Entity
@Table(name = "nc_sorted", indexes = @Index(name = "ix_nc_sorted_label", columnList = "label asc"))
public class NcSorted {

	@Id
	private Long id;

	@Column(length = 20)
	private String label;

}
