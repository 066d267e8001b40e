package dev.retort.autogenerate.models.enums1;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * Names whose check PostgreSQL names past its 63 bytes: the name it generates is not
 * {@code <table>_<column>_check}.
 */
@Entity
public class EscalationPolicyAssignmentHistory {

	@Id
	private Long id;

	@Enumerated(EnumType.STRING)
	private Ticket.Kind escalationSeverityClassification;

	public EscalationPolicyAssignmentHistory() {
	}

	public EscalationPolicyAssignmentHistory(Long id, Ticket.Kind escalationSeverityClassification) {
		this.id = id;
		this.escalationSeverityClassification = escalationSeverityClassification;
	}

}
