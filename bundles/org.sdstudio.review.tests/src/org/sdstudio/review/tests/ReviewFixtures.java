package org.sdstudio.review.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.sdstudio.model.AnnexA;
import org.sdstudio.model.ComplianceStatus;
import org.sdstudio.model.Filing;
import org.sdstudio.model.Metal;
import org.sdstudio.model.Paragraph;
import org.sdstudio.model.ReportSection;
import org.sdstudio.model.Run;
import org.sdstudio.model.SdStudioFactory;
import org.sdstudio.model.SmelterEntry;
import org.sdstudio.model.templates.FilingTemplates;
import org.sdstudio.model.text.StructuredTexts;
import org.sdstudio.review.ReviewCommand;
import org.sdstudio.review.ReviewPart;
import org.sdstudio.review.ReviewParts;
import org.sdstudio.review.Reviewer;

/** Filings and reviewers for the review tests. */
final class ReviewFixtures {

	static final Path EXAMPLE = Path.of(System.getProperty("sdstudio.examples", "../../examples"),
			"halcyon-2025.sdfiling");

	static final String STEP_3 = "report/due-diligence/dd-step-3";
	static final String STEP_3_TEXT = "When a supplier does not respond, we will look into the circumstances and "
			+ "decide how to respond, up to ending the relationship.";

	private ReviewFixtures() {
	}

	/** A clock that moves one minute forward each time it is read, from April 1, 2026. */
	static final class TickingClock extends Clock {
		private Instant now = Instant.parse("2026-04-01T09:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			now = now.plus(Duration.ofMinutes(1));
			return now;
		}
	}

	static Reviewer counsel() {
		return new Reviewer("Jonathan Morrow", new TickingClock());
	}

	static Reviewer author() {
		return new Reviewer("Priya Natarajan", new TickingClock());
	}

	/** A new filing with some text in Step 3, Item 1.01 and Annex A. */
	static Filing filing() {
		Filing filing = FilingTemplates.blank("Acme Devices, Inc.", 2025);
		step3(filing).setBody(StructuredTexts.paragraphs("Our strategy follows the OECD Guidance.", STEP_3_TEXT));
		filing.getFormSections().get(0).getItems().get(0)
				.setBody(StructuredTexts.paragraphs("Acme reviewed its products for conflict minerals."));
		AnnexA annex = filing.getReport().getAnnexA();
		SmelterEntry row = SdStudioFactory.eINSTANCE.createSmelterEntry();
		row.setMetal(Metal.TIN);
		row.setFacilityName("Example Tin Smelter");
		row.setCountry("Bolivia");
		row.setSmelterId("CID000001");
		row.setStatus(ComplianceStatus.CONFORMANT);
		annex.getRows().add(row);
		return filing;
	}

	static ReportSection step3(Filing filing) {
		return filing.getReport().getSections().stream().filter(s -> "due-diligence".equals(s.getId())).findFirst()
				.orElseThrow().getSubsections().get(2);
	}

	static ReviewPart part(Filing filing, String id) {
		return ReviewParts.find(filing, id).orElseThrow(() -> new AssertionError("no part " + id));
	}

	/** Executes the command as the studio would, on a command stack; fails when the rules refuse it. */
	static <T> T run(BasicCommandStack stack, ReviewCommand command, Class<T> type) {
		if (!command.canExecute()) {
			throw new AssertionError("refused: " + command.refusal().orElse("?"));
		}
		stack.execute(command);
		return type.cast(command.result());
	}

	static void run(BasicCommandStack stack, Command command) {
		stack.execute(command);
	}

	/** The first run of the paragraph at that index in the section. */
	static Run run(ReportSection section, int paragraph) {
		return ((Paragraph) section.getBody().getBlocks().get(paragraph)).getRuns().get(0);
	}
}
