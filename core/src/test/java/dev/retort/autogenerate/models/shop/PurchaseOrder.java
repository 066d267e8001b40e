package dev.retort.autogenerate.models.shop;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/** An identity key, a decimal, a point in time, a string default and a column definition. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@Column(precision = 12, scale = 2, nullable = false)
	private BigDecimal total;

	@Column(nullable = false)
	private Instant placedAt;

	@ColumnDefault("'NEW'")
	@Column(length = 12, nullable = false)
	private String state;

	@Column(columnDefinition = "varchar(40)")
	private String reference;

}
