package org.sdstudio.ui.internal.report;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.sdstudio.model.ReviewState;

/** A coloured dot per review state (grey draft, amber in review, red changes requested, green approved). */
final class ReviewStateImages {

	private static final int SIZE = 14;
	private final Control owner;
	private final Map<ReviewState, Image> images = new EnumMap<>(ReviewState.class);

	/** Images that live as long as {@code owner}. */
	ReviewStateImages(Control owner) {
		this.owner = owner;
		owner.addDisposeListener(event -> images.values().forEach(Image::dispose));
	}

	Image of(ReviewState state) {
		return images.computeIfAbsent(state, this::draw);
	}

	private Image draw(ReviewState state) {
		RGB rgb = switch (state) {
		case IN_REVIEW -> new RGB(230, 160, 20);
		case CHANGES_REQUESTED -> new RGB(200, 40, 40);
		case APPROVED -> new RGB(40, 150, 60);
		default -> new RGB(160, 160, 160);
		};
		PaletteData palette = new PaletteData(0xFF0000, 0xFF00, 0xFF);
		ImageData data = new ImageData(SIZE, SIZE, 24, palette);
		int pixel = palette.getPixel(rgb);
		double centre = (SIZE - 1) / 2.0;
		double radius = SIZE / 2.0 - 2;
		for (int y = 0; y < SIZE; y++) {
			for (int x = 0; x < SIZE; x++) {
				double distance = Math.hypot(x - centre, y - centre);
				// a soft edge: full inside the dot, fading over one pixel, transparent outside
				int alpha = (int) Math.round(255 * Math.max(0, Math.min(1, radius + 0.5 - distance)));
				data.setPixel(x, y, pixel);
				data.setAlpha(x, y, alpha);
			}
		}
		return new Image(owner.getDisplay(), data);
	}
}
