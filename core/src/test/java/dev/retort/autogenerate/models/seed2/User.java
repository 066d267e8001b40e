package dev.retort.autogenerate.models.seed2;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** The seed post's {@code User} after "Add is_active to User". */
@Entity
@Table(name = "`user`", indexes = @Index(name = "ix_user_email", columnList = "email", unique = true))
public class User {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private boolean isActive = true;

	@Column(nullable = false)
	private boolean isSuperuser;

	private String fullName;

	@Column(nullable = false)
	private String hashedPassword;

	@OneToMany(mappedBy = "owner")
	private List<Item> items = new ArrayList<>();

}
