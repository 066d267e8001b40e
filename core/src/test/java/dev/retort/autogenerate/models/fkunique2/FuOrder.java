package dev.retort.autogenerate.models.fkunique2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** An order with the unique constraint replaced by one the foreign key cannot use. */
@Entity
@Table(name = "fu_order", uniqueConstraints = @UniqueConstraint(name = "uq_order_reference", columnNames = "reference"))
public class FuOrder {

	@Id
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "customer_id")
	private FuCustomer customer;

	@Column(length = 40)
	private String reference;

}
