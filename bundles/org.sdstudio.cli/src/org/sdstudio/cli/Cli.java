package org.sdstudio.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sdstudio.cli.internal.AnnexCommand;
import org.sdstudio.cli.internal.BlacklineCommand;
import org.sdstudio.cli.internal.ChangesCommand;
import org.sdstudio.cli.internal.CheckHtmlCommand;
import org.sdstudio.cli.internal.CommentCommand;
import org.sdstudio.cli.internal.Command;
import org.sdstudio.cli.internal.DemoCommand;
import org.sdstudio.cli.internal.ExitCode;
import org.sdstudio.cli.internal.ExportCommand;
import org.sdstudio.cli.internal.ImportCmrtCommand;
import org.sdstudio.cli.internal.ImportDocxCommand;
import org.sdstudio.cli.internal.ImportEdgarCommand;
import org.sdstudio.cli.internal.ImportStatusCommand;
import org.sdstudio.cli.internal.LegalReviewCommand;
import org.sdstudio.cli.internal.NewCommand;
import org.sdstudio.cli.internal.ReviewImportCommand;
import org.sdstudio.cli.internal.RollForwardCommand;
import org.sdstudio.cli.internal.ShowCommand;
import org.sdstudio.cli.internal.SuppliersCommand;
import org.sdstudio.cli.internal.TerminalSafeOutputStream;
import org.sdstudio.cli.internal.UsageException;
import org.sdstudio.cli.internal.ValidateCommand;
import org.sdstudio.model.io.FilingFileException;
import org.sdstudio.review.ReviewRules;

/**
 * The {@code sdstudio} commands, by name, and their help; the exit codes are {@link ExitCode}'s.
 */
public final class Cli {

	private final InputStream in;
	private final PrintStream out;
	private final PrintStream err;
	private final Path workingDirectory;
	private final Map<String, Command> commands = new LinkedHashMap<>();

	public Cli(PrintStream out, PrintStream err, Path workingDirectory) {
		this(System.in, out, err, workingDirectory);
	}

	/** @param in standard input (where {@code export --ccc -} reads the CCC) */
	public Cli(InputStream in, PrintStream out, PrintStream err, Path workingDirectory) {
		this.in = in;
		this.out = out;
		this.err = err;
		this.workingDirectory = workingDirectory;
		for (Command command : new Command[] { new NewCommand(), new ValidateCommand(), new ShowCommand(),
				new DemoCommand(), new ImportCmrtCommand(), new ImportStatusCommand(), new AnnexCommand(),
				new SuppliersCommand(), new ExportCommand(), new CheckHtmlCommand(), new LegalReviewCommand(),
				new CommentCommand(), new ChangesCommand(), new BlacklineCommand(), new ImportEdgarCommand(),
				new ImportDocxCommand(), new RollForwardCommand(), new ReviewImportCommand() }) {
			commands.put(command.name(), command);
		}
		ReviewRules.register(); // the review rules join the validator (validate, export) even before OSGi starts it
	}

	/**
	 * Standard output and error in UTF-8 (facility names are not ASCII) with control characters escaped (a filing's
	 * text never drives the terminal), relative paths against the current folder.
	 */
	public static Cli standard() {
		return new Cli(terminal(FileDescriptor.out), terminal(FileDescriptor.err), Path.of("").toAbsolutePath());
	}

	private static PrintStream terminal(FileDescriptor fd) {
		return new PrintStream(new TerminalSafeOutputStream(new FileOutputStream(fd)), true, StandardCharsets.UTF_8);
	}

	public int run(String... args) {
		try {
			if (args.length == 0 || isHelp(args[0]) || args[0].equals("help")) {
				if (args.length > 1 && commands.containsKey(args[1])) {
					out.print(commands.get(args[1]).usage());
				} else {
					out.print(usage());
				}
				return ExitCode.OK;
			}
			if (args[0].equals("--version")) {
				out.println("SD Studio " + version());
				return ExitCode.OK;
			}
			Command command = commands.get(args[0]);
			if (command == null) {
				throw new UsageException(args[0].startsWith("-") ? "unknown option " + args[0]
						: "unknown command '" + args[0] + "'", usage());
			}
			String[] rest = Arrays.copyOfRange(args, 1, args.length);
			if (Arrays.stream(rest).anyMatch(Cli::isHelp)) {
				out.print(command.usage());
				return ExitCode.OK;
			}
			return command.run(rest, new Command.Context(out, err, workingDirectory, in));
		} catch (UsageException e) {
			err.println("sdstudio: " + e.getMessage());
			err.println();
			err.print(e.usage());
			return ExitCode.USAGE;
		} catch (FilingFileException e) {
			err.println("sdstudio: " + e.getMessage());
			return ExitCode.USAGE;
		}
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h");
	}

	private String usage() {
		StringBuilder text = new StringBuilder();
		text.append("SD Studio: author, check and export the SEC's Form SD and its Conflict Minerals Report.\n\n");
		text.append("Usage: sdstudio <command> [options]\n");
		text.append("       sdstudio              (no command) opens the studio window\n\n");
		text.append("Commands:\n");
		for (Command command : commands.values()) {
			text.append(String.format("  %-13s %s%n", command.name(), command.summary()));
		}
		text.append("\nsdstudio <command> --help shows a command's options. Exit codes: 0 done, ")
				.append("1 the filing has errors, 2 usage error or unreadable file.\n");
		return text.toString();
	}

	private static String version() {
		Package p = Cli.class.getPackage();
		String v = p == null ? null : p.getImplementationVersion();
		if (v == null) {
			org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(Cli.class);
			v = bundle == null ? "(development)" : bundle.getVersion().toString();
		}
		return v;
	}
}
