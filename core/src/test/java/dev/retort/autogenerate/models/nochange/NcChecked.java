package dev.retort.autogenerate.models.nochange;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Check;

/** A named check whose condition the database holds otherwise: compared by name, as Alembic does. */
@Entity
@Table(name = "nc_checked")
@Check(name = "ck_nc_checked_x", constraints = "x > 0")
public class NcChecked {

	@Id
	private Long id;

	private Integer x;

}
