package org.sdstudio.cmrt.internal;

/**
 * POI logs through log4j-api. With no logging provider installed (the product ships none), log4j prints an error
 * line on first use; unless the application configured logging itself, POI's log goes to log4j's simple logger,
 * switched off.
 */
public final class Logging {

	private Logging() {
	}

	public static void quietPoi() {
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory",
					"org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
			if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
				System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
			}
		}
	}
}
