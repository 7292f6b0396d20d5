package org.sdstudio.model.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Generates the EMF Model and Edit code of SD Studio from {@code model/sdstudio.genmodel} and either writes it into
 * the bundles ({@code update}) or checks that the committed code equals it ({@code check}).
 *
 * <p>Arguments: {@code update|check <model folder> <build folder>}. The repository root is the model folder's
 * parent. Failures are thrown (never System.exit) so that it can run inside the Maven JVM.
 */
public final class GenerateModelCode {

  /** The one documented way to regenerate, run from the repository root. */
  static final String REGENERATE_COMMAND = "./mvnw -f model/pom.xml -Pgenerate";

  private GenerateModelCode() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !(args[0].equals("update") || args[0].equals("check"))) {
      throw new IllegalArgumentException("usage: GenerateModelCode update|check <model folder> <build folder>");
    }
    boolean update = args[0].equals("update");
    Path modelDirectory = Path.of(args[1]).toAbsolutePath().normalize();
    Path buildDirectory = Path.of(args[2]).toAbsolutePath().normalize();
    Path repositoryRoot = modelDirectory.getParent();
    Path genModel = modelDirectory.resolve("sdstudio.genmodel");
    if (!Files.isRegularFile(genModel)) {
      throw new IllegalArgumentException(genModel + " not found");
    }

    long start = System.nanoTime();
    Path outputDirectory = buildDirectory.resolve("emf-gen");
    GeneratedFiles generated = new EmfCodeGenerator(genModel).generate(outputDirectory);
    long millis = (System.nanoTime() - start) / 1_000_000;

    if (update) {
      GeneratedFiles.WriteSummary summary = generated.writeTo(repositoryRoot);
      System.out.printf("EMF code generated in %d ms: %d files, %d written, %d unchanged, %d deleted.%n",
          millis, generated.asMap().size(), summary.written(), summary.unchanged(), summary.deleted());
      System.out.println("Generated locations: " + String.join(", ", locations()));
    } else {
      List<GeneratedFiles.Difference> differences = generated.compareWith(repositoryRoot);
      if (!differences.isEmpty()) {
        throw new OutOfDateException(report(differences, outputDirectory, repositoryRoot));
      }
      System.out.printf("Generated EMF code is up to date (%d files compared, generated in %d ms).%n",
          generated.asMap().size(), millis);
    }
  }

  private static List<String> locations() {
    return Stream.concat(GeneratedLayout.OWNED_DIRECTORIES.stream(), GeneratedLayout.OWNED_FILES.stream()).toList();
  }

  static String report(List<GeneratedFiles.Difference> differences, Path outputDirectory, Path repositoryRoot) {
    return "The committed EMF code is not what model/sdstudio.ecore and model/sdstudio.genmodel generate ("
        + differences.size() + (differences.size() == 1 ? " file" : " files") + "):\n"
        + differences.stream().map(d -> "  " + d).collect(Collectors.joining("\n")) + "\n"
        + "(differs = content differs, missing = generated but not in the repository,"
        + " extra = in a generated location but not generated)\n"
        + "Do not edit generated files; change the ecore/genmodel, then regenerate from the repository root with:\n"
        + "  " + REGENERATE_COMMAND + "\n"
        + "and commit the result. Fresh output for comparison: "
        + GeneratedLayout.relative(repositoryRoot, outputDirectory);
  }

  /** The committed generated code is out of date. */
  static final class OutOfDateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfDateException(String message) {
      super(message);
    }
  }
}
