package dev.retort.autogenerate.models.shop;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

/**
 * Table options: a named unique constraint, an index with a descending column, a table comment
 * and check, a sequence generator, enums by name and by ordinal, a database default, an
 * embeddable, a large object and an element collection.
 */
@Entity
@Table(name = "customer",
		uniqueConstraints = @UniqueConstraint(name = "uq_customer_code_region", columnNames = { "code", "region" }),
		indexes = @Index(name = "ix_customer_name", columnList = "lastName, firstName DESC"))
@Comment("People who buy")
@Check(name = "ck_customer_code", constraints = "code <> ''")
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_ids")
	@SequenceGenerator(name = "customer_ids", sequenceName = "customer_id_seq", initialValue = 100, allocationSize = 10)
	private Long id;

	@Column(length = 20, nullable = false)
	private String code;

	@Column(length = 10, nullable = false)
	private String region;

	@Column(length = 80)
	private String firstName;

	@Column(length = 80)
	private String lastName;

	@Column(unique = true, length = 320)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.ACTIVE;

	@Enumerated(EnumType.ORDINAL)
	private Tier tier;

	@ColumnDefault("0")
	@Column(nullable = false)
	@Comment("Points earned, never spent")
	private int loyaltyPoints;

	@Embedded
	private Address address;

	@Lob
	private String notes;

	@ElementCollection
	@CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
	@Column(name = "phone", length = 30, nullable = false)
	private Set<String> phones = new HashSet<>();

}
