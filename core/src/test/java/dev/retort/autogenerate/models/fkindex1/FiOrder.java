package dev.retort.autogenerate.models.fkindex1;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An order with a composite index led by the foreign key. */
@Entity
@Table(name = "fi_order", indexes = @Index(name = "ix_order_customer_placed", columnList = "customer_id, placed_at"))
public class FiOrder {

	@Id
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "customer_id")
	private FiCustomer customer;

	private LocalDateTime placedAt;

	private String state;

}
