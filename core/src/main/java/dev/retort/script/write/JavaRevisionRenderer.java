package dev.retort.script.write;

import java.util.List;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

/**
 * Renders a new revision as a Java class that reads as if a person wrote it: the message as
 * Javadoc, the {@link Revision @Revision} annotation with only the attributes in use, and
 * {@code upgrade}/{@code downgrade} holding the given code, or a comment saying what belongs
 * there.
 */
final class JavaRevisionRenderer {

	private final String indent;

	JavaRevisionRenderer(String indent) {
		this.indent = indent;
	}

	JavaFile render(NewRevision revision, String javaPackage, String className, RevisionBody body) {
		TypeSpec.Builder type = TypeSpec.classBuilder(className)
			.addJavadoc("$L\n", sentence(revision.message()))
			.addAnnotation(annotation(revision))
			.addModifiers(Modifier.PUBLIC)
			.addSuperinterface(Migration.class)
			.addMethod(method("upgrade", body.upgrade(), revision.isMerge()
					? "A merge point joins branches and usually changes nothing itself."
					: "Describe the change here, through op."))
			.addMethod(method("downgrade", body.downgrade(), revision.isMerge()
					? "Nothing to undo for a merge point."
					: "Undo what upgrade does, in reverse order."))
			.addMethods(body.helpers());
		return JavaFile.builder(javaPackage, type.build()).indent(this.indent).skipJavaLangImports(true).build();
	}

	/**
	 * JavaPoet lays out an annotation with named members one member per line, but writes a lone
	 * {@code value} inline. People write {@code @Revision(id = "...", message = "...")} on one
	 * line, so all members are given as the text of a single {@code value}.
	 */
	private static AnnotationSpec annotation(NewRevision revision) {
		CodeBlock.Builder members = CodeBlock.builder().add("id = $S", revision.id());
		addMember(members, "revises", revision.revises());
		members.add(", message = $S", revision.message());
		addMember(members, "branchLabels", revision.branchLabels());
		addMember(members, "dependsOn", revision.dependsOn());
		return AnnotationSpec.builder(Revision.class).addMember("value", members.build()).build();
	}

	private static void addMember(CodeBlock.Builder members, String name, List<String> values) {
		if (values.isEmpty()) {
			return;
		}
		members.add(", $L = ", name);
		if (values.size() == 1) {
			members.add("$S", values.get(0));
			return;
		}
		members.add("{ ");
		for (int i = 0; i < values.size(); i++) {
			members.add((i > 0) ? ", $S" : "$S", values.get(i));
		}
		members.add(" }");
	}

	private static MethodSpec method(String name, CodeBlock code, String emptyComment) {
		MethodSpec.Builder method = MethodSpec.methodBuilder(name)
			.addAnnotation(Override.class)
			.addModifiers(Modifier.PUBLIC)
			.addParameter(Operations.class, RevisionBody.OPERATIONS_PARAMETER);
		if (code.isEmpty()) {
			method.addComment("$L", emptyComment);
		}
		else {
			method.addCode(code);
		}
		return method.build();
	}

	private static String sentence(String message) {
		String text = message.strip().replace("*/", "*&#47;");
		return (text.endsWith(".") || text.endsWith("!") || text.endsWith("?")) ? text : text + ".";
	}

}
