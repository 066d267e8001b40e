package dev.retort.autogenerate.models.library;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/** A composite primary key that is also a foreign key. */
@Entity
@Table(name = "book_copy")
public class BookCopy {

	@EmbeddedId
	private BookCopyId id;

	@MapsId("isbn")
	@ManyToOne(optional = false)
	@JoinColumn(name = "isbn")
	private Book book;

	private String shelf;

}
