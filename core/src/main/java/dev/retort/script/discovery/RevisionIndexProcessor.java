package dev.retort.script.discovery;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.util.Set;
import java.util.TreeSet;

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

/**
 * Writes {@link RevisionIndex#RESOURCE}, the list of {@code @Revision} classes, while the
 * project compiles, so that start-up reads one small file per jar instead of scanning packages.
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

	private final Set<String> found = new TreeSet<>();

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
					this.found.add(binaryName((TypeElement) element));
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

	private void writeIndex() {
		Set<String> classNames = new TreeSet<>(this.found);
		classNames.addAll(stillValidEntriesOfExistingIndex());
		try {
			FileObject file = this.processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
					RevisionIndex.RESOURCE);
			try (Writer writer = file.openWriter()) {
				RevisionIndex.write(classNames, writer);
			}
		}
		catch (IOException ex) {
			this.processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
					"Cannot write " + RevisionIndex.RESOURCE + ": " + ex);
		}
	}

	private Set<String> stillValidEntriesOfExistingIndex() {
		Set<String> kept = new TreeSet<>();
		try {
			FileObject existing = this.processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "",
					RevisionIndex.RESOURCE);
			try (InputStream input = existing.openInputStream()) {
				for (String className : RevisionIndex.read(input)) {
					TypeElement type = this.processingEnv.getElementUtils().getTypeElement(className.replace('$', '.'));
					if (type != null && type.getAnnotationMirrors().stream()
						.anyMatch((mirror) -> mirror.getAnnotationType().toString().equals(REVISION))) {
						kept.add(className);
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
