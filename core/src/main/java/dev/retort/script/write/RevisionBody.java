package dev.retort.script.write;

import java.util.List;
import java.util.Objects;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;

/**
 * The code of a Java revision's {@code upgrade} and {@code downgrade}, in terms of a parameter
 * named {@code op}: empty for a revision the user fills in, generated for autogenerate.
 *
 * @param upgrade statements of {@code upgrade(Operations op)}
 * @param downgrade statements of {@code downgrade(Operations op)}
 * @param helpers further methods of the class that {@code upgrade} and {@code downgrade} call:
 * the parts of a revision too large for one method
 */
public record RevisionBody(CodeBlock upgrade, CodeBlock downgrade, List<MethodSpec> helpers) {

	/** The name of the {@code Operations} parameter generated code refers to. */
	public static final String OPERATIONS_PARAMETER = "op";

	public RevisionBody {
		Objects.requireNonNull(upgrade, "upgrade");
		Objects.requireNonNull(downgrade, "downgrade");
		helpers = List.copyOf(helpers);
	}

	public RevisionBody(CodeBlock upgrade, CodeBlock downgrade) {
		this(upgrade, downgrade, List.of());
	}

	/** Nothing yet: the written methods carry a comment saying what belongs there. */
	public static RevisionBody empty() {
		return new RevisionBody(CodeBlock.of(""), CodeBlock.of(""));
	}

	boolean isEmpty() {
		return this.upgrade.isEmpty() && this.downgrade.isEmpty();
	}

}
