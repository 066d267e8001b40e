package dev.retort.script.discovery;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;

import dev.retort.Revision;
import dev.retort.script.RevisionHeader;

/**
 * Writes {@link RevisionIndex#RESOURCE}, the {@code @Revision} classes with their headers and
 * source fingerprints, while the project compiles, so that start-up reads one small file per jar
 * instead of scanning packages, and builds the revision graph without loading the classes.
 * <p>
 * Found by javac through {@code META-INF/services} whenever retort-core is on the compile
 * classpath. A project that declares {@code annotationProcessorPaths} in the
 * maven-compiler-plugin must list retort-core there too, or the index is not written and
 * Retort falls back to scanning (and logs that it did).
 * <p>
 * Incremental builds compile only some classes; the entries of the existing index are kept as
 * long as their class still exists and still carries the annotation.
 */
@SupportedAnnotationTypes(RevisionIndexProcessor.REVISION)
public class RevisionIndexProcessor extends AbstractProcessor {

	static final String REVISION = "dev.retort.Revision";

	private static final String MIGRATION = "dev.retort.Migration";

	/** The revisions compiled in this build, by binary name. */
	private final Map<String, RevisionIndex.Entry> found = new TreeMap<>();

	@Override
	public SourceVersion getSupportedSourceVersion() {
		return SourceVersion.latestSupported();
	}

	@Override
	public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
		TypeElement revision = this.processingEnv.getElementUtils().getTypeElement(REVISION);
		if (revision != null) {
			for (Element element : round.getElementsAnnotatedWith(revision)) {
				if (isUsableRevision(element)) {
					TypeElement type = (TypeElement) element;
					String className = binaryName(type);
					this.found.put(className, new RevisionIndex.Entry(className, header(type), fingerprint(type)));
				}
			}
		}
		if (round.processingOver() && !this.found.isEmpty()) {
			writeIndex();
		}
		return false;
	}

	private boolean isUsableRevision(Element element) {
		if (element.getKind() != ElementKind.CLASS || element.getModifiers().contains(Modifier.ABSTRACT)) {
			error(element, "@Revision belongs on a concrete class implementing " + MIGRATION);
			return false;
		}
		TypeElement migration = this.processingEnv.getElementUtils().getTypeElement(MIGRATION);
		TypeMirror type = element.asType();
		if (migration != null && !this.processingEnv.getTypeUtils().isAssignable(
				this.processingEnv.getTypeUtils().erasure(type), migration.asType())) {
			error(element, "A @Revision class must implement " + MIGRATION + " (upgrade and downgrade)");
			return false;
		}
		return true;
	}

	private static RevisionHeader header(TypeElement type) {
		Revision revision = type.getAnnotation(Revision.class);
		return new RevisionHeader(revision.id(), List.of(revision.revises()), List.of(revision.dependsOn()),
				List.of(revision.branchLabels()), revision.message(), revision.transactional());
	}

	/**
	 * A digest of the class as javac parsed it, printed back without comments and in one layout:
	 * start-up compares it with the one recorded when the revision was applied, and works out the
	 * revision's checksum (which means loading and running its code) only when they differ. Not
	 * every compiler gives its trees (Eclipse's does not); without one, start-up always does.
	 */
	private String fingerprint(TypeElement type) {
		try {
			Tree tree = Trees.instance(this.processingEnv).getTree(type);
			if (tree == null) {
				return null;
			}
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(tree.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (IllegalArgumentException | LinkageError | NoSuchAlgorithmException ex) {
			return null;
		}
	}

	private void writeIndex() {
		Map<String, RevisionIndex.Entry> entries = new TreeMap<>(stillValidEntriesOfExistingIndex());
		entries.putAll(this.found);
		try {
			FileObject file = this.processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
					RevisionIndex.RESOURCE);
			try (Writer writer = file.openWriter()) {
				RevisionIndex.write(entries.values(), writer);
			}
		}
		catch (IOException ex) {
			this.processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
					"Cannot write " + RevisionIndex.RESOURCE + ": " + ex);
		}
	}

	/**
	 * The entries of the index an earlier build wrote whose class still exists and still carries
	 * the annotation, with the header read afresh; their fingerprint stands, for a class whose
	 * source changed is compiled again, and so is among those {@link #found}.
	 */
	private Map<String, RevisionIndex.Entry> stillValidEntriesOfExistingIndex() {
		Map<String, RevisionIndex.Entry> kept = new TreeMap<>();
		try {
			FileObject existing = this.processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "",
					RevisionIndex.RESOURCE);
			try (InputStream input = existing.openInputStream()) {
				for (RevisionIndex.Entry entry : RevisionIndex.read(input)) {
					String className = entry.className();
					TypeElement type = this.processingEnv.getElementUtils().getTypeElement(className.replace('$', '.'));
					if (type != null && type.getAnnotation(Revision.class) != null) {
						kept.put(className, new RevisionIndex.Entry(className, header(type), entry.fingerprint()));
					}
				}
			}
		}
		catch (FileNotFoundException | NoSuchFileException ex) {
			// First build: nothing to merge with.
		}
		catch (IOException | IllegalArgumentException ex) {
			this.processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
					"Ignoring unreadable " + RevisionIndex.RESOURCE + ": " + ex);
		}
		return kept;
	}

	private String binaryName(TypeElement type) {
		return this.processingEnv.getElementUtils().getBinaryName(type).toString();
	}

	private void error(Element element, String message) {
		this.processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
	}

}
