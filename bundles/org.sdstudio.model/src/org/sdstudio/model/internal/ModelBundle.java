package org.sdstudio.model.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.sdstudio.model.validation.FilingValidator;

/** Starts with the first use of the model: registers the filing validator for EMF's {@code Diagnostician}. */
public final class ModelBundle implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		FilingValidator.register();
	}

	@Override
	public void stop(BundleContext context) {
		// the registration lives as long as the model package
	}
}
