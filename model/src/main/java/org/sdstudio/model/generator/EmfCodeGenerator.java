package org.sdstudio.model.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenClassGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenEnumGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenPackageGeneratorAdapter;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's code generator outside Eclipse: loads the GenModel, brings it in line with the Ecore model it is
 * built from (as "Reload" does in the Eclipse GenModel editor), and generates the Model and Edit code into a fresh
 * folder laid out like a workspace ({@code <output>/org.sdstudio.model/src-gen/...}).
 *
 * <p>Determinism: the output folder is emptied first, so nothing is ever merged with earlier output (JMerge is
 * switched off altogether); files are written as UTF-8 with '\n' line ends; EMF writes no dates.
 */
final class EmfCodeGenerator {

  /**
   * The edit bundle's name and vendor in its plugin.properties (its MANIFEST uses %pluginName and %providerName).
   * Outside Eclipse EMF writes placeholders there ("SdStudio Edit Support", "www.example.org").
   */
  static final String EDIT_BUNDLE_NAME = "SD Studio Filing Model Edit Support";
  static final String BUNDLE_VENDOR = "SD Studio";

  private static final String PLATFORM_RESOURCE = "platform:/resource/";
  private static final String ECORE_PLUGIN = "platform:/plugin/org.eclipse.emf.ecore/";

  private final Path genModelFile;

  EmfCodeGenerator(Path genModelFile) {
    this.genModelFile = genModelFile;
  }

  /**
   * Generates into {@code outputDirectory} (deleted and created anew) and returns what belongs to the repository:
   * the kept generated files and the reconciled GenModel.
   */
  GeneratedFiles generate(Path outputDirectory) throws IOException {
    deleteRecursively(outputDirectory);
    Files.createDirectories(outputDirectory);

    ResourceSet resourceSet = createResourceSet(outputDirectory);
    GenModel genModel = loadReconciled(resourceSet);
    byte[] genModelContent = serialize(genModel.eResource());

    GeneratedFiles result = new GeneratedFiles();
    result.put(GeneratedLayout.GENMODEL, genModelContent);

    genModel.setCanGenerate(true);
    genModel.setDynamicTemplates(false);
    genModel.setCodeFormatting(false);
    genModel.setImportOrganizing(false);
    genModel.setUpdateClasspath(false);
    runGenerator(genModel);

    collectOutput(outputDirectory, result);
    List<String> empty = result.emptyFiles();
    if (!empty.isEmpty()) {
      throw new GenerationException("EMF generated empty files:\n  " + String.join("\n  ", empty));
    }
    return result;
  }

  private static ResourceSet createResourceSet(Path outputDirectory) {
    ResourceSet resourceSet = new ResourceSetImpl();
    EcoreResourceFactoryImpl xmiFactory = new EcoreResourceFactoryImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", xmiFactory);
    factories.put("genmodel", xmiFactory);
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

    // The GenModel names workspace folders (/org.sdstudio.model/src-gen): every workspace project is a folder of the
    // fresh output directory. Ecore's own GenModel (for EString, EObject, ...) is read from the ecore jar.
    Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
    uriMap.put(URI.createURI(PLATFORM_RESOURCE), URI.createFileURI(outputDirectory.toAbsolutePath() + "/"));
    uriMap.put(URI.createURI(ECORE_PLUGIN), ecoreBundleRoot());
    return resourceSet;
  }

  private static URI ecoreBundleRoot() {
    String entry = "model/Ecore.genmodel";
    URL url = EcorePackage.class.getClassLoader().getResource(entry);
    if (url == null) {
      throw new GenerationException(entry + " not found on the class path (org.eclipse.emf.ecore jar)");
    }
    String location = url.toExternalForm();
    return URI.createURI(location.substring(0, location.length() - entry.length()));
  }

  /**
   * Loads the committed GenModel and returns a GenModel freshly initialized from the Ecore model it names, with all
   * settings of the committed one carried over (GenModel.reconcile), in a resource at the GenModel's location. So a
   * class or feature added to the ecore needs no manual GenModel edit, and a stale GenModel entry disappears.
   */
  private GenModel loadReconciled(ResourceSet resourceSet) {
    URI genModelUri = URI.createFileURI(genModelFile.toAbsolutePath().toString());
    Resource committedResource = resourceSet.getResource(genModelUri, true);
    GenModel committed = (GenModel) committedResource.getContents().get(0);
    if (committed.getForeignModel().isEmpty()) {
      throw new GenerationException(genModelFile + " names no Ecore model (foreignModel)");
    }

    List<EPackage> ePackages = new ArrayList<>();
    for (String foreignModel : committed.getForeignModel()) {
      Resource ecoreResource = resourceSet.getResource(URI.createURI(foreignModel).resolve(genModelUri), true);
      for (EObject root : ecoreResource.getContents()) {
        if (root instanceof EPackage ePackage) {
          ePackages.add(ePackage);
        }
      }
    }
    for (EPackage ePackage : ePackages) {
      failOnErrors("The Ecore model", Diagnostician.INSTANCE.validate(ePackage));
    }

    // Resolve the committed GenModel's references (to the ecore, to Ecore's GenModel) while it is still in the
    // resource set, then make room for the new GenModel at the same URI.
    EcoreUtil.resolveAll(committedResource);
    resourceSet.getResources().remove(committedResource);
    Resource resource = resourceSet.createResource(genModelUri);
    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    resource.getContents().add(genModel);
    genModel.initialize(ePackages);
    genModel.getForeignModel().addAll(committed.getForeignModel());
    genModel.setImporterID(committed.getImporterID());
    genModel.getUsedGenPackages().addAll(committed.getUsedGenPackages());
    genModel.getGenAnnotations().addAll(EcoreUtil.copyAll(committed.getGenAnnotations()));
    genModel.reconcile(committed);

    for (GenPackage genPackage : genModel.getGenPackages()) {
      if (committed.getGenPackages().stream().noneMatch(old -> old.getEcorePackage() == genPackage.getEcorePackage())) {
        throw new GenerationException("The GenModel has no settings for package " + genPackage.getNSURI());
      }
    }
    if (!genModel.getMissingPackages().isEmpty()) {
      throw new GenerationException("The GenModel lacks usedGenPackages for " + genModel.getMissingPackages());
    }
    failOnErrors("The GenModel", genModel.diagnose());

    // EMF would make our edit plugin delegate to the edit plugin of every used GenModel (Ecore's, for EString,
    // EObject, ...) and require org.eclipse.emf.ecore.edit. SD Studio's runtime does not ship that bundle, and the
    // delegation would only serve label strings of Ecore's own classes, which our item providers never ask for.
    // So, in memory only (Ecore's GenModel is never saved), those GenModels count as having no edit plugin.
    for (GenPackage used : genModel.getUsedGenPackages()) {
      if (used.getGenModel() != genModel) {
        used.getGenModel().setEditDirectory("");
      }
    }
    return genModel;
  }

  private static byte[] serialize(Resource resource) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    resource.save(out, Map.of(
        XMLResource.OPTION_ENCODING, "UTF-8",
        XMLResource.OPTION_LINE_DELIMITER, "\n"));
    return out.toByteArray();
  }

  private static void runGenerator(GenModel genModel) {
    GeneratorAdapterFactory.Descriptor.DelegatingRegistry registry =
        new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
    registry.addDescriptor(GenModelPackage.eNS_URI, Utf8AdapterFactory::new);
    Generator generator = new FreshOutputGenerator(registry);
    generator.setInput(genModel);

    PrintStream originalErr = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    // EMF logs problems it does not report in the diagnostic (e.g. an icon it could not write) to System.err
    // when running outside Eclipse: capture them and fail on them.
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    Diagnostic model;
    Diagnostic edit;
    try {
      model = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "model code",
          new BasicMonitor());
      edit = generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, "edit code",
          new BasicMonitor());
    } finally {
      System.setErr(originalErr);
      generator.dispose();
    }
    failOnErrors("Generating the model code", model);
    failOnErrors("Generating the edit code", edit);
    String log = logged.toString(StandardCharsets.UTF_8).strip();
    if (!log.isEmpty()) {
      throw new GenerationException("EMF code generation reported problems:\n" + log);
    }
  }

  private static void collectOutput(Path outputDirectory, GeneratedFiles result) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(outputDirectory)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String outputPath = GeneratedLayout.relative(outputDirectory, file);
      var repositoryPath = GeneratedLayout.repositoryPath(outputPath);
      if (repositoryPath.isPresent()) {
        byte[] content = normalize(outputPath, Files.readAllBytes(file));
        if (outputPath.equals(GeneratedLayout.EDIT_PROJECT + "/plugin.properties")) {
          content = nameEditBundle(content);
        }
        result.put(repositoryPath.get(), content);
      }
    }
  }

  /** Sets pluginName and providerName of the edit bundle's plugin.properties (written by EMF as ISO-8859-1). */
  private static byte[] nameEditBundle(byte[] content) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    text = replaceProperty(text, "pluginName", EDIT_BUNDLE_NAME);
    text = replaceProperty(text, "providerName", BUNDLE_VENDOR);
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String replaceProperty(String properties, String key, String value) {
    Matcher matcher = Pattern.compile("(?m)^" + key + " = .*$").matcher(properties);
    if (!matcher.find()) {
      throw new GenerationException("EMF's edit plugin.properties has no line '" + key + " = ...'");
    }
    return matcher.replaceFirst(Matcher.quoteReplacement(key + " = " + value));
  }

  /** Text files get '\n' line ends whatever the platform's line separator (EMF uses it for new files). */
  private static byte[] normalize(String path, byte[] content) {
    if (path.endsWith(".gif") || path.endsWith(".png")) {
      return content;
    }
    String text = new String(content, StandardCharsets.ISO_8859_1);
    return text.replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Fails on errors; prints warnings. */
  private static void failOnErrors(String what, Diagnostic diagnostic) {
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      StringBuilder message = new StringBuilder(what).append(" has errors:");
      appendDiagnostic(message, diagnostic, 1);
      throw new GenerationException(message.toString());
    }
    if (diagnostic.getSeverity() == Diagnostic.WARNING) {
      StringBuilder message = new StringBuilder("Warning: ").append(what).append(':');
      appendDiagnostic(message, diagnostic, 1);
      System.out.println(message);
    }
  }

  private static void appendDiagnostic(StringBuilder out, Diagnostic diagnostic, int depth) {
    if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
      out.append('\n').append("  ".repeat(depth)).append(diagnostic.getMessage());
      if (diagnostic.getException() != null) {
        out.append(" (").append(diagnostic.getException()).append(')');
      }
    }
    for (Diagnostic child : diagnostic.getChildren()) {
      appendDiagnostic(out, child, depth + 1);
    }
  }

  static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * A Generator that never merges: its JControlModel cannot merge, so EMF writes each template's output as is,
   * only turning the templates' leading tabs and brace style into the Eclipse defaults, exactly what it does for a
   * file that does not exist yet. (Without this, standalone EMF would still parse every new file with JDT's AST to
   * "merge" it with nothing, and would need JDT on the class path.)
   */
  private static final class FreshOutputGenerator extends Generator {
    private final JControlModel controlModel = new JControlModel() {
      @Override
      public boolean canMerge() {
        return false;
      }
    };

    FreshOutputGenerator(GeneratorAdapterFactory.Descriptor.Registry registry) {
      super(registry);
      controlModel.setLeadingTabReplacement("\t");
      controlModel.setConvertToStandardBraceStyle(true);
    }

    @Override
    public JControlModel getJControlModel() {
      return controlModel;
    }
  }

  /**
   * EMF's adapter factory, with adapters that write UTF-8 whatever the JVM's default charset (outside Eclipse EMF
   * would encode with the platform default).
   */
  private static final class Utf8AdapterFactory extends GenModelGeneratorAdapterFactory {
    private static final String UTF_8 = "UTF-8";

    @Override
    public Adapter createGenModelAdapter() {
      if (genModelGeneratorAdapter == null) {
        genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
          @Override
          protected String getEncoding(URI workspacePath) {
            return UTF_8;
          }
        };
      }
      return genModelGeneratorAdapter;
    }

    @Override
    public Adapter createGenPackageAdapter() {
      if (genPackageGeneratorAdapter == null) {
        genPackageGeneratorAdapter = new GenPackageGeneratorAdapter(this) {
          @Override
          protected String getEncoding(URI workspacePath) {
            return UTF_8;
          }
        };
      }
      return genPackageGeneratorAdapter;
    }

    @Override
    public Adapter createGenClassAdapter() {
      if (genClassGeneratorAdapter == null) {
        genClassGeneratorAdapter = new GenClassGeneratorAdapter(this) {
          @Override
          protected String getEncoding(URI workspacePath) {
            return UTF_8;
          }
        };
      }
      return genClassGeneratorAdapter;
    }

    @Override
    public Adapter createGenEnumAdapter() {
      if (genEnumGeneratorAdapter == null) {
        genEnumGeneratorAdapter = new GenEnumGeneratorAdapter(this) {
          @Override
          protected String getEncoding(URI workspacePath) {
            return UTF_8;
          }
        };
      }
      return genEnumGeneratorAdapter;
    }
  }

  /** A problem that stops generation; its message is meant for the person running the build. */
  static final class GenerationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GenerationException(String message) {
      super(message);
    }
  }
}
