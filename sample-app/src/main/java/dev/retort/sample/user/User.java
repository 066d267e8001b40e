package dev.retort.sample.user;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import dev.retort.sample.item.Item;

/**
 * The seed's {@code User}. The table is named {@code user}, as in the seed: a reserved word on
 * every database, so the name is quoted (Hibernate's backticks), on H2 and PostgreSQL as
 * {@code "user"} and on MariaDB as {@code `user`}.
 */
@Entity
@Table(name = "`user`", indexes = @Index(name = "ix_user_email", columnList = "email", unique = true))
public class User {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(nullable = false, length = 255)
	private String email;

	private boolean isActive = true;

	private boolean isSuperuser = false;

	@Column(length = 255)
	private String fullName;

	@Column(nullable = false)
	private String hashedPassword;

	@OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Item> items = new ArrayList<>();

	protected User() {
	}

	public User(String email, String fullName, String hashedPassword) {
		this.email = email;
		this.fullName = fullName;
		this.hashedPassword = hashedPassword;
	}

	public UUID getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public boolean isActive() {
		return this.isActive;
	}

	public boolean isSuperuser() {
		return this.isSuperuser;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getHashedPassword() {
		return this.hashedPassword;
	}

	public List<Item> getItems() {
		return this.items;
	}

}
