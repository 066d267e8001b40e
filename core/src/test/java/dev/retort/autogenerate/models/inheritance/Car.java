package dev.retort.autogenerate.models.inheritance;

import jakarta.persistence.Entity;

@Entity
public class Car extends Vehicle {

	private Integer seats;

}
