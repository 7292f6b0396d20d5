package org.sdstudio.model.validation;

import static org.sdstudio.model.validation.RuleSupport.*;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.sdstudio.model.SdStudioPackage.Literals;
import org.sdstudio.model.SubmissionData;

/** The EDGAR submission data, within the limits of EDGAR's submission header. */
final class SubmissionRules implements RuleGroup {

	// EDGAR's limits on the submission header: contact name 30 characters, phone 20, e-mail 80, at most 3
	// notification addresses (EDGAR Filer Manual, Volume II, and EDGAR's submission schema for SD)
	private static final int MAX_SUBMISSION_CONTACT_NAME = 30;
	private static final int MAX_SUBMISSION_CONTACT_PHONE = 20;
	private static final int MAX_EMAIL = 80;
	private static final int MAX_NOTIFICATION_EMAILS = 3;

	@Override
	public void check(EObject object, Issues issues) {
		if (object instanceof SubmissionData submission) {
			checkSubmission(submission, issues);
		}
	}

	private void checkSubmission(SubmissionData submission, Issues issues) {
		String name = submission.getContactName();
		if (name != null && name.length() > MAX_SUBMISSION_CONTACT_NAME) {
			issues.add(FilingRule.SUBMISSION_CONTACT_NAME, submission, Literals.SUBMISSION_DATA__CONTACT_NAME,
					"Submission contact name '" + name + "' has " + name.length() + " characters; EDGAR allows at most "
							+ MAX_SUBMISSION_CONTACT_NAME + ".");
		}
		String phone = submission.getContactPhone();
		if (phone != null && phone.length() > MAX_SUBMISSION_CONTACT_PHONE) {
			issues.add(FilingRule.SUBMISSION_CONTACT_PHONE, submission, Literals.SUBMISSION_DATA__CONTACT_PHONE,
					"Submission contact phone '" + phone + "' has " + phone.length()
							+ " characters; EDGAR allows at most " + MAX_SUBMISSION_CONTACT_PHONE + ".");
		}
		String email = submission.getContactEmail();
		if (!isBlank(email) && !FilingFormats.isEdgarEmail(email, MAX_EMAIL)) {
			issues.add(FilingRule.SUBMISSION_CONTACT_EMAIL, submission, Literals.SUBMISSION_DATA__CONTACT_EMAIL,
					"Submission contact e-mail '" + email + "' " + emailProblem(email) + ".");
		}
		checkNotificationEmails(submission, issues);
		String prefix = submission.getFileNamePrefix();
		if (prefix != null && !prefix.isEmpty() && !FilingFormats.isFileNamePrefix(prefix)) {
			issues.add(FilingRule.SUBMISSION_FILE_NAME_PREFIX, submission, Literals.SUBMISSION_DATA__FILE_NAME_PREFIX,
					"File name prefix '" + prefix + "' may only use lower-case letters, digits, '-' and '_', "
							+ "must start with a letter or digit and have at most 20 characters (e.g. acme).");
		}
	}

	private void checkNotificationEmails(SubmissionData submission, Issues issues) {
		List<String> emails = submission.getNotificationEmails();
		if (emails.size() > MAX_NOTIFICATION_EMAILS) {
			issues.add(FilingRule.SUBMISSION_NOTIFICATION_EMAIL, submission,
					Literals.SUBMISSION_DATA__NOTIFICATION_EMAILS, "There are " + emails.size()
							+ " notification e-mail addresses; EDGAR takes at most " + MAX_NOTIFICATION_EMAILS + ".");
		}
		for (int i = 0; i < emails.size(); i++) {
			String email = emails.get(i);
			if (!FilingFormats.isEdgarEmail(email, MAX_EMAIL)) {
				issues.add(FilingRule.SUBMISSION_NOTIFICATION_EMAIL, submission,
						Literals.SUBMISSION_DATA__NOTIFICATION_EMAILS,
						"Notification e-mail " + (i + 1) + " '" + email + "' " + emailProblem(email) + ".");
			}
		}
	}

	private static String emailProblem(String email) {
		if (email == null || email.isBlank()) {
			return "is empty";
		}
		if (email.length() > MAX_EMAIL) {
			return "has " + email.length() + " characters; EDGAR allows at most " + MAX_EMAIL;
		}
		return "must be a plain address such as name@example.com: exactly one '@', no spaces, quotes, commas, "
				+ "semicolons or angle brackets";
	}
}
