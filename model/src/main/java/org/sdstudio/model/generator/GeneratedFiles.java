package org.sdstudio.model.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The complete content of the generated locations as the generator produces it (repository path to bytes), and the
 * two things done with it: comparing it with the repository ({@link #compareWith}) and writing it there
 * ({@link #writeTo}).
 */
final class GeneratedFiles {

  /** One way in which the repository differs from the generator's output. */
  enum Kind {
    DIFFERS("differs"),
    MISSING("missing"),
    EXTRA("extra");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  record Difference(Kind kind, String path) {
    @Override
    public String toString() {
      return String.format("%-8s %s", kind.label, path);
    }
  }

  /** What {@link #writeTo} changed. */
  record WriteSummary(int written, int unchanged, int deleted) {
  }

  private final SortedMap<String, byte[]> files = new TreeMap<>();

  void put(String repositoryPath, byte[] content) {
    if (!GeneratedLayout.isOwned(repositoryPath)) {
      throw new IllegalArgumentException(repositoryPath + " is not in a generated location");
    }
    if (files.put(repositoryPath, content) != null) {
      throw new IllegalStateException(repositoryPath + " was generated twice");
    }
  }

  SortedMap<String, byte[]> asMap() {
    return Collections.unmodifiableSortedMap(files);
  }

  /** The generated files that are empty (a generated file is never empty unless something went wrong). */
  List<String> emptyFiles() {
    return files.entrySet().stream().filter(e -> e.getValue().length == 0).map(e -> e.getKey()).toList();
  }

  /** Every file that differs, is missing from the repository, or is in a generated location but not generated. */
  List<Difference> compareWith(Path repositoryRoot) throws IOException {
    List<Difference> result = new ArrayList<>();
    SortedSet<String> committed = GeneratedLayout.committedFiles(repositoryRoot);
    for (var entry : files.entrySet()) {
      if (!committed.contains(entry.getKey())) {
        result.add(new Difference(Kind.MISSING, entry.getKey()));
      } else if (!Arrays.equals(entry.getValue(), Files.readAllBytes(repositoryRoot.resolve(entry.getKey())))) {
        result.add(new Difference(Kind.DIFFERS, entry.getKey()));
      }
    }
    for (String path : committed) {
      if (!files.containsKey(path)) {
        result.add(new Difference(Kind.EXTRA, path));
      }
    }
    result.sort(Comparator.comparing(Difference::path));
    return result;
  }

  /**
   * Makes the generated locations of the repository equal to this content: writes new and changed files, deletes
   * files that are no longer generated, and removes folders left empty. Nothing outside the generated locations is
   * touched.
   */
  WriteSummary writeTo(Path repositoryRoot) throws IOException {
    int written = 0;
    int unchanged = 0;
    int deleted = 0;
    for (String path : GeneratedLayout.committedFiles(repositoryRoot)) {
      if (!files.containsKey(path)) {
        Files.delete(repositoryRoot.resolve(path));
        deleted++;
      }
    }
    for (var entry : files.entrySet()) {
      Path target = repositoryRoot.resolve(entry.getKey());
      if (Files.isRegularFile(target) && Arrays.equals(entry.getValue(), Files.readAllBytes(target))) {
        unchanged++;
      } else {
        Files.createDirectories(target.getParent());
        Files.write(target, entry.getValue());
        written++;
      }
    }
    for (String directory : GeneratedLayout.OWNED_DIRECTORIES) {
      removeEmptyDirectories(repositoryRoot.resolve(directory));
    }
    return new WriteSummary(written, unchanged, deleted);
  }

  private static void removeEmptyDirectories(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).filter(Files::isDirectory).forEach(directory -> {
        try (Stream<Path> children = Files.list(directory)) {
          if (children.findAny().isEmpty()) {
            Files.delete(directory);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
