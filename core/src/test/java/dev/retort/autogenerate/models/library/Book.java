package dev.retort.autogenerate.models.library;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

/** A natural string key, a many-to-many through a join table, a named foreign key. */
@Entity
public class Book {

	@Id
	@Column(length = 13)
	private String isbn;

	@Column(length = 200, nullable = false)
	private String title;

	@ManyToOne
	@JoinColumn(name = "publisher_id", foreignKey = @ForeignKey(name = "fk_book_publisher"))
	private Publisher publisher;

	@ManyToMany
	@JoinTable(name = "book_author", joinColumns = @JoinColumn(name = "book_isbn"),
			inverseJoinColumns = @JoinColumn(name = "author_id"))
	private Set<Author> authors = new HashSet<>();

}
