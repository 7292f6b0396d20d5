package org.sdstudio.model.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which files of the repository belong to the generator, and where the files EMF writes into its workspace-like
 * output folder go. All paths are relative to the repository root and use '/'.
 */
final class GeneratedLayout {

  static final String MODEL_PROJECT = "org.sdstudio.model";
  static final String EDIT_PROJECT = "org.sdstudio.model.edit";

  static final String GENMODEL = "model/sdstudio.genmodel";

  /** Folders whose whole content is generated: every file in them is compared, stale ones are removed. */
  static final List<String> OWNED_DIRECTORIES = List.of(
      "bundles/" + MODEL_PROJECT + "/src-gen/",
      "bundles/" + EDIT_PROJECT + "/src-gen/",
      "bundles/" + EDIT_PROJECT + "/icons/");

  /** Single generated files. */
  static final List<String> OWNED_FILES = List.of(
      "bundles/" + EDIT_PROJECT + "/plugin.properties",
      GENMODEL);

  /**
   * Files EMF writes that are maintained by hand in the bundles (the bundle's MANIFEST, plugin.xml and
   * build.properties; the model bundle's plugin.properties). They stay in the output folder for reference only.
   */
  private static final Set<String> DISCARDED_MODEL_FILES =
      Set.of("META-INF/MANIFEST.MF", "plugin.xml", "build.properties", "plugin.properties");
  private static final Set<String> DISCARDED_EDIT_FILES =
      Set.of("META-INF/MANIFEST.MF", "plugin.xml", "build.properties");

  private GeneratedLayout() {
  }

  /**
   * Maps a file EMF generated, given by its path in the output folder ("project/path/in/project"), to its place in
   * the repository; empty when the file is knowingly discarded.
   *
   * @throws IllegalStateException for a file that is neither kept nor knowingly discarded, so that a change of the
   *     GenModel that makes EMF write something new is never silently ignored
   */
  static Optional<String> repositoryPath(String outputPath) {
    int slash = outputPath.indexOf('/');
    String project = slash < 0 ? "" : outputPath.substring(0, slash);
    String inProject = outputPath.substring(slash + 1);
    if (MODEL_PROJECT.equals(project)) {
      if (inProject.startsWith("src-gen/")) {
        return Optional.of("bundles/" + outputPath);
      }
      if (DISCARDED_MODEL_FILES.contains(inProject)) {
        return Optional.empty();
      }
    } else if (EDIT_PROJECT.equals(project)) {
      if (inProject.startsWith("src-gen/") || inProject.startsWith("icons/") || inProject.equals("plugin.properties")) {
        return Optional.of("bundles/" + outputPath);
      }
      if (DISCARDED_EDIT_FILES.contains(inProject)) {
        return Optional.empty();
      }
    }
    throw new IllegalStateException("EMF generated " + outputPath
        + ", which is neither kept nor knowingly discarded: decide in " + GeneratedLayout.class.getName()
        + " where it belongs (or change the GenModel so that it is not generated)");
  }

  /** Whether a repository path lies in a generated location. */
  static boolean isOwned(String path) {
    return OWNED_FILES.contains(path) || OWNED_DIRECTORIES.stream().anyMatch(path::startsWith);
  }

  /** The files now in the repository's generated locations. */
  static SortedSet<String> committedFiles(Path repositoryRoot) throws IOException {
    SortedSet<String> result = new TreeSet<>();
    for (String directory : OWNED_DIRECTORIES) {
      Path root = repositoryRoot.resolve(directory);
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          files.filter(Files::isRegularFile).forEach(file -> result.add(relative(repositoryRoot, file)));
        }
      }
    }
    for (String file : OWNED_FILES) {
      if (Files.exists(repositoryRoot.resolve(file))) {
        result.add(file);
      }
    }
    return result;
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
