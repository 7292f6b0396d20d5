package org.sdstudio.ui.internal.editor;

import java.net.URL;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * JFace content and label providers over the generated EMF.Edit item providers (the studio cannot use EMF's UI
 * bundle, which is not published where we build from): children, labels and icons come from {@code model.edit},
 * and the viewer is refreshed from the item providers' change notifications.
 */
public final class ItemProviderAdapters {

	private ItemProviderAdapters() {
	}

	/** Tree content from {@link ITreeItemContentProvider}; refreshes {@code viewer} when the model changes. */
	public static ITreeContentProvider treeContent(AdapterFactory factory) {
		return new TreeContent(factory);
	}

	public static LabelProvider labels(AdapterFactory factory) {
		return new Labels(factory);
	}

	private static final class TreeContent implements ITreeContentProvider, INotifyChangedListener {
		private final AdapterFactory factory;
		private StructuredViewer viewer;

		TreeContent(AdapterFactory factory) {
			this.factory = factory;
			if (factory instanceof IChangeNotifier notifier) {
				notifier.addListener(this);
			}
		}

		@Override
		public void inputChanged(org.eclipse.jface.viewers.Viewer newViewer, Object oldInput, Object newInput) {
			viewer = (StructuredViewer) newViewer;
		}

		@Override
		public Object[] getElements(Object input) {
			if (input instanceof Collection<?> roots) {
				return roots.toArray();
			}
			return getChildren(input);
		}

		@Override
		public Object[] getChildren(Object parent) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(parent,
					ITreeItemContentProvider.class);
			return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
		}

		@Override
		public Object getParent(Object element) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(element,
					ITreeItemContentProvider.class);
			return provider == null ? null : provider.getParent(element);
		}

		@Override
		public boolean hasChildren(Object element) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(element,
					ITreeItemContentProvider.class);
			return provider != null && provider.hasChildren(element);
		}

		@Override
		public void notifyChanged(Notification notification) {
			StructuredViewer target = viewer;
			if (target == null || target.getControl() == null || target.getControl().isDisposed()) {
				return;
			}
			Control control = target.getControl();
			Object element = notification.getNotifier();
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					target.refresh(element, true);
				}
			});
		}

		@Override
		public void dispose() {
			if (factory instanceof IChangeNotifier notifier) {
				notifier.removeListener(this);
			}
		}
	}

	private static final class Labels extends LabelProvider {
		private final AdapterFactory factory;
		private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

		Labels(AdapterFactory factory) {
			this.factory = factory;
		}

		@Override
		public String getText(Object element) {
			IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
			return provider == null ? String.valueOf(element) : provider.getText(element);
		}

		@Override
		public Image getImage(Object element) {
			IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
			Object image = provider == null ? null : provider.getImage(element);
			if (image instanceof ComposedImage composed) {
				List<Object> parts = composed.getImages();
				image = parts.isEmpty() ? null : parts.get(0);
			}
			return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
		}

		@Override
		public void dispose() {
			images.dispose();
			super.dispose();
		}
	}
}
