package org.sdstudio.review.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.sdstudio.review.ReviewRules;

/** Contributes the review rules to the filing validator while the bundle runs. */
public final class ReviewActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		ReviewRules.register();
	}

	@Override
	public void stop(BundleContext context) {
		ReviewRules.unregister();
	}
}
