package dev.retort.autogenerate.models.inheritance;

import jakarta.persistence.Entity;

@Entity
public class Truck extends Vehicle {

	private Double payloadTons;

}
