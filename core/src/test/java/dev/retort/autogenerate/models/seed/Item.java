package dev.retort.autogenerate.models.seed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** The seed post's {@code Item}, deleted with its owner. */
@Entity
public class Item {

	@Id
	@GeneratedValue
	private Long id;

	@Column(nullable = false)
	private String title;

	private String description;

	@ManyToOne(optional = false)
	@JoinColumn(name = "owner_id")
	@OnDelete(action = OnDeleteAction.CASCADE)
	private User owner;

}
