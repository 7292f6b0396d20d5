package org.sdstudio.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: positional ones, {@code --name value} options and {@code --flag}s, all declared up front. */
public final class Args {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, String> options = new HashMap<>();
	private final String usage;

	private Args(String usage) {
		this.usage = usage;
	}

	/**
	 * @param valued options that take a value ({@code --year 2025} or {@code --year=2025})
	 * @param flags options without a value
	 */
	public static Args parse(String[] args, Set<String> valued, Set<String> flags, String usage) throws UsageException {
		Args parsed = new Args(usage);
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--")) {
				String name = arg.substring(2);
				String value = null;
				int eq = name.indexOf('=');
				if (eq >= 0) {
					value = name.substring(eq + 1);
					name = name.substring(0, eq);
				}
				if (flags.contains(name) && value == null) {
					parsed.options.put(name, "true");
				} else if (valued.contains(name)) {
					if (value == null) {
						if (i + 1 >= args.length) {
							throw new UsageException("option --" + name + " needs a value", usage);
						}
						value = args[++i];
					}
					parsed.options.put(name, value);
				} else {
					throw new UsageException("unknown option --" + name, usage);
				}
			} else if (arg.startsWith("-") && arg.length() > 1) {
				throw new UsageException("unknown option " + arg, usage);
			} else {
				parsed.positional.add(arg);
			}
		}
		return parsed;
	}

	public List<String> positional() {
		return positional;
	}

	/** Exactly {@code count} positional arguments, named in the message when they are not there. */
	public List<String> expect(int count, String names) throws UsageException {
		if (positional.size() < count) {
			throw new UsageException("missing " + names, usage);
		}
		if (positional.size() > count) {
			throw new UsageException("unexpected argument '" + positional.get(count) + "'", usage);
		}
		return positional;
	}

	public String option(String name) {
		return options.get(name);
	}

	public String required(String name) throws UsageException {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException("missing option --" + name, usage);
		}
		return value;
	}

	public boolean flag(String name) {
		return options.containsKey(name);
	}

	public String usage() {
		return usage;
	}
}
