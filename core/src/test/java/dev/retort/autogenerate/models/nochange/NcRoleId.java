package dev.retort.autogenerate.models.nochange;

import java.io.Serializable;

import jakarta.persistence.Embeddable;

/** The two columns of {@link NcPersonRole}'s key. */
@Embeddable
public class NcRoleId implements Serializable {

	private long personId;

	private long roleId;

	@Override
	public boolean equals(Object other) {
		return other instanceof NcRoleId id && id.personId == this.personId && id.roleId == this.roleId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.personId) * 31 + Long.hashCode(this.roleId);
	}

}
