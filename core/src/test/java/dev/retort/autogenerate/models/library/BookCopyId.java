package dev.retort.autogenerate.models.library;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An embedded id of two columns. */
@Embeddable
public class BookCopyId implements Serializable {

	@Column(length = 13)
	private String isbn;

	private int copyNumber;

	@Override
	public boolean equals(Object other) {
		return other instanceof BookCopyId id && id.isbn.equals(this.isbn) && id.copyNumber == this.copyNumber;
	}

	@Override
	public int hashCode() {
		return this.isbn.hashCode() * 31 + this.copyNumber;
	}

}
