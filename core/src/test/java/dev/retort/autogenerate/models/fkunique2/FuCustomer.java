package dev.retort.autogenerate.models.fkunique2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "fu_customer")
public class FuCustomer {

	@Id
	private Long id;

}
