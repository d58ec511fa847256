package io.quotewire.processors.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotewire.core.Quote;
import io.quotewire.core.QuoteKind;
import io.quotewire.core.SpeakerType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One group of tests per item of the "What it must handle" list, on text written for them. */
class QuoteExtractorTest {
    private static final LocalDate DAY = LocalDate.of(2021, 5, 4);
    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> extract(String body) {
        return extractor.extract("a1", body, DAY);
    }

    private static List<String> texts(List<Quote> quotes) {
        return quotes.stream().map(Quote::text).toList();
    }

    @Nested
    class QuoteMarks {
        @Test
        void curlyAndStraightDoubleMarks() {
            List<Quote> q = extract("“We will win,” Smith said. Jones said: \"We will not.\"");
            assertThat(texts(q)).containsExactly("We will win,", "We will not.");
        }

        @Test
        void singleMarksInsideAQuotationStayInsideIt() {
            String body = "“He told me, ‘Go home now,’ and I did,” Smith said.";
            List<Quote> q = extract(body);
            assertThat(texts(q)).containsExactly("He told me, ‘Go home now,’ and I did,");
            assertThat(q.get(0).speaker().name()).isEqualTo("Smith");
        }

        @Test
        void singleMarksNestInTextThatDoublesApostrophesForDoubleMarks() {
            String single = "He said, 'We will not wait for the stars to align,' and left.";
            assertThat(texts(extract(single))).containsExactly("We will not wait for the stars to align,");
            String doubled = "''He told me, 'We will not wait for the stars to align,' and left,'' Smith said.";
            assertThat(extract(doubled)).isEmpty();
        }

        @Test
        void guillemets() {
            List<Quote> q = extract("«Nous sommes prêts à négocier,» said Emmanuel Laurent.");
            assertThat(texts(q)).containsExactly("Nous sommes prêts à négocier,");
            assertThat(q.get(0).speaker().name()).isEqualTo("Emmanuel Laurent");
        }

        @Test
        void apostrophesAndPrimesAreNotQuoteMarks() {
            String body = "Iran’s envoy loves rock ’n’ roll and the ’90s. The guard is 5'10\" tall. "
                    + "He said “that’s it.” Nothing else was said about the players' union.";
            List<Quote> q = extract(body);
            assertThat(texts(q)).containsExactly("that’s it.");
        }

        @Test
        void anUnbalancedMarkEndsWithItsParagraph() {
            String body = "The campaign held its final rally of the season in a packed arena downtown, "
                    + "where supporters waited for hours in the cold to hear the candidate speak.\n\n"
                    + "Smith said “we are going to win this thing\n\n"
                    + "The weather was fine. Jones said, “Not a chance.”\n\nMore text follows here.";
            List<Quote> q = extract(body);
            assertThat(texts(q)).containsExactly("we are going to win this thing", "Not a chance.");
            assertThat(q.get(1).speaker().name()).isEqualTo("Jones");
        }

        @Test
        void offsetsAreCodePointsWithoutTheMarks() {
            String body = "Emoji 😀 first. “Done,” Smith said.";
            List<Quote> q = extract(body);
            assertThat(q).hasSize(1);
            int cpStart = body.codePointCount(0, body.indexOf("Done"));
            assertThat(q.get(0).start()).isEqualTo(cpStart);
            assertThat(q.get(0).end()).isEqualTo(cpStart + "Done,".length());
        }
    }

    @Nested
    class MultiParagraph {
        @Test
        void aQuotationReopenedOnTheNextParagraphIsOne() {
            String body = "Mayor Ann Lee spoke at length.\n\n“We have built roads and schools.\n\n"
                    + "“And we will build more,” Lee said.\n\nThe council met later.";
            List<Quote> q = extract(body);
            assertThat(q).hasSize(1);
            assertThat(q.get(0).text()).startsWith("We have built roads").endsWith("we will build more,");
            assertThat(q.get(0).speaker().name()).isEqualTo("Ann Lee");
            assertThat(q.get(0).kind()).isEqualTo(QuoteKind.FULL);
        }
    }

    @Nested
    class SplitAndContinuation {
        @Test
        void aSplitQuotationIsTwoQuotesSharingOneAttribution() {
            String body = "“We tried,” she said. “We failed.”";
            List<Quote> q = extract("Senator Maria Ortiz spoke on Monday. " + body);
            assertThat(texts(q)).containsExactly("We tried,", "We failed.");
            assertThat(q.get(0).speaker().mention().text()).isEqualTo("she");
            assertThat(q.get(1).speaker()).isEqualTo(q.get(0).speaker());
            assertThat(q.get(0).cue().text()).isEqualTo("said");
            assertThat(q.get(1).cue()).isNull();
            assertThat(q.get(0).speaker().name()).isEqualTo("Maria Ortiz");
        }

        @Test
        void aContinuationParagraphInheritsTheLastSpeaker() {
            String body = "“The plan is ready,” said Governor Tom Baker.\n\n“It will pass next week.”";
            List<Quote> q = extract(body);
            assertThat(q).hasSize(2);
            assertThat(q.get(1).speaker().name()).isEqualTo("Tom Baker");
            assertThat(q.get(1).speaker().mention()).isEqualTo(q.get(0).speaker().mention());
        }
    }

    @Nested
    class Kinds {
        @Test
        void partialInsideTheReportersSentence() {
            List<Quote> q = extract("The embassy is calling on citizens to “depart Iraq immediately” today.");
            assertThat(q).singleElement().satisfies(x -> {
                assertThat(x.kind()).isEqualTo(QuoteKind.PARTIAL);
                assertThat(x.speaker().name()).isEqualTo("embassy");
                assertThat(x.cue().text()).isEqualTo("is calling on");
            });
        }

        @Test
        void fullSentences() {
            List<Quote> q = extract("Smith said: “The deal is done and we are happy.”");
            assertThat(q).singleElement().satisfies(x -> assertThat(x.kind()).isEqualTo(QuoteKind.FULL));
        }

        @Test
        void embeddedPost() {
            String body = "Officials reacted online.\n\nThe talks went well today. We remain committed to peace. "
                    + "— Secretary Jane Doe (@SecDoe) March 3, 2021\n\nThe talks continue.";
            List<Quote> q = extract(body);
            assertThat(q).singleElement().satisfies(x -> {
                assertThat(x.kind()).isEqualTo(QuoteKind.POST);
                assertThat(x.text()).isEqualTo("The talks went well today. We remain committed to peace.");
                assertThat(x.speaker().name()).isEqualTo("Jane Doe");
                assertThat(x.speaker().mention().text()).isEqualTo("Secretary Jane Doe (@SecDoe)");
                assertThat(x.cue().text()).isEqualTo("—");
            });
        }
    }

    @Nested
    class NotQuotations {
        @Test
        void titlesOfShows() {
            List<Quote> q = extract("Smith appeared on NBC’s “Meet the Press” on Sunday and on “Face the Nation” later.");
            assertThat(q).isEmpty();
            assertThat(extract("The senator told “Good Day Ohio” that he would run.")).isEmpty();
            assertThat(extract("She said so in an interview with “The Late Hour,” a cable show.")).isEmpty();
        }

        @Test
        void titlesOfWorks() {
            assertThat(extract("She is the co-author of “Going Viral,” a study of rumors.")).isEmpty();
            assertThat(extract("He starred in the movie “The Long Road” in 1999.")).isEmpty();
        }

        @Test
        void slogansOnThings() {
            assertThat(extract("Supporters wore “Make America Great Again” hats at the rally.")).isEmpty();
        }

        @Test
        void nicknamesAndLabels() {
            assertThat(extract("The hacker known as “Guccifer” was arrested in Romania.")).isEmpty();
            assertThat(extract("The plan, dubbed “Operation Sunrise,” began in May.")).isEmpty();
            assertThat(extract("Critics seized on the word “pivot” in the memo.")).isEmpty();
        }

        @Test
        void scareQuotesWithNoSpeakerAndNoVerb() {
            assertThat(extract("The bill includes a so-called “poison pill” clause.")).isEmpty();
            assertThat(extract("There was a “crisis” at the border, of a kind.")).isEmpty();
        }

        @Test
        void unlessTheTextAttributesThem() {
            List<Quote> q = extract("Trump called him “Little Marco” again on Tuesday.");
            assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Trump"));
        }

        @Test
        void fragmentsInTheComplementOfAReportingVerbAreSomeonesWords() {
            // no subject found for the verb, but the verb reports: a reported fragment, not a scare quote
            List<Quote> q = extract("In the end, accusing the agencies of “secrecy run amok,” the memo went on.");
            assertThat(texts(q)).containsExactly("secrecy run amok,");
            assertThat(q.get(0).kind()).isEqualTo(QuoteKind.PARTIAL);
            // the same words with no reporting verb in the clause stay a scare quote
            assertThat(extract("In the end, a case of “secrecy run amok,” the memo went on.")).isEmpty();
            // the one who reports is the subject the sentence opens with
            Quote debt = extract("The former governor mocked Smith for calling himself the “king of debt,” "
                    + "noting the deficit.").get(0);
            assertThat(debt.text()).isEqualTo("king of debt,");
            assertThat(debt.speaker().mention().text()).isEqualTo("The former governor");
            // title case after such a verb is mostly the name of a thing
            assertThat(extract("In the end, accusing the agencies of “Secrecy Run Amok,” the memo went on.")).isEmpty();
        }

        @Test
        void wordsQuotedAsWordsAfterAReportingVerbAreQuoted() {
            List<Quote> q = extract("Critics have slammed the mayor for avoiding the term “urban decay.”");
            assertThat(texts(q)).containsExactly("urban decay.");
            assertThat(extract("Later, the words “most corrupt ever” were painted on a wall.")).isEmpty();
        }

        @Test
        void headlinesOfLinkedStoriesWithTheirBylines() {
            String body = "MUSEUMS—“City museum names a new director,” by the Courier’s Jane Roe: the board chose "
                    + "a curator.\n\n—“Zoo opens a night market,” by Times' Ben Doe: http://example.com/1.";
            assertThat(extract(body)).isEmpty();
            // a quotation "by" someone or something, with no possessive outlet, stays one
            List<Quote> q = extract("The senator said he was “deeply troubled,” by the ruling on Friday.");
            assertThat(texts(q)).containsExactly("deeply troubled,");
        }

        @Test
        void headlines() {
            String body = "Smith: “We will win”\n\nThe campaign began in earnest on Monday with a rally downtown.";
            assertThat(extract(body)).isEmpty();
        }
    }

    @Nested
    class Attribution {
        @Test
        void reportingVerbsInAnyTense() {
            String body = "“One,” he says. “Two,” she wrote. “Three,” they have claimed. “Four,” it tweeted. "
                    + "“Five,” he warned. “Six,” she had advised.";
            List<Quote> q = extract("John Park and the agency met. " + body);
            assertThat(q).hasSize(6);
            assertThat(q).extracting(x -> x.cue().text())
                    .containsExactly("says", "wrote", "have claimed", "tweeted", "warned", "had advised");
        }

        @Test
        void speakerBeforeOrAfterTheQuote() {
            List<Quote> q = extract("Anna Berg said, “We are ready.” “So are we,” Paul Kline said.");
            assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Anna Berg", "Paul Kline");
        }

        @Test
        void invertedOrder() {
            List<Quote> q = extract("“We are ready,” said Anna Berg.");
            assertThat(q.get(0).speaker().name()).isEqualTo("Anna Berg");
            assertThat(q.get(0).speaker().mention().text()).isEqualTo("Anna Berg");
        }

        @Test
        void verbsOutsideTheLexiconByTheirShape() {
            List<Quote> q = extract("“France will always be France,” an angry Hollande retaliated. “It never gives up.”");
            assertThat(q).hasSize(2).allSatisfy(x -> assertThat(x.speaker().name()).isEqualTo("Hollande"));
            assertThat(q.get(0).cue().text()).isEqualTo("retaliated");
            assertThat(q.get(0).speaker().mention().text()).isEqualTo("an angry Hollande");
        }

        @Test
        void transcriptsAndColons() {
            String body = "The debate went on. Clinton: \"Our goal is to defeat them.\" Rep. Trey Gowdy (R-S.C.):\"I have "
                    + "not heard that figure.\" Frank Newport and Jim Harter: “We found that leaders matter.” "
                    + "Rep. Elijah Cummings (D-Md.), chair of the committee, said that it was “committed to an open process.”";
            List<Quote> q = extract(body);
            assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Clinton", "Trey Gowdy",
                    "Frank Newport and Jim Harter", "Elijah Cummings");
            assertThat(q.get(2).speaker().type()).isEqualTo(SpeakerType.GROUP);
        }

        @Test
        void documentsCarryTheirAuthorsWords() {
            String body = "Scalia died. On Saturday, Trump issued a statement saying that Scalia was \"a remarkable person.\" "
                    + "The Not1More campaign on Tuesday released a parody website asking for a \"Deporter-in-Chief.\"";
            List<Quote> q = extract(body);
            assertThat(q).extracting(x -> x.speaker().mention().text()).containsExactly("Trump", "The Not1More campaign");
            assertThat(q.get(1).speaker().type()).isEqualTo(SpeakerType.ORGANIZATION);
        }

        @Test
        void objectsOfPrepositionsDoNotSpeak() {
            String body = "Kelly spoke. Ayotte has tangled with Trump once directly, saying she was \"appalled\" by it. "
                    + "About 50 protesters had gathered on Wednesday morning, chanting \"no contract, no peace\" loudly.";
            List<Quote> q = extract(body);
            assertThat(q).extracting(x -> x.speaker().mention().text()).containsExactly("Ayotte", "50 protesters");
            assertThat(q.get(1).speaker().type()).isEqualTo(SpeakerType.GROUP);
        }

        @Test
        void subjectsBeforeSeveralAsides() {
            String body = "Cruz won. Morton Blackwell, founder of the Leadership Institute, member since 1960, endorsed "
                    + "Cruz last week, saying he “has consistently demonstrated his deep commitment.”";
            assertThat(extract(body)).singleElement()
                    .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Morton Blackwell"));
        }

        @Test
        void appositions() {
            List<Quote> q = extract("“He will be fine,” Michael Flynn, a top Trump surrogate, said on Monday.");
            assertThat(q.get(0).speaker().name()).isEqualTo("Michael Flynn");
        }

        @Test
        void toldSomeoneMeansTheSubjectSpeaks() {
            List<Quote> q = extract("“We will appeal,” Dana Wu told reporters. Later Dana Wu told CNN, “Never.”");
            assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Dana Wu", "Dana Wu");
        }

        @Test
        void participleClausesTakeTheSubjectOfTheSentence() {
            String body = "The rally was loud. “We will win,” Trump told a North Carolina rally, saying Clinton "
                    + "would “abolish the Second Amendment.” Reid caucused in Nevada and says he voted “uncommitted.”";
            List<Quote> q = extract(body);
            assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Trump", "Trump", "Reid");
        }

        @Test
        void subjectsAcrossAppositionsAndPossessives() {
            String body = "The scores rose. Michael J. Petrilli, president of the Thomas B. Fordham Institute, tied the "
                    + "scores to graduation rates, saying the law helped “millions of kids.” Party Chairman Reince "
                    + "Priebus called Clinton's remarks on the attack a “new low.”";
            List<Quote> q = extract(body);
            assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Michael J. Petrilli", "Reince Priebus");
        }

        @Test
        void accordingToAndPassive() {
            List<Quote> q = extract("The talks were “very productive,” according to the State Department. "
                    + "The mayor was quoted as saying “the city is safe.”");
            assertThat(q).hasSize(2);
            assertThat(q.get(0).speaker().mention().text()).isEqualTo("the State Department");
            assertThat(q.get(0).cue().text()).isEqualTo("according to");
            assertThat(q.get(1).speaker().mention().text()).isEqualTo("The mayor");
        }
    }

    @Nested
    class SpeakerResolution {
        @Test
        void pronounsGoToTheNearestCompatibleName() {
            String body = "Mayor Ann Lee met Governor Tom Baker on Monday.\n\nBaker spoke first. “It went well,” he said."
                    + "\n\nLee agreed. “We made progress,” she said.";
            List<Quote> q = extract(body);
            assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Tom Baker", "Ann Lee");
            assertThat(q).extracting(x -> x.speaker().mention().text()).containsExactly("he", "she");
        }

        @Test
        void insertedAttributionAndSentenceOpenersThatAreNoNames() {
            String body = "Josh Earnest spoke on Tuesday. The plan was costly. Cost estimates, he added, were "
                    + "“based on a prototype facility.”";
            List<Quote> q = extract(body);
            assertThat(q).singleElement().satisfies(x -> {
                assertThat(x.speaker().name()).isEqualTo("Josh Earnest");
                assertThat(x.speaker().mention().text()).isEqualTo("he");
                assertThat(x.cue().text()).isEqualTo("added");
            });
        }

        @Test
        void surnamesAndTitledFormsGoToTheFullestName() {
            String body = "Secretary of State Mike Pompeo arrived. “Good,” Pompeo said. "
                    + "“Better,” said Secretary Pompeo. “Best,” Mr. Pompeo added.";
            List<Quote> q = extract(body);
            assertThat(q).hasSize(3).allSatisfy(x -> assertThat(x.speaker().name()).isEqualTo("Mike Pompeo"));
            assertThat(q).extracting(x -> x.speaker().mention().text())
                    .containsExactly("Pompeo", "Secretary Pompeo", "Mr. Pompeo");
        }

        @Test
        void descriptionsGoToTheOrganisationNamedBefore() {
            String body = "The Daily Tribune published the memo on Friday. “The memo is genuine,” the newspaper said.";
            List<Quote> q = extract(body);
            assertThat(q.get(0).speaker().name()).isEqualTo("Daily Tribune");
            assertThat(q.get(0).speaker().type()).isEqualTo(SpeakerType.ORGANIZATION);
            assertThat(q.get(0).speaker().mention().text()).isEqualTo("the newspaper");
        }

        @Test
        void descriptionsWithAPrepositionalName() {
            String body = "Bernie spoke. The senator from Vermont said the system was \"corrupt,\" and more. "
                    + "A spokeswoman for the House Armed Services Committee emailed reporters, arguing, “It is clear.”";
            List<Quote> q = extract(body);
            assertThat(q).extracting(x -> x.speaker().name())
                    .containsExactly("senator from Vermont", "spokeswoman for the House Armed Services Committee");
            assertThat(q).extracting(x -> x.speaker().type()).containsOnly(SpeakerType.PERSON);
        }

        @Test
        void organisationsAndGroupsAreTypedAsSuch() {
            String body = "“We disagree,” the Justice Department said. “We object,” Democratic lawmakers said. "
                    + "“I agree,” Ann Lee said.";
            List<Quote> q = extract(body);
            assertThat(q).extracting(x -> x.speaker().type())
                    .containsExactly(SpeakerType.ORGANIZATION, SpeakerType.GROUP, SpeakerType.PERSON);
            assertThat(q.get(0).speaker().name()).isEqualTo("Justice Department");
        }

        @Test
        void unknownWhenNobodyIsNamed() {
            List<Quote> q = extract("“Everything is fine and nothing will change for anyone here.”");
            assertThat(q).singleElement().satisfies(x -> {
                assertThat(x.speaker().type()).isEqualTo(SpeakerType.UNKNOWN);
                assertThat(x.speaker().name()).isNull();
            });
        }
    }

    @Nested
    class Contract {
        @Test
        void idsSpansTextDateInTextOrder() {
            String body = "“A b c,” Smith said. “D e f,” Jones said.";
            List<Quote> q = extract(body);
            assertThat(q).extracting(Quote::id).containsExactly("a1#q1", "a1#q2");
            for (Quote x : q) {
                assertThat(body.substring(x.start(), x.end())).isEqualTo(x.text());
                assertThat(x.date()).isEqualTo(DAY);
                assertThat(x.quotationId()).isNull();
                assertThat(body.substring(x.speaker().mention().start(), x.speaker().mention().end()))
                        .isEqualTo(x.speaker().mention().text());
                assertThat(body.substring(x.cue().start(), x.cue().end())).isEqualTo(x.cue().text());
            }
            assertThat(q.get(0).end()).isLessThan(q.get(1).start());
        }

        @Test
        void emptyBody() {
            assertThat(extract("")).isEmpty();
            assertThat(extract("No quotations at all.")).isEmpty();
        }
    }

    /** Minimal inputs found by fuzzing, kept so that they never crash the engine again. */
    @Nested
    class FuzzRegressions {
        @Test
        void aLabelWithNoWordBeforeItsColonNamesNobody() {
            // found by a campaign on 2026-12-01: threw StringIndexOutOfBoundsException in the speaker's mention
            List<Quote> quotes = extract("M\n:\u201co g : 9");
            assertThat(quotes).allSatisfy(q -> {
                assertThat(q.start()).isLessThan(q.end());
                if (q.speaker().mention() != null) {
                    assertThat(q.speaker().mention().start()).isLessThan(q.speaker().mention().end());
                }
            });
        }
    }
}
