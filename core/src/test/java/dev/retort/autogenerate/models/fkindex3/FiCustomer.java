package dev.retort.autogenerate.models.fkindex3;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "fi_customer")
public class FiCustomer {

	@Id
	private Long id;

	private String name;

}
