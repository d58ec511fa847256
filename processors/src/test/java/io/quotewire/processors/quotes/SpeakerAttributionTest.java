package io.quotewire.processors.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.Quote;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who speaks a quotation when a sentence names several people: on sentences written for these tests. */
class SpeakerAttributionTest {
    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> extract(String body) {
        return extractor.extract("a1", body, LocalDate.of(2021, 5, 4));
    }

    private static String mention(Quote q) {
        return q.speaker().mention() == null ? null : q.speaker().mention().text();
    }

    @Test
    void aClauseInsideSomeonesReportIsTheirs() {
        List<Quote> q = extract("The mayor met the press on Monday.\n\n"
                + "Alvarez said on Friday that Whitfield represents “the old way of doing business.”");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Alvarez"));
    }

    @Test
    void theReporterOfANestedReportSpeaks() {
        List<Quote> q = extract("Two county officials have said he said “the lake was never safe” to the crew.");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).isEqualTo("Two county officials"));
    }

    @Test
    void accordingToBeforeTheSpeakerNamesTheSource() {
        List<Quote> q = extract("According to the Valley Ledger, Okafor said the plan was “dead on arrival.”");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).isEqualTo("the Valley Ledger"));
    }

    @Test
    void aSubordinateClauseKeepsItsOwnSpeaker() {
        List<Quote> q = extract("After Whitfield argued that taxes must rise, Alvarez said only that his "
                + "“numbers never add up.”");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Alvarez"));
    }

    @Test
    void aRelayAfterTheSpeakerIsTheSource() {
        List<Quote> q = extract("“We will finish the bridge by June,” Okafor said, according to the Valley "
                + "Ledger.");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).isEqualTo("the Valley Ledger"));
    }

    @Test
    void aReportingOutletEndingTheSentenceIsTheSource() {
        List<Quote> q = extract("Okafor called the plan “a gift to developers,” the Harbor Gazette reported.");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).isEqualTo("the Harbor Gazette"));
    }

    @Test
    void theAgentOfARelayedDocumentIsTheSource() {
        List<Quote> q = extract("“Nobody checked the pumps,” Okafor said, according to a memo written by Rhea "
                + "Lind.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Rhea Lind"));
    }

    @Test
    void aSpeakerDescribedByAgeOrYear() {
        List<Quote> q = extract("“We never gave up on this town,” said the 52-year-old. “Not once in forty years.”\n\n"
                + "“The books were a mess,” said a 2012 Ledger reporter.");
        assertThat(q).extracting(SpeakerAttributionTest::mention)
                .containsExactly("the 52-year-old", "the 52-year-old", "a 2012 Ledger reporter");
    }

    @Test
    void oneOfAGroupSpeaks() {
        List<Quote> q = extract("“There is no path left for the bill,” said one of those aides.");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).isEqualTo("one of those aides"));
    }

    @Test
    void aTagClosingTheSentenceAfterAClauseOfTheReporters() {
        List<Quote> q = extract("The vote is on Tuesday.\n\n“Many would call that a defeat for the mayor” if she "
                + "lost the district by a wide margin, said Tomas Reyes, an analyst at the Civic Institute.\n\n"
                + "“The numbers look steady” because turnout stayed high in the suburbs, he said.");
        assertThat(q).extracting(SpeakerAttributionTest::mention).containsExactly("Tomas Reyes", "he");
    }

    @Test
    void aNameAfterADashLabelsTheQuotation() {
        List<Quote> q = extract("The pollsters weigh in.\n\nTURNOUT FELL IN THE NORTH - Priya Natarajan: "
                + "“Fewer voters came out in every "
                + "county we counted this spring.”\n\nMore from Natarajan: “The drop was sharpest in towns.”");
        assertThat(q).extracting(SpeakerAttributionTest::mention).containsExactly("Priya Natarajan", "Natarajan");
    }

    @Test
    void aDashLineSignsTheQuotationAbove() {
        List<Quote> q = extract("The debate ran long.\n\n“I never voted to cut the pensions of anyone in this "
                + "state.”\n\n- Dana Whitfield.\n\nThat claim is false.");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).isEqualTo("Dana Whitfield"));
    }

    @Test
    void aDashedHeadingIsNoSignature() {
        List<Quote> q = extract("The mayor spoke.\n\nOkafor thanked the crowd.\n\n“The town takes care of its own, "
                + "and it always will.”\n\n– Ready to leave –.\n\nHe left.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Okafor"));
    }

    @Test
    void withNoReportingVerbTheMainSubjectSpeaks() {
        List<Quote> q = extract("The rally ran late.\n\nAs the rally went on, Okafor painted a picture in which "
                + "Whitfield becomes “a mayor who never shows up for work.”");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Okafor"));
    }

    @Test
    void aRelativeClauseKeepsItsSpeaker() {
        List<Quote> q = extract("The crowd cheered for his daughter, Ana Ruiz, who portrayed him as “a fighter for "
                + "every family in the county.”");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(mention(x)).isEqualTo("who");
            assertThat(x.speaker().name()).isEqualTo("Ana Ruiz");
        });
    }

    @Test
    void theLastClauseOfACompoundSentenceSpeaks() {
        List<Quote> q = extract("Dana Whitfield kept quiet at the hearing, and though the council was “very pleased "
                + "with the numbers,” it gave no figures.");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).isEqualTo("the council"));
    }

    @Test
    void anUnknownVerbBeforeItsSpeaker() {
        List<Quote> q = extract("The doors opened at noon.\n\n“This is the best day of my life!” beamed Rosa Lindqvist "
                + "of Fairview, who drove all night.");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).startsWith("Rosa Lindqvist"));
    }

    @Test
    void aVerbWithAParticleAfterItsSpeaker() {
        List<Quote> q = extract("The panel moved on.\n\n“You know, it happens to everyone, right?” Whitfield went on, "
                + "as if she had not heard.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Whitfield"));
    }

    @Test
    void aDocumentThatReadsSpeaks() {
        List<Quote> q = extract("Okafor won the primary.\n\n“There are rocks with more spine than our mayor,” reads "
                + "a Sunday editorial in the Harbor Gazette.");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).startsWith("a Sunday editorial"));
    }

    @Test
    void aVerbOfSayingInAnEarlierClauseDoesNotGovernTheQuotation() {
        List<Quote> q = extract("The race tightened.\n\nWhen Okafor announced her run in May, Whitfield scornfully "
                + "described her backers as “a club of landlords.”\n\nOkafor said she would “fix the roads,” for "
                + "instance, and Whitfield vowed to “cut every tax in sight.”");
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Whitfield", "Okafor", "Whitfield");
    }

    @Test
    void aParticipleSpeaksForTheSentencesSubject() {
        List<Quote> q = extract("The board met.\n\nRosa Lindqvist brushed off Okafor’s remarks, telling reporters, "
                + "“Nobody here takes that seriously.”\n\nHours later, Okafor returned the favor, telling the "
                + "Gazette, “She has never run anything.”\n\nThe meeting will resume, Lindqvist said, adding, “We "
                + "need a week.”");
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Rosa Lindqvist", "Okafor",
                "Rosa Lindqvist");
    }

    @Test
    void aDescribedSpeakerBeforeALongAside() {
        List<Quote> q = extract("The talks stalled.\n\nA Danish diplomat, speaking on the condition of anonymity to "
                + "discuss the schedule, said on Monday that the minister “will meet anyone who asks.”\n\nIn a "
                + "statement, Rep. Dana Whitfield (D-Ore.) welcomed “the first honest budget in a decade.”");
        assertThat(q).extracting(SpeakerAttributionTest::mention).containsExactly("A Danish diplomat",
                "Rep. Dana Whitfield");
    }

    @Test
    void aQuotationTheFirstReadingDropsStaysDropped() {
        List<Quote> q = extract("The night ended.\n\nRep. Dana Whitfield (D-Ore.) wanted “more time” there.");
        assertThat(q).isEmpty();
    }

    @Test
    void aRelayAfterAQuestionOrANameInCapitals() {
        List<Quote> q = extract("Intro.\n\n“Is this about the election or about what they believe?” Okafor asked, "
                + "according to the Harbor Gazette.\n\n“You are no longer welcome here,” said Rosa Lindqvist, head "
                + "of Valley Families, reports Harbor News Today.");
        assertThat(q).extracting(SpeakerAttributionTest::mention).containsExactly("the Harbor Gazette",
                "Harbor News Today");
    }

    @Test
    void aClauseAfterTheQuotationOpenedByAndIsNotItsTag() {
        List<Quote> q = extract("Intro.\n\nIn an interview, Okafor said on Monday he “sent a letter to the board this "
                + "morning,” and he said he hoped the board would act.\n\nLeaders of the union have said they want "
                + "“a seat at the table for every worker.”");
        assertThat(q).extracting(SpeakerAttributionTest::mention).containsExactly("Okafor", "Leaders of the union");
    }

    @Test
    void aTwoWordPlaceIsNoOneAPronounStandsFor() {
        List<Quote> q = extract("Intro.\n\n“We showed mercy to the bully,” Tripp said. South Carolina, he said, was "
                + "“where the real fight starts for us.”");
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Tripp", "Tripp");
    }

    @Test
    void aClaimThatBelongsToItsOwner() {
        List<Quote> q = extract("Intro.\n\nWhitfield repeated accusations that Okafor recites the same lines, calling "
                + "her “a talented reader of other people’s speeches.”");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Whitfield"));
    }

    @Test
    void aTagAfterTheReportersClauseAndAnotherQuotation() {
        List<Quote> q = extract("Intro.\n\nDonations were “flat for about six weeks” as donors waited to see how a "
                + "“messy primary season” played out, Tomas Reyes said.\n\n“It will pass” because the base is loyal, "
                + "he said.");
        assertThat(q).extracting(SpeakerAttributionTest::mention).containsExactly("Tomas Reyes", "Tomas Reyes", "he");
    }

    @Test
    void aClosingTagOutranksReportingWordsAwayFromTheQuotation() {
        List<Quote> q = extract("Intro.\n\nThe vote on the plan suggests a deep rift and “the beginning of the end” for the "
                + "council, said Priya Natarajan, a lawyer in Fairview.\n\n“They are open to new ideas,” Rosa Lindqvist, head of "
                + "Valley Families, said of the council.");
        assertThat(q).extracting(SpeakerAttributionTest::mention).containsExactly("Priya Natarajan",
                "Rosa Lindqvist");
    }

    @Test
    void aSpeakerDescribedByAgeBeforeTheVerb() {
        List<Quote> q = extract("Intro.\n\n“What if the mayor took singing lessons?” the 38-year-old asked in the "
                + "video’s caption.");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).isEqualTo("the 38-year-old"));
    }

    @Test
    void aSpeakerDescribedByWhatTheyAreCloseTo() {
        List<Quote> q = extract("Intro.\n\nAnother aide familiar with the mayor’s thinking said, “She will not run again.”\n\n"
                + "A person close to the council said the vote was “a formality.”");
        assertThat(q).extracting(SpeakerAttributionTest::mention).containsExactly(
                "Another aide familiar with the mayor’s thinking", "A person close to the council");
    }

    @Test
    void aNationalityIsNoOneAPronounStandsFor() {
        List<Quote> q = extract("Intro.\n\nTalks stalled as the British minister left the table on Monday.\n\n"
                + "“We are not looking for a fight,” he said.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker().name()).isNull();
            assertThat(mention(x)).isEqualTo("he");
        });
    }

    @Test
    void aNameInAppositionToTheSubjectIsWhoAPronounStandsFor() {
        List<Quote> q = extract("Intro.\n\nThe head of the county tenants union, Marcus Oyelaran, met Peter Whitcombe "
                + "on Monday. He said the deal was “a start, not an end.”");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Marcus Oyelaran"));
    }

    @Test
    void aDocumentHeadingItsSentenceSpeaks() {
        List<Quote> q = extract("Intro.\n\nA union mailer printed last week accuses Whitfield of running "
                + "“a backroom operation.”\n\nThe mayor's office put out a statement calling the charge "
                + "“baseless and late.”");
        assertThat(q).extracting(SpeakerAttributionTest::mention).containsExactly("A union mailer",
                "The mayor's office");
    }

    @Test
    void anOwnedRoleOrOfficeSpeaks() {
        List<Quote> q = extract("Intro.\n\nIn early May, Whitfield’s campaign manager, Dana Ruiz, reached out to "
                + "donors, writing: “We need you now.”\n\nHis office sent out a note describing the plan as "
                + "“sound and overdue.”");
        assertThat(q).extracting(SpeakerAttributionTest::mention).containsExactly(
                "Whitfield’s campaign manager", "His office");
    }

    @Test
    void anAsideOpenedByAReflexiveIsSkipped() {
        List<Quote> q = extract("Intro.\n\nKowalski, herself a longtime tenant, drew cheers upon saying, "
                + "“The board finally listened.”");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).isEqualTo("Kowalski"));
    }

    @Test
    void aPollOpeningTheSentenceIsTheSource() {
        List<Quote> q = extract("Intro.\n\nIn a new Harbor Gazette poll, 64 percent of renters said the rules "
                + "were “too little, too late.”");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).isEqualTo("a new Harbor Gazette poll"));
    }

    @Test
    void aRelativeClauseAfterTheSpeakerHoldsTheQuotation() {
        List<Quote> q = extract("Intro.\n\n“People are tired,” said council member Rosa Lindqvist, who thinks "
                + "the mayor “needs to listen more.”\n\nAlvarez - who once said he would “never raise a fee” - "
                + "raised three of them.");
        // the speaker of the second is named by the tag before the relative clause (the ranker's pick), or "who"
        assertThat(q).extracting(SpeakerAttributionTest::mention).containsExactly("council member Rosa Lindqvist",
                "council member Rosa Lindqvist", "who");
        assertThat(q.get(1).speaker().name()).isEqualTo("Rosa Lindqvist");
        assertThat(q.get(2).speaker().name()).isEqualTo("Alvarez");
    }

    @Test
    void theOwnerOfARemarkSaidIt() {
        List<Quote> q = extract("Intro.\n\nCouncil member Rosa Lindqvist drew fire last week over her remark that "
                + "“renters never show up.”\n\nMayor Tom Alvarez won the district with his calls to end the “permit racket” "
                + "downtown.");
        assertThat(q).extracting(SpeakerAttributionTest::mention).containsExactly("her", "his");
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Rosa Lindqvist", "Tom Alvarez");
    }

    @Test
    void aNamedPersonOfAnInstitutionSpeaks() {
        List<Quote> q = extract("Intro.\n\nMarta Quill of the Harbor Institute said, “The county needs a plan.”\n\n"
                + "“Renters are leaving the county in droves,” Tom Bell of the Valley Ledger said.");
        assertThat(q).extracting(SpeakerAttributionTest::mention).containsExactly("Marta Quill", "Tom Bell");
    }

    @Test
    void theObjectOfARelativeClauseDoesNotSpeak() {
        List<Quote> q = extract("Intro.\n\n“The county needs a plan for renters,” Ada Price, the housing analyst who "
                + "founded RentWatch tweeted on Wednesday.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Ada Price"));
    }

    @Test
    void aClosingTagOutranksAVerbThatOnlyReports() {
        List<Quote> q = extract("Intro.\n\nThe failed vote signals “the end of the old council” for the city, "
                + "said Rosa Lindqvist, a member since 2009.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Rosa Lindqvist"));
    }

    @Test
    void aTitleWithABareNounAfterOfSpeaks() {
        List<Quote> q = extract("Intro.\n\nAt the hearing, the secretary of state said she was “not here to "
                + "defend the old rules” at all.");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).isEqualTo("the secretary of state"));
    }

    @Test
    void aPartyAndStateTagIsNoName() {
        List<Quote> q = extract("Sen. Paul Okafor, R-Mo., met growers on Friday. He said prices come from "
                + "“plain gouging” by the packers.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Paul Okafor"));
    }

    @Test
    void quotedAsSayingNamesTheOneQuoted() {
        List<Quote> q = extract("The Ledger quoted a source close to Okafor as saying the council expected "
                + "“a long and bitter fight” over the budget.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(mention(x)).isEqualTo("a source close to Okafor");
            assertThat(x.speaker().name()).isEqualTo("source close to Okafor");
            assertThat(x.cue().text()).isEqualTo("as saying");
        });
    }

    @Test
    void everyPostmodifierOfTheReadingNamesItsHead() {
        List<Quote> q = extract("A banker involved in the VEBA placement said “Nothing has changed in the planning.”");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.speaker().name()).isEqualTo("banker involved in the VEBA placement");
            assertThat(x.speaker().type()).isEqualTo(io.quotewire.core.SpeakerType.PERSON);
        });
    }

    @Test
    void aDocumentWhoseNameIsAlsoAVerbSpeaks() {
        // "petition" is a verb too; as a subject it is the document that accuses
        List<Quote> q = extract("The petition accuses the county of “ignoring the lake for a decade.”");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(mention(x)).isEqualTo("The petition");
            assertThat(x.cue().text()).isEqualTo("accuses");
        });
    }

    @Test
    void watchEndsAnOrganisationsName() {
        List<Quote> q = extract("“The records were hidden for years,” said Lake Watch President Rosa Lindqvist.\n\n"
                + "Lake Watch stated in a release that a county filing “suggests the records were found in 2014.”");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).speaker().name()).isEqualTo("Rosa Lindqvist");
        assertThat(mention(q.get(1))).isEqualTo("Lake Watch");
    }

    @Test
    void aQuotationInAnOpeningParticiplePhraseIsTheMainSubjects() {
        List<Quote> q = extract("The council met.\n\nCiting the flood as proof of the county’s “years of neglect,” "
                + "Okafor urged voters to reject the plan.\n\n"
                + "Acknowledging that the plan “has a lot of holes,” though, Whitfield did defend it.");
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Okafor", "Whitfield");
    }

    @Test
    void aBareVerbFormAfterAAndAWordIsANoun() {
        List<Quote> q = extract("The debate was tense.\n\nOkafor delivered a snappy retort: “No one is tearing this up.”"
                + "\n\n“The budget is broken,” the Lake Institute, a conservative think tank, said in a paper.");
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Okafor", "Lake Institute");
    }

    @Test
    void noSpeakerOpensWithAPreposition() {
        List<Quote> q = extract("The race was close.\n\nA fundraising email sent out by Okafor on Tuesday night warned of the fight "
                + "ahead: "
                + "“There are 14 meetings over the next three weeks.”");
        assertThat(q).singleElement().satisfies(x -> assertThat(mention(x)).startsWith("A fundraising email"));
    }

    @Test
    void aParticipleAfterAnObjectIsTheSubjectsUnlessTheObjectIsSeenOrHeard() {
        List<Quote> q = extract("The debate was tense.\n\nOkafor started out the debate saying “of course” the plan "
                + "would pass.\n\nReporters heard a protester shouting “shame on the council” outside.");
        assertThat(q).extracting(x -> mention(x)).containsExactly("Okafor", "a protester");
    }

    @Test
    void coordinatedQuotationsShareTheTagAfterTheLast() {
        List<Quote> q = extract("Whitfield opened the meeting.\n\nThe plan is “a disgrace” and “a waste of money,” "
                + "Okafor said.");
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Okafor", "Okafor");
    }

    @Test
    void theOfficeATitleNamesIsNoPartOfThePersonsName() {
        List<Quote> q = extract("“Rates will fall,” said Chancellor of the Exchequer Nigel Lawson.\n\n"
                + "“Exports are up,” said Undersecretary of Agriculture Daniel Amstutz.\n\n"
                + "“The case is closed,” said Assistant Attorney General for Antitrust Charles Rule.\n\n"
                + "“Prices are stable,” said Bundesbank Vice-President Helmut Schlesinger.");
        assertThat(q).extracting(x -> x.speaker().name())
                .containsExactly("Nigel Lawson", "Daniel Amstutz", "Charles Rule", "Helmut Schlesinger");
    }

    @Test
    void aDefiniteDescriptionNamesTheOneDescribedBefore() {
        List<Quote> q = extract("The talks went on.\n\n“We are close,” a senior Treasury official said.\n\n"
                + "“Nothing is agreed,” the official added.\n\n“Prices will rise,” one dealer said.");
        assertThat(q).extracting(x -> x.speaker().name())
                .containsExactly("senior Treasury official", "senior Treasury official", "dealer");
    }

    @Test
    void aNameWithItsPartyInParenthesesBeforeAStrayCommaSpeaks() {
        List<Quote> q = extract("The count ended.\n\nIn the county primary, Gov. Rosa Lindqvist (R-OH), said, "
                + "“I am getting ready to rent a covered wagon.”");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Rosa Lindqvist"));
    }

    @Test
    void theVerbOfARelativeClauseIsNoSpeaker() {
        List<Quote> q = extract("The staff signed.\n\nOne such contract includes a clause that requires staffers "
                + "to promise “at all times” not to disparage him.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isNotEqualTo("requires"));
    }

    @Test
    void aQuantifierThatReportsStandsForPeople() {
        List<Quote> q = extract("The poll was taken in May.\n\nNine in 10 voters were worried about the lake; most said "
                + "they were “very worried.”");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(mention(x)).isEqualTo("most");
            assertThat(x.speaker().type()).isEqualTo(io.quotewire.core.SpeakerType.GROUP);
        });
    }

    @Test
    void aTitleQuotedInsideAnAppositionDoesNotHideTheSpeaker() {
        List<Quote> q = extract("The show ended.\n\nRosa Lindqvist, a contestant on the reality show “The Lake,” who "
                + "later worked for the county, said her boss was “always kind and generous.”");
        assertThat(q).extracting(x -> x.speaker().name()).last().isEqualTo("Rosa Lindqvist");
    }

    @Test
    void aRoleDescriptionStandsForThePersonTheArticleIsAbout() {
        List<Quote> q = extract("Marta Okafor toured the harbor on Monday. Okafor met the workers, and Okafor "
                + "promised new cranes; Tomas Reyes, who runs the docks, joined her.\n\n"
                + "“We will build them here,” the Democratic front-runner said.\n\n"
                + "“We have waited long enough,” the official said.");
        assertThat(q).extracting(x -> x.speaker().name()).first().isEqualTo("Marta Okafor");
        // an anonymous source is no one named before
        assertThat(q).extracting(x -> x.speaker().name()).last().isNotEqualTo("Marta Okafor")
                .isNotEqualTo("Tomas Reyes");
    }
}
