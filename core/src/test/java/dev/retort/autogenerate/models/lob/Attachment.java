package dev.retort.autogenerate.models.lob;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/** Large objects of the length a @Column gives by default (255): tinyblob and tinytext on MariaDB. */
@Entity
public class Attachment {

	@Id
	private Long id;

	@Lob
	@Column(length = 255)
	private byte[] body;

	@Lob
	@Column(length = 255)
	private String note;

}
