package dev.retort.autogenerate.models.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.TableGenerator;

/** Table-per-class inheritance, its ids from a table generator. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Animal {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "animal_ids")
	@TableGenerator(name = "animal_ids", table = "id_generator", pkColumnName = "name", valueColumnName = "next_value")
	private Long id;

	private String name;

}
