package dev.retort.sample.item;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import dev.retort.sample.user.User;

/**
 * The seed's {@code Item}: owned by a user, and deleted with it by the database itself
 * ({@code ON DELETE CASCADE}) as well as by JPA.
 */
@Entity
public class Item {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(nullable = false, length = 255)
	private String title;

	@Column(length = 255)
	private String description;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "owner_id", nullable = false)
	@OnDelete(action = OnDeleteAction.CASCADE)
	private User owner;

	protected Item() {
	}

	public Item(User owner, String title, String description) {
		this.owner = owner;
		this.title = title;
		this.description = description;
	}

	public UUID getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public User getOwner() {
		return this.owner;
	}

}
