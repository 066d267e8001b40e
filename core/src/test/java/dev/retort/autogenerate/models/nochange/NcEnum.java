package dev.retort.autogenerate.models.nochange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enum by name against its values in another order, native or as a check. */
@Entity
@Table(name = "nc_enum")
public class NcEnum {

	@Id
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NcColor color;

}
