package com.example.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Note {

	@Id
	@GeneratedValue
	private Long id;

	@Column(nullable = false, length = 200)
	private String title;

	private boolean pinned = false;

}
