package org.sdstudio.model.generator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedFilesTest {

  private static final String MODEL_SRC = "bundles/org.sdstudio.model/src-gen/org/sdstudio/model/";
  private static final String EDIT_PROPERTIES = "bundles/org.sdstudio.model.edit/plugin.properties";

  @TempDir
  Path repository;

  private GeneratedFiles generated() {
    GeneratedFiles files = new GeneratedFiles();
    files.put(MODEL_SRC + "Filing.java", "interface Filing {}\n".getBytes(UTF_8));
    files.put(MODEL_SRC + "Signature.java", "interface Signature {}\n".getBytes(UTF_8));
    files.put(EDIT_PROPERTIES, "pluginName = x\n".getBytes(UTF_8));
    return files;
  }

  private void write(String path, String content) throws IOException {
    Path file = repository.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @Test
  void reportsEveryDifferingMissingAndExtraFile() throws IOException {
    write(MODEL_SRC + "Filing.java", "interface Filing { int edited(); }\n");
    write(MODEL_SRC + "Stale.java", "interface Stale {}\n");
    write(EDIT_PROPERTIES, "pluginName = x\n");
    write("bundles/org.sdstudio.model/src/org/sdstudio/model/io/HandWritten.java", "class HandWritten {}\n");

    List<String> differences = generated().compareWith(repository).stream().map(Object::toString).toList();

    assertEquals(List.of(
        "differs  " + MODEL_SRC + "Filing.java",
        "missing  " + MODEL_SRC + "Signature.java",
        "extra    " + MODEL_SRC + "Stale.java"), differences);
  }

  @Test
  void writeMakesTheRepositoryEqualAndLeavesOtherFilesAlone() throws IOException {
    write(MODEL_SRC + "Filing.java", "edited\n");
    write(MODEL_SRC + "old/Stale.java", "stale\n");
    write("bundles/org.sdstudio.model/src/Hand.java", "hand\n");
    write("bundles/org.sdstudio.model.edit/plugin.xml", "<plugin/>\n");

    GeneratedFiles files = generated();
    GeneratedFiles.WriteSummary summary = files.writeTo(repository);

    assertEquals(new GeneratedFiles.WriteSummary(3, 0, 1), summary);
    assertTrue(files.compareWith(repository).isEmpty());
    assertFalse(Files.exists(repository.resolve(MODEL_SRC + "old")), "emptied folder removed");
    assertEquals("hand\n", Files.readString(repository.resolve("bundles/org.sdstudio.model/src/Hand.java")));
    assertEquals("<plugin/>\n", Files.readString(repository.resolve("bundles/org.sdstudio.model.edit/plugin.xml")));
    assertEquals(new GeneratedFiles.WriteSummary(0, 3, 0), files.writeTo(repository));
  }

  @Test
  void findsEmptyFilesAndRefusesFilesOutsideGeneratedLocations() {
    GeneratedFiles files = generated();
    files.put(MODEL_SRC + "Empty.java", new byte[0]);
    assertEquals(List.of(MODEL_SRC + "Empty.java"), files.emptyFiles());
    assertThrows(IllegalArgumentException.class,
        () -> files.put("bundles/org.sdstudio.model/src/Hand.java", new byte[1]));
  }

  @Test
  void mapsEmfOutputToTheBundlesAndDiscardsTheBundleDescriptors() {
    assertEquals("bundles/org.sdstudio.model/src-gen/org/sdstudio/model/Filing.java",
        GeneratedLayout.repositoryPath("org.sdstudio.model/src-gen/org/sdstudio/model/Filing.java").orElseThrow());
    assertEquals("bundles/org.sdstudio.model.edit/icons/full/obj16/Filing.gif",
        GeneratedLayout.repositoryPath("org.sdstudio.model.edit/icons/full/obj16/Filing.gif").orElseThrow());
    assertEquals(EDIT_PROPERTIES, GeneratedLayout.repositoryPath("org.sdstudio.model.edit/plugin.properties").orElseThrow());
    assertTrue(GeneratedLayout.repositoryPath("org.sdstudio.model/META-INF/MANIFEST.MF").isEmpty());
    assertTrue(GeneratedLayout.repositoryPath("org.sdstudio.model/plugin.properties").isEmpty());
    assertTrue(GeneratedLayout.repositoryPath("org.sdstudio.model.edit/plugin.xml").isEmpty());
    assertThrows(IllegalStateException.class,
        () -> GeneratedLayout.repositoryPath("org.sdstudio.model.editor/src-gen/X.java"));
  }
}
