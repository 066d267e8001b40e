package dev.retort.script.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import com.palantir.javapoet.JavaFile;

import dev.retort.RetortException;

/**
 * Writes new revisions into a project: Java classes under a source directory and package, or
 * {@code .sql} files into a directory. Never overwrites a file.
 */
public final class RevisionWriter {

	/** Indentation of generated Java: a tab, as the Spring Boot code style. */
	public static final String DEFAULT_INDENT = "\t";

	private final JavaRevisionRenderer javaRenderer;

	private final SqlRevisionRenderer sqlRenderer = new SqlRevisionRenderer();

	public RevisionWriter() {
		this(DEFAULT_INDENT);
	}

	/** @param indent one level of indentation in generated Java, e.g. four spaces */
	public RevisionWriter(String indent) {
		this.javaRenderer = new JavaRevisionRenderer(indent);
	}

	/**
	 * Writes {@code revision} as a Java class.
	 * @param sourceDirectory e.g. {@code src/main/java}
	 * @param javaPackage the revisions package
	 * @param body the code of upgrade and downgrade ({@link RevisionBody#empty()} for none)
	 * @return the written file
	 */
	public Path writeJava(NewRevision revision, Path sourceDirectory, String javaPackage, RevisionBody body) {
		Path directory = sourceDirectory.resolve(javaPackage.replace('.', '/'));
		String className = RevisionNaming.javaClassName(revision);
		JavaFile file = this.javaRenderer.render(revision, javaPackage, uniqueName(directory, className, ".java"), body);
		return write(directory.resolve(file.typeSpec().name() + ".java"), file.toString());
	}

	/**
	 * Writes {@code revision} as a {@code .sql} file with the given statements (empty sections
	 * get a comment saying what goes there).
	 */
	public Path writeSql(NewRevision revision, Path directory, List<String> upgrade, List<String> downgrade) {
		String fileName = RevisionNaming.sqlFileName(revision);
		String baseName = uniqueName(directory, fileName.substring(0, fileName.length() - 4), ".sql");
		return write(directory.resolve(baseName + ".sql"), this.sqlRenderer.render(revision, upgrade, downgrade));
	}

	/** Adds {@code _2}, {@code _3}... when two revisions at the same depth share a message. */
	private static String uniqueName(Path directory, String name, String extension) {
		String candidate = name;
		for (int i = 2; Files.exists(directory.resolve(candidate + extension)); i++) {
			candidate = name + "_" + i;
		}
		return candidate;
	}

	private static Path write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
			return file;
		}
		catch (FileAlreadyExistsException ex) {
			throw new RetortException("Not overwriting " + file + "; it already exists.");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}
